import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.cjs';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: '.test-output/playwright',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    headless: true,
    viewport: { width: 1400, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'browser',
      testIgnore: /electron\//,
      use: { browserName: 'chromium', launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } },
    },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ },
  ],
});
