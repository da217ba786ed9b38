/**
 * `npm run bench`: builds a corporation of 2,000 complexes and 100,000 initiatives in a temporary database,
 * measures, prints a table, and writes the same figures as JSON to $SAMENSPEL_BENCH_OUT (bench-results.json).
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createBackend } from '../../electron/backend/create-backend';
import { memorySettingsStore } from '../../electron/backend/settings-store';
import { tempDir } from '../fixtures/backend';
import { recommendThroughput } from './advice';
import { firstRow, seedFullScale } from './foundation';
import { gridQuickSearch } from './quick-search';
import type { Figure } from './measure';
import { reportPdf } from './report';
import { serverMemory } from './server-memory';
import { createBackup } from '../../electron/backend/db/backups';
import type { Backend } from '../../electron/backend/create-backend';
import { round, time } from './measure';

/** A verified backup of the full-scale database (online backup, then read back with integrity_check). */
async function backupFigure(backend: Backend, dataDir: string): Promise<Figure[]> {
  const { ms, result } = await time(() => createBackup(backend.db, dataDir, 'handmatig'));
  return [
    { name: 'backup_100k_ms', value: round(ms), unit: 'ms' },
    { name: 'backup_100k_mb', value: round(result.bytes / 1024 / 1024), unit: 'MB' },
  ];
}

/** Runs a probe script in a fresh Node process and returns the figures it printed. */
function inChildProcess(script: string, args: string[]): Figure[] {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Figure[];
}

async function main() {
  if (!existsSync('dist/renderer/index.html'))
    spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], { stdio: 'inherit' });
  const dataDir = tempDir('samenspel-bench-');
  const backend = createBackend({ dataDir, settings: memorySettingsStore(), mode: 'test', log: () => {} });
  const figures: Figure[] = [];
  try {
    const session = await backend.invoke('session:initialize', {
      staff: { name: 'Bench', role: 'teamleider' },
      demo: false,
    });
    if (!session.ok) throw new Error(session.error.message);
    const staffId = session.data.currentStaff!.id;
    figures.push(...seedFullScale(backend, staffId));
    figures.push(...inChildProcess('test/bench/backend-probe.ts', [dataDir, staffId]));
    figures.push(...inChildProcess('test/bench/export-probe.ts', [dataDir, staffId]));
    figures.push(...(await backupFigure(backend, dataDir)));
    // After the backup, so the server's daily backup finds today's and does not run beside the lists.
    figures.push(...(await serverMemory(dataDir, staffId)));
    figures.push(...(await firstRow(backend)));
    figures.push(...(await gridQuickSearch(backend)));
    figures.push(...(await reportPdf(backend, new Date().getFullYear())));
    figures.push(...recommendThroughput());
    // The team edition: 50 laptops against a team server in its own process, on a throwaway PostgreSQL.
    figures.push(...inChildProcess('test/bench/sync-probe.ts', []));
    // Last: it encrypts the database in place, which needs every connection to it closed.
    backend.close();
    figures.push(...inChildProcess('test/bench/encryption-probe.ts', [dataDir, staffId]));
  } finally {
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.table(figures);
  const out = process.env.SAMENSPEL_BENCH_OUT ?? 'bench-results.json';
  writeFileSync(out, JSON.stringify(figures, null, 2));
  console.log(`Figures written to ${out}`);
}

void main();
