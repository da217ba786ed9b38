// better-sqlite3 is a native module built for Node (tests, browser mode). Electron needs a build for its own ABI.
// Rebuilding in place would break the Node build (architecture.md), so the Electron build lives beside it in
// node_modules/.cache and the main process loads it through better-sqlite3's `nativeBinding` option.
// CommonJS so that the npm scripts and the Playwright suite can both load it.
const { execFileSync } = require('node:child_process');
const { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

/**
 * Returns the path of the driver built for this Electron, fetching the prebuilt binary once if needed. The
 * package is better-sqlite3, or better-sqlite3-multiple-ciphers for encrypted installations.
 */
function ensureElectronSqlite(root = process.cwd(), pkg = 'better-sqlite3') {
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const cache = resolve(root, 'node_modules/.cache/samenspel-electron');
  const target = join(cache, `${pkg}-electron-${electronVersion}-${process.platform}-${process.arch}.node`);
  if (existsSync(target)) return target;
  console.log(`Samenspel: fetching ${pkg} for Electron ${electronVersion} (once)…`);
  const work = mkdtempSync(join(tmpdir(), 'samenspel-sqlite-'));
  try {
    cpSync(resolve(root, 'node_modules', pkg), join(work, pkg), { recursive: true });
    const args = [
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      `--platform=${process.platform}`,
    ];
    execFileSync(process.execPath, [resolve(root, 'node_modules/prebuild-install/bin.js'), ...args], {
      cwd: join(work, pkg),
      stdio: 'inherit',
    });
    mkdirSync(cache, { recursive: true });
    cpSync(join(work, pkg, 'build', 'Release', 'better_sqlite3.node'), target);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

module.exports = { ensureElectronSqlite };
