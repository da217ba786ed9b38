/**
 * Runs in its own process: the Overzicht workbook of 100,000 initiatives (time and the process's peak memory),
 * and importing 2,000 complexes from CSV. Prints its figures as JSON.
 */
import { createBackend } from '../../electron/backend/create-backend';
import { memorySettingsStore } from '../../electron/backend/settings-store';
import { toDutchCsv } from '../../shared/domain/csv';
import { exportFinished } from '../fixtures/backend';
import { type Figure, round, rssMb, time } from './measure';

async function main() {
  const [dataDir, staffId] = process.argv.slice(2);
  const backend = createBackend({ dataDir: dataDir!, settings: memorySettingsStore({ currentStaffId: staffId! }), mode: 'test', log: () => {} });
  let peak = rssMb();
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 50);
  const exported = await time(async () => {
    const started = await backend.invoke('exports:overview');
    if (!started.ok) throw new Error(started.error.message);
    return exportFinished(backend, started.data.id);
  });
  clearInterval(sampler);
  peak = Math.max(peak, rssMb());
  if (exported.result.state !== 'klaar') throw new Error(`export ended ${exported.result.state}`);

  const rows = Array.from({ length: 2_000 }, (_, i) => [`N${10_000 + i}`, `Nieuwhof ${i}`, String(10 + (i % 200)), 'Portiekflat', 'Zaanwijk']);
  const file = Buffer.from(toDutchCsv(['Complexcode', 'Naam', 'Aantal woningen', 'Bouwtype', 'Plaats'], rows)).toString('base64');
  const imported = await time(() => backend.invoke('imports:run', { kind: 'complexes', dataBase64: file, onlyValid: false }));
  if (!imported.result.ok) throw new Error(imported.result.error.message);
  backend.close();
  const figures: Figure[] = [
    { name: 'export_xlsx_100k_ms', value: round(exported.ms), unit: 'ms' },
    { name: 'export_xlsx_100k_rss_mb', value: round(peak), unit: 'MB' },
    { name: 'import_2000_ms', value: round(imported.ms), unit: 'ms' },
  ];
  process.stdout.write(JSON.stringify(figures));
}

void main();
