// Finds the Chromium the end-to-end tests drive: $CHROMIUM_PATH, Debian's /usr/bin/chromium, or a browser
// that Playwright downloaded on a machine with internet. CommonJS so the npm scripts and the Playwright
// config can both load it.
const { existsSync } = require('node:fs');

function findChromium(env = process.env) {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(require('@playwright/test').chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here; a system Chromium will do.
  }
  return candidates.find((path) => Boolean(path) && existsSync(path));
}

const HOW_TO_GET_CHROMIUM =
  'No Chromium found for the end-to-end tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
  'elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to its executable.';

/** Flags for headless Chromium on a machine whose network reaches only the package registries. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

module.exports = { findChromium, HOW_TO_GET_CHROMIUM, CHROMIUM_ARGS };
