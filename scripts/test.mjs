// `npm test`: type check, lint, format check, unit and integration tests (vitest), build, and end-to-end tests
// (Playwright in Chromium against browser mode). Ends with one line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const OUT = '.test-output';
// Results of an earlier run must never be counted as this run's.
rmSync(`${OUT}/vitest.json`, { force: true });
rmSync(`${OUT}/playwright.json`, { force: true });
mkdirSync(OUT, { recursive: true });
const node = process.execPath;
const steps = [];

function run(name, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(node, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  steps.push({ name, ok: result.status === 0 });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

run('typecheck', ['scripts/typecheck.mjs']);
run('lint', ['node_modules/eslint/bin/eslint.js', '.']);
run('format', ['node_modules/prettier/bin/prettier.cjs', '--check', '.']);
run('unit + integration (vitest)', [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${OUT}/vitest.json`,
]);
const built = run('build', ['scripts/build.mjs', '--quiet']);

const { findChromium, HOW_TO_GET_CHROMIUM } = createRequire(import.meta.url)('./chromium.cjs');
const chromiumFound = Boolean(findChromium());
if (!chromiumFound) {
  console.error(`\n${HOW_TO_GET_CHROMIUM}`);
  steps.push({ name: 'end-to-end (Playwright)', ok: false });
} else if (built) {
  const electron = createRequire(import.meta.url)('./electron-binary.cjs').electronBinary();
  if (!electron.ok)
    console.log(
      `\nThe Electron desktop suite will be skipped: the Electron binary is not available here (${electron.reason}).`,
    );
  run('end-to-end (Playwright)', ['node_modules/@playwright/test/cli.js', 'test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${OUT}/playwright.json`,
  });
}

let passed = 0;
let failed = 0;
let skipped = 0;
const vitest = readJson(`${OUT}/vitest.json`);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
}
const playwright = chromiumFound && built ? readJson(`${OUT}/playwright.json`) : null;
if (playwright) {
  passed += playwright.stats.expected + (playwright.stats.flaky ?? 0);
  failed += playwright.stats.unexpected;
  skipped += playwright.stats.skipped;
}
// A step that failed without failing a test (type errors, lint, build) still fails the run.
const brokenSteps = steps.filter((step) => !step.ok).map((step) => step.name);
if (brokenSteps.length) console.log(`\nFailed steps: ${brokenSteps.join(', ')}`);
failed += brokenSteps.filter(
  (name) => ['typecheck', 'lint', 'format', 'build'].includes(name) || (name.startsWith('end-to-end') && !playwright),
).length;
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(brokenSteps.length || failed ? 1 : 0);
