// Type-checks each part of the code base against its own rules (shared/ has no DOM and no Node; the
// renderer has no Node; and so on). The Electron main process is checked where the electron package
// (which carries its types) is installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const projects = ['shared', 'electron/backend', 'renderer', 'test'];
if (existsSync('node_modules/electron/electron.d.ts')) projects.push('electron/main');
else
  console.log(
    'typecheck: skipping electron/main: the electron package is not installed (install with ' +
      'ELECTRON_SKIP_BINARY_DOWNLOAD=1 to keep its types).',
  );

let failed = false;
for (const project of projects) {
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
if (failed) process.exit(1);
console.log(`typecheck: ${projects.length} projects clean`);
