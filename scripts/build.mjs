// Builds everything `npm start` needs: the renderer (Vite) into dist/renderer, and the Node side (esbuild)
// into dist/main, dist/preload and dist/server. better-sqlite3 stays external: it is a native module.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const quiet = process.argv.includes('--quiet');

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: quiet ? 'warning' : 'info',
  define: { __APP_VERSION__: JSON.stringify(version) },
  external: ['better-sqlite3', 'better-sqlite3-multiple-ciphers', 'electron'],
};

await vite({ configFile: 'vite.config.ts', logLevel: quiet ? 'error' : 'info' });
await Promise.all([
  esbuild({ ...node, entryPoints: ['electron/server/cli.ts'], outfile: 'dist/server/cli.cjs' }),
  esbuild({ ...node, entryPoints: ['electron/main/index.ts'], outfile: 'dist/main/index.cjs' }),
  // SECURITY: the preload runs in a sandbox, where only a single bundled CommonJS file can be loaded.
  esbuild({
    ...node,
    platform: 'browser',
    target: 'chrome130',
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/preload/index.cjs',
    external: ['electron'],
  }),
]);
