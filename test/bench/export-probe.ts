/**
 * Runs in its own process: the Overzicht workbook of 100,000 initiatives (time and the process's peak memory),
 * importing 2,000 complexes from CSV and 20,000 residents from XLSX, then the long reads of whole-corporation lists
 * (each with how long a trivial call waits meanwhile). Prints its figures as JSON.
 */
import { createBackend } from '../../electron/backend/create-backend';
import { limitHeapGrowth } from '../../electron/backend/memory';
import { memorySettingsStore } from '../../electron/backend/settings-store';
import { toDutchCsv } from '../../shared/domain/csv';
import { exportFinished } from '../fixtures/backend';
import { type Figure, percentile, round, rssMb, time } from './measure';
import ExcelJS from 'exceljs';
import { performance } from 'node:perf_hooks';
import type { Backend } from '../../electron/backend/create-backend';
import { IMPORT_FIELDS, importFieldLabel } from '../../shared/contract/imports';
import nl from '../../shared/i18n/nl.json';
import { translate } from '../../shared/i18n/translate';

/**
 * Runs `work` while a trivial request is due every 25 ms; answers how long each waited for its answer, counted from
 * when it was due (a blocked event loop delays its start, and that counts too).
 */
async function whilePinging<T>(backend: Backend, work: () => Promise<T>): Promise<{ result: T; pings: number[] }> {
  const pings: number[] = [];
  let running = true;
  const pinger = (async () => {
    while (running) {
      const due = performance.now() + 25;
      await new Promise((resolve) => setTimeout(resolve, 25));
      await backend.invoke('app:info', {});
      pings.push(performance.now() - due);
    }
  })();
  try {
    return { result: await work(), pings };
  } finally {
    running = false;
    await pinger;
  }
}

/**
 * 20,000 residents from an XLSX (preview, then import), and meanwhile a trivial request every 25 ms: how long it
 * waits for its answer, from when it was due, while the import runs (the workbook is read in a worker; the backup
 * before the import is SQLite's stepwise online backup; the writing is one transaction).
 */
async function residentsXlsx(backend: Backend) {
  const codes = (
    backend.db.prepare('SELECT code FROM complexes ORDER BY code LIMIT 2000').all() as { code: string }[]
  ).map((c) => c.code);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Bewoners');
  sheet.addRow(IMPORT_FIELDS.residents.map((field) => translate(nl, importFieldLabel('residents', field))));
  for (let i = 0; i < 20_000; i++)
    sheet.addRow([codes[i % codes.length], `Bewoner ${i}`, String(1 + (i % 300)), '', '', '', '', '', '']);
  const dataBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  const { result: imported, pings } = await whilePinging(backend, () =>
    time(async () => {
      const preview = await backend.invoke('imports:preview', { kind: 'residents', dataBase64 });
      if (!preview.ok) throw new Error(preview.error.message);
      const run = await backend.invoke('imports:run', { kind: 'residents', dataBase64, onlyValid: true });
      if (!run.ok) throw new Error(run.error.message);
    }),
  );
  return { importMs: imported.ms, pingMaxMs: Math.max(...pings), pingP50Ms: percentile(pings, 50) };
}

/** The reads of whole-corporation lists a teamleider's day starts with: how long a trivial call waits meanwhile. */
const LONG_READS: [string, Record<string, unknown>][] = [
  ['initiatives:table', {}],
  ['residents:list', {}],
  ['requirements:worklist', {}],
  ['reciprocity:overview', {}],
  ['evidence:table', {}],
  ['budgets:list', {}],
  ['complexes:list', {}],
  ['work:overview', {}],
];

/** The longest wait during any of the long reads, and the read it came during. */
async function longReads(backend: Backend) {
  let longest = { ms: 0, method: '' };
  for (const [method, input] of LONG_READS) {
    const { result, pings } = await whilePinging(backend, () => backend.invoke(method as never, input as never));
    if (!(result as { ok: boolean }).ok) throw new Error(`${method} failed`);
    if (Math.max(...pings) > longest.ms) longest = { ms: Math.max(...pings), method };
  }
  return longest;
}

async function main() {
  limitHeapGrowth();
  const [dataDir, staffId] = process.argv.slice(2);
  const backend = createBackend({
    dataDir: dataDir!,
    settings: memorySettingsStore({ currentStaffId: staffId! }),
    mode: 'test',
    // As the desktop app and browser mode run: without it, the import's commit also copied the whole WAL into the
    // database file (SQLite's automatic checkpoint), a stall the app does not have.
    backgroundCheckpoints: true,
    log: () => {},
  });
  let peak = rssMb();
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 50);
  const { result: exported, pings: exportPings } = await whilePinging(backend, () =>
    time(async () => {
      const started = await backend.invoke('exports:overview');
      if (!started.ok) throw new Error(started.error.message);
      return exportFinished(backend, started.data.id);
    }),
  );
  clearInterval(sampler);
  peak = Math.max(peak, rssMb());
  if (exported.result.state !== 'klaar') throw new Error(`export ended ${exported.result.state}`);

  const rows = Array.from({ length: 2_000 }, (_, i) => [
    `N${10_000 + i}`,
    `Nieuwhof ${i}`,
    String(10 + (i % 200)),
    'Portiekflat',
    'Zaanwijk',
  ]);
  const file = Buffer.from(toDutchCsv(['Complexcode', 'Naam', 'Aantal woningen', 'Bouwtype', 'Plaats'], rows)).toString(
    'base64',
  );
  const imported = await time(() =>
    backend.invoke('imports:run', { kind: 'complexes', dataBase64: file, onlyValid: false }),
  );
  if (!imported.result.ok) throw new Error(imported.result.error.message);
  const { importMs, pingMaxMs, pingP50Ms } = await residentsXlsx(backend);
  const pingDuringReads = await longReads(backend);
  backend.close();
  const figures: Figure[] = [
    { name: 'import_xlsx_20k_ms', value: round(importMs), unit: 'ms' },
    { name: 'ping_during_import_ms', value: round(pingMaxMs), unit: 'ms (max)' },
    { name: 'ping_during_import_p50_ms', value: round(pingP50Ms), unit: 'ms' },
    { name: 'export_xlsx_100k_ms', value: round(exported.ms), unit: 'ms' },
    { name: 'ping_during_export_ms', value: round(Math.max(...exportPings)), unit: 'ms (max)' },
    { name: 'export_xlsx_100k_rss_mb', value: round(peak), unit: 'MB' },
    { name: 'import_2000_ms', value: round(imported.ms), unit: 'ms' },
    {
      name: 'ping_during_reads_ms',
      value: round(pingDuringReads.ms),
      unit: `ms (max of ${LONG_READS.length} reads, during ${pingDuringReads.method})`,
    },
  ];
  process.stdout.write(JSON.stringify(figures));
}

void main();
