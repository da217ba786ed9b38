/** Foundation figures: seeding, listing and creating at corporation scale, and the first row in Chromium. */
import { copyFileSync, cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { buildSync } from 'esbuild';
import type { Backend } from '../../electron/backend/create-backend';
import { seedCorporation } from '../../electron/backend/seed';
import { jsonChunks } from '../../electron/server/json-chunks';
import { generateCorporation } from '../../shared/demo/generator';
import { rowsOf } from '../../shared/contract/row-table';
import { tempDir } from '../fixtures/backend';
import { inChromium } from './in-chromium';
import { type Figure, median, percentile, rssMb, round, time, timeSync } from './measure';

export const SCALE = { seed: 42, complexes: 2_000, initiatives: 100_000, wijkbeheerders: 40 };

export function seedFullScale(backend: Backend, actorId: string): Figure[] {
  const { ms } = timeSync(() => seedCorporation(backend.db, generateCorporation(SCALE), { actorId, now: new Date() }));
  return [{ name: 'seed_100k_ms', value: round(ms), unit: 'ms' }];
}

/**
 * What the engine allows: a bare commit of one row plus one audit row, on the same database (same pragmas, same
 * folder, same disk) as the app's creates, through a prepared statement pair in an immediate transaction.
 */
function rawCommits(backend: Backend): number[] {
  const db = backend.db;
  db.exec('CREATE TABLE IF NOT EXISTS bench_raw (id TEXT PRIMARY KEY, title TEXT NOT NULL) STRICT');
  const staff = (db.prepare('SELECT id FROM staff LIMIT 1').get() as { id: string }).id;
  const row = db.prepare('INSERT INTO bench_raw (id, title) VALUES (?, ?)');
  const audit = db.prepare(
    "INSERT INTO audit_log (id, at, actor_id, entity, entity_id, action, changes) VALUES (?, ?, ?, 'bench', ?, " +
      "'create', '{}')",
  );
  const commit = db.transaction((i: number) => {
    const id = `raw-${i}-${Date.now()}`;
    row.run(id, `Bench ${i}`);
    audit.run(`audit-${id}`, new Date().toISOString(), staff, id);
  });
  const times: number[] = [];
  for (let i = 0; i < 500; i++) times.push(timeSync(() => commit.immediate(i)).ms);
  return times;
}

/**
 * The engine writing what a create writes: the initiative, its advice snapshot, its first status change and its
 * audit row, copied from an initiative the app just made (new ids, same values, same indexes), in one immediate
 * transaction through prepared statements. The gap between this and `create_*` is the app's own work; the gap
 * between this and `commit_raw_*` is what writing four records into fourteen b-trees costs the engine.
 */
function sameRowsCommits(backend: Backend, templateId: string): number[] {
  const db = backend.db;
  const copy = (table: string, key: string) => {
    const columns = (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).filter(
      (name) => name !== 'id' && name !== key,
    );
    const keyColumn = key === 'id' ? [] : [key];
    return db.prepare(
      `INSERT INTO ${table} (id, ${[...keyColumn, ...columns].join(', ')})
       SELECT @id, ${[...keyColumn.map(() => '@initiativeId'), ...columns].join(', ')} FROM ${table}
        WHERE ${key} = @templateId ORDER BY id LIMIT 1`,
    );
  };
  const initiative = copy('initiatives', 'id');
  const snapshot = copy('advice_snapshots', 'initiative_id');
  const status = copy('status_changes', 'initiative_id');
  const audit = copy('audit_log', 'entity_id');
  const commit = db.transaction((i: number) => {
    const initiativeId = `same-${i}-${Date.now()}`;
    initiative.run({ id: initiativeId, templateId, initiativeId });
    for (const [statement, prefix] of [
      [snapshot, 'as'],
      [status, 'sc'],
      [audit, 'al'],
    ] as const)
      statement.run({ id: `${prefix}-${initiativeId}`, templateId, initiativeId });
  });
  const times: number[] = [];
  for (let i = 0; i < 500; i++) times.push(timeSync(() => commit.immediate(i)).ms);
  return times;
}

/** 500 creates of an initiative through the registry, one after another; their times and the last one's id. */
async function timeCreates(backend: Backend, complexId: string, from: number) {
  const times: number[] = [];
  let lastId = '';
  for (let i = from; i < from + 500; i++) {
    const created = await time(() =>
      backend.invoke('initiatives:create', {
        complexId,
        title: `Bench ${i}`,
        origin: 'bewoners',
        practiceType: 'zelf_beter',
      }),
    );
    if (!created.result.ok) throw new Error(JSON.stringify(created.result.error));
    times.push(created.ms);
    lastId = created.result.data.initiative.id;
  }
  return { times, lastId };
}

export async function listAndCreate(backend: Backend): Promise<Figure[]> {
  // The bare engine: the grid's query, with the same columns, handed over as SQLite's arrays (raw mode).
  const rawSql = backend.db
    .prepare(
      `SELECT i.id, i.title, i.complex_id AS complexId, c.code AS complexCode, c.name AS complexName,
              i.shared_object AS sharedObject, i.origin, i.practice_type AS practiceType, i.status,
              i.start_date AS startDate, i.end_date AS endDate, i.wijkbeheerder_id AS wijkbeheerderId,
              w.name AS wijkbeheerderName, i.advised_approach AS advisedApproach, i.chosen_approach AS chosenApproach,
              i.updated_at AS updatedAt
         FROM initiatives i JOIN complexes c ON c.id = i.complex_id LEFT JOIN staff w ON w.id = i.wijkbeheerder_id
        WHERE i.id < 'g' ORDER BY i.id DESC`,
    )
    .raw(true);
  const wire = (value: unknown) => {
    let chars = 0;
    for (const chunk of jsonChunks(value)) chars += chunk.length;
    return chars / 1024 / 1024;
  };
  // Memory of this process after listing every initiative once for the grid and serialising it, as browser mode
  // does, then after ten such lists in a row. It counts the benchmark's own modules too (tsx, Playwright, the data
  // generator: about 60 MB); the app's backend alone is measured from outside, in server-memory.ts.
  const once = await backend.invoke('initiatives:table', {});
  const wireMb = wire(once);
  const rss = rssMb();
  for (let i = 1; i < 10; i++) wire(await backend.invoke('initiatives:table', {}));
  const rssAfterRepeats = rssMb();
  const objectsWireMb = wire(await backend.invoke('initiatives:list', {}));
  const listTimes: number[] = [];
  const rawTimes: number[] = [];
  let rows = 0;
  for (let i = 0; i < 5; i++) {
    const raw = timeSync(() => rawSql.all());
    rawTimes.push(raw.ms);
    const listed = await time(() => backend.invoke('initiatives:table', {}));
    listTimes.push(listed.ms);
    if (listed.result.ok) rows = rowsOf(listed.result.data).length;
  }

  const complexes = await backend.invoke('complexes:list', {});
  if (!complexes.ok) throw new Error(complexes.error.message);
  const complexId = complexes.data[0]!.id;
  // The first 500 creates in this process, then 500 more: the first run through the handler's code is slower
  // (V8 compiles it as it goes), which the bare commits below, a few lines of script, hardly pay.
  const { times: createTimes } = await timeCreates(backend, complexId, 0);
  const { times: warmCreateTimes, lastId: lastCreated } = await timeCreates(backend, complexId, 500);
  const raw = rawCommits(backend);
  const sameRows = sameRowsCommits(backend, lastCreated);
  return [
    { name: 'commit_raw_p50_ms', value: round(percentile(raw, 50), 2), unit: 'ms' },
    { name: 'commit_raw_p99_ms', value: round(percentile(raw, 99), 2), unit: 'ms' },
    { name: 'commit_same_rows_p50_ms', value: round(percentile(sameRows, 50), 2), unit: 'ms' },
    { name: 'commit_same_rows_p99_ms', value: round(percentile(sameRows, 99), 2), unit: 'ms' },
    { name: 'list_100k_rows', value: rows, unit: 'rows' },
    { name: 'list_100k_ms', value: round(median(listTimes)), unit: 'ms' },
    { name: 'list_100k_raw_ms', value: round(median(rawTimes)), unit: 'ms' },
    { name: 'create_p50_ms', value: round(percentile(createTimes, 50), 2), unit: 'ms' },
    { name: 'create_p99_ms', value: round(percentile(createTimes, 99), 2), unit: 'ms' },
    { name: 'create_warm_p50_ms', value: round(percentile(warmCreateTimes, 50), 2), unit: 'ms' },
    { name: 'create_warm_p99_ms', value: round(percentile(warmCreateTimes, 99), 2), unit: 'ms' },
    { name: 'probe_rss_mb', value: round(rss), unit: 'MB' },
    { name: 'probe_rss_after_10_lists_mb', value: round(rssAfterRepeats), unit: 'MB' },
    { name: 'list_100k_wire_mb', value: round(wireMb, 1), unit: 'MB' },
    { name: 'list_100k_objects_wire_mb', value: round(objectsWireMb, 1), unit: 'MB' },
  ];
}

// Runs in the page before any app script: notes the moment (ms since navigation start) the first grid row is in
// the DOM and laid out, so the figure does not depend on how often the test driver polls.
const FIRST_ROW_PROBE =
  `
  new MutationObserver((_, observer) => {
    const row = document.querySelector('.ag-center-cols-container .ag-row');
    if (row && row.getBoundingClientRect().height > 0) { window.__firstRowMs = performance.now(); ` +
  `observer.disconnect(); }
  }).observe(document, { subtree: true, childList: true });`;

/**
 * The best the browser does with AG Grid itself: a page with nothing but AG Grid's own bundle, asking the same
 * server the same way for the same first page of initiatives (the compact form, then objects), no app around it.
 * It is served by the same server as the app, its script from /assets/ like the app's (so cached alike).
 */
const BARE_SCRIPT = 'assets/bare-ag-grid-community.min.js';
const BARE_PAGE =
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>AG Grid</title>
  <script src="/${BARE_SCRIPT}"></script></head>
  <body><div id="grid" style="height: 800px"></div><script>
    fetch('/api/call', { method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin',
      body: JSON.stringify({ method: 'initiatives:table', input: { limit: 1000 } }) })
      .then((response) => response.json())
      .then(({ data }) => {
        const rowData = JSON.parse(data.rows).map((values) => Object.fromEntries(data.columns.map((c, i) => [c, ` +
  `values[i]])));
        agGrid.createGrid(document.getElementById('grid'), { columnDefs: data.columns.map((field) => ({ field })), ` +
  `rowData });
      });
  </script></body></html>`;

const BARE_REACT_SCRIPT = 'assets/bare-react-grid.js';
const BARE_REACT_PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>AG Grid React</title>
  <script src="/${BARE_REACT_SCRIPT}" defer></script></head>
  <body><div id="grid" style="height: 800px"></div></body></html>`;

/**
 * The built renderer with the two bare pages beside it, in a folder of its own (dist/ stays as built). The React
 * page is bundled here as the app is for production: minified, React's production build.
 */
function rendererWithBarePages(): string {
  const dir = tempDir('samenspel-bench-static-');
  cpSync(join(__dirname, '..', '..', 'dist', 'renderer'), dir, { recursive: true });
  writeFileSync(join(dir, 'bare-grid.html'), BARE_PAGE);
  copyFileSync(
    join(__dirname, '..', '..', 'node_modules', 'ag-grid-community', 'dist', 'ag-grid-community.min.js'),
    join(dir, BARE_SCRIPT),
  );
  writeFileSync(join(dir, 'bare-react-grid.html'), BARE_REACT_PAGE);
  buildSync({
    entryPoints: [join(__dirname, 'bare-react-grid.ts')],
    outfile: join(dir, BARE_REACT_SCRIPT),
    bundle: true,
    minify: true,
    platform: 'browser',
    target: 'chrome130',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return dir;
}

/**
 * One cold load of `url`: from navigation start to the first visible grid row. The page then stays open for a
 * while, as a person looking at it would, so that what it does after its first row (the app reads the other
 * 99,000 rows) is done before the next load and does not fall on it.
 */
async function loadFirstRow(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  // Functions, not strings: the app's CSP forbids eval, and Playwright evaluates strings with it.
  await page.waitForFunction(
    () => (window as unknown as { __firstRowMs?: number }).__firstRowMs !== undefined,
    undefined,
    { timeout: 60_000 },
  );
  const ms = await page.evaluate(() => (window as unknown as { __firstRowMs: number }).__firstRowMs);
  await page.waitForTimeout(2_500);
  await page.close();
  return ms;
}

/**
 * Medians of 7 loads of each page, taken in turns (app, bare, bare React, app, …) so that a slow moment of this
 * noisy machine weighs on all alike.
 */
async function timeFirstRows(context: BrowserContext, urls: string[]): Promise<number[]> {
  const times = urls.map((): number[] => []);
  for (let round = 0; round < 7; round++)
    for (const [i, url] of urls.entries()) times[i]!.push(await loadFirstRow(context, url));
  return times.map(median);
}

/** A load of the initiatives page in Chromium against pages of bare AG Grid and bare ag-grid-react. */
export async function firstRow(backend: Backend): Promise<Figure[]> {
  const staticDir = rendererWithBarePages();
  try {
    return await inChromium(
      backend,
      'first_row_100k_ms',
      async (context, baseUrl) => {
        await context.addInitScript(FIRST_ROW_PROBE);
        const pages = ['#/initiatieven', 'bare-grid.html', 'bare-react-grid.html'].map((page) => baseUrl + page);
        const [app, bare, bareReact] = await timeFirstRows(context, pages);
        return [
          { name: 'first_row_100k_ms', value: round(app!), unit: 'ms' },
          { name: 'first_row_bare_aggrid_ms', value: round(bare!), unit: 'ms' },
          { name: 'first_row_bare_aggrid_react_ms', value: round(bareReact!), unit: 'ms' },
        ];
      },
      staticDir,
    );
  } finally {
    rmSync(staticDir, { recursive: true, force: true });
  }
}
