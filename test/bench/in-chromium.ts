import { chromium, type BrowserContext } from '@playwright/test';
import { join } from 'node:path';
import type { Backend } from '../../electron/backend/create-backend';
import { startBrowserServer } from '../../electron/server/server';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.cjs';
import type { Figure } from './measure';

/**
 * Runs a browser measurement against browser mode: starts the server on the bench database, launches Chromium,
 * signs in once (the token cookie), and hands over the context and the app's address. Skipped without Chromium.
 */
export async function inChromium(
  backend: Backend,
  name: string,
  measure: (context: BrowserContext, baseUrl: string) => Promise<Figure[]>,
  staticDir = join(__dirname, '..', '..', 'dist', 'renderer'),
): Promise<Figure[]> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log(`${name}: skipped, no Chromium found`);
    return [];
  }
  const server = await startBrowserServer({ backend, staticDir });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const login = await context.newPage();
    await login.goto(server.url);
    await login.close();
    return await measure(context, server.url.split('?')[0]!);
  } finally {
    await browser.close();
    await server.close();
  }
}
