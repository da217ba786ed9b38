// `npm start`: the desktop app where Electron's binary is installed, browser mode otherwise.
// `npm start -- --browser` (or `npm run start:browser`) always starts browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { electronBinary } = require('./electron-binary.cjs');

const BUILT = ['dist/renderer/index.html', 'dist/server/cli.cjs', 'dist/main/index.cjs', 'dist/preload/index.cjs'];
if (!BUILT.every((file) => existsSync(file)) || process.env.SAMENSPEL_REBUILD) {
  console.log('Samenspel: building the app (first start only)…');
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const wantBrowser = process.argv.includes('--browser');
const binary = electronBinary();
let child;
if (!wantBrowser && binary.ok) {
  const { ensureElectronSqlite } = require('./electron-native.cjs');
  const env = { ...process.env, SAMENSPEL_SQLITE_BINDING: ensureElectronSqlite() };
  // The encrypting driver is optional: without it the app runs, and Instellingen says encryption is unavailable.
  try {
    env.SAMENSPEL_SQLITE_CIPHER_BINDING = ensureElectronSqlite(process.cwd(), 'better-sqlite3-multiple-ciphers');
  } catch {
    console.log('Samenspel: no encrypting database driver for Electron here; encryption at rest is unavailable.');
  }
  child = spawn(binary.path, ['.'], { stdio: 'inherit', env });
} else {
  if (!wantBrowser)
    console.log(
      `Samenspel: the Electron desktop runtime is not available (${binary.reason}), so Samenspel starts in browser ` +
        `mode instead.`,
    );
  child = spawn(
    process.execPath,
    ['dist/server/cli.cjs', ...process.argv.slice(2).filter((arg) => arg !== '--browser')],
    { stdio: 'inherit' },
  );
}
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
