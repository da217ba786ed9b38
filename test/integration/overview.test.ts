import ExcelJS from 'exceljs';
import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedCorporation } from '../../electron/backend/seed';
import { generateCorporation } from '../../shared/demo/generator';
import { afterEach, describe, expect, it } from 'vitest';
import {
  exportFinished,
  sampleComplex,
  startInitializedBackend,
  testClock,
  type TestBackend,
} from '../fixtures/backend';

let backend: TestBackend;
afterEach(() => backend?.dispose());

describe('the Overzicht workbook', () => {
  it('has typed, frozen, filterable sheets with totals, and neutralises formula injection', async () => {
    ({ backend } = await startInitializedBackend());
    const complex = await backend.ok('complexes:create', sampleComplex({ homes: 40 }));
    await backend.ok('initiatives:create', {
      complexId: complex.id,
      title: '=HYPERLINK("http://evil.example","klik")',
      origin: 'bewoners',
      practiceType: 'zelf_beter',
      startDate: '2026-04-01',
    });
    await backend.ok('budgets:create', {
      scope: 'complex',
      complexId: complex.id,
      year: 2026,
      name: 'Leefbaarheid',
      kind: 'per_woning',
      perHomeCents: 2_500,
    });
    const { id } = await backend.ok('exports:overview');
    expect(await exportFinished(backend, id)).toMatchObject({ state: 'klaar', rows: 1 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(backend.exportFile(id)!);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Samenvatting',
      'Initiatieven',
      'Budgetten',
      'Overeenkomsten',
      'Verzekeringen',
    ]);
    const initiatives = workbook.getWorksheet('Initiatieven')!;
    expect(initiatives.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(initiatives.autoFilter).toBeTruthy();
    expect(initiatives.getCell('A2').value).toBe('\'=HYPERLINK("http://evil.example","klik")');
    expect(initiatives.getCell('J2').value).toBeInstanceOf(Date);
    const budgets = workbook.getWorksheet('Budgetten')!;
    expect(budgets.getCell('D2').value).toBe(1000);
    expect(budgets.getCell('D2').numFmt).toContain('€');
    expect(budgets.getCell('D3').value).toMatchObject({ formula: 'SUM(D2:D2)', result: 1000 });
  });
});

describe("the Overzicht workbook for the dashboard's selection", () => {
  it("holds only the selection's initiatives, budgets and agreements, and says which selection it is", async () => {
    ({ backend } = await startInitializedBackend());
    const year = new Date().getFullYear();
    const north = await backend.ok('complexes:create', sampleComplex({ code: 'C3101', wijk: 'Noord' }));
    const south = await backend.ok('complexes:create', sampleComplex({ code: 'C3102', name: 'Zuidhof', wijk: 'Zuid' }));
    for (const [complex, title] of [
      [north, 'Tuin noord'],
      [north, 'Feest noord'],
      [south, 'Tuin zuid'],
    ] as const) {
      await backend.ok('initiatives:create', {
        complexId: complex.id,
        title,
        origin: 'bewoners',
        practiceType: 'zelf_beter',
      });
    }
    for (const complex of [north, south])
      await backend.ok('budgets:create', {
        scope: 'complex',
        complexId: complex.id,
        year,
        name: 'Leefbaarheid',
        kind: 'vast',
        amountCents: 100_000,
      });
    const started = await backend.ok('exports:overview', { filters: { year, wijk: 'Noord' } });
    expect(await exportFinished(backend, started.id)).toMatchObject({ state: 'klaar', rows: 2 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(backend.exportFile(started.id)!);
    const titles = workbook.getWorksheet('Initiatieven')!.getColumn(1).values.slice(2);
    expect(titles.sort()).toEqual(['Feest noord', 'Tuin noord']);
    const budgets = workbook.getWorksheet('Budgetten')!;
    expect(budgets.getCell('B2').value).toBe('C3101');
    expect(budgets.rowCount).toBe(3);
    const summary = workbook
      .getWorksheet('Samenvatting')!
      .getColumn(1)
      .values.concat(workbook.getWorksheet('Samenvatting')!.getColumn(2).values);
    expect(summary).toEqual(expect.arrayContaining(['Wijk', 'Noord', 'Periode (jaar)']));
  });
});

describe('export jobs', () => {
  it('writes the grid view as one typed sheet, page by page; refuses a row with the wrong cell count', async () => {
    ({ backend } = await startInitializedBackend());
    const begun = await backend.ok('exports:gridBegin', {
      sheet: 'Initiatieven',
      total: 2,
      columns: [
        { header: 'Titel', kind: 'text', width: 30 },
        { header: 'Woningen', kind: 'number', width: 10 },
        { header: 'Start', kind: 'date', width: 12 },
        { header: 'Gewijzigd', kind: 'datetime', width: 16 },
      ],
    });
    expect(begun).toMatchObject({ state: 'bezig', done: 0, total: 2 });
    await backend.ok('exports:gridRows', {
      id: begun.id,
      rows: [['=HYPERLINK("http://evil.example","klik")', 48, '2026-04-01', '2026-04-02T10:30:00.000Z']],
    });
    expect(await backend.invoke('exports:gridRows', { id: begun.id, rows: [['te kort']] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', messageKey: 'err.export.columns' },
    });
    await backend.ok('exports:gridRows', { id: begun.id, rows: [['Tuin', null, null, null]] });
    expect(await backend.ok('exports:gridFinish', { id: begun.id })).toMatchObject({
      state: 'klaar',
      rows: 2,
      done: 2,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(backend.exportFile(begun.id)!);
    const sheet = workbook.getWorksheet('Initiatieven')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(1).values).toEqual([undefined, 'Titel', 'Woningen', 'Start', 'Gewijzigd']);
    expect(sheet.getCell('A2').value).toBe('\'=HYPERLINK("http://evil.example","klik")');
    expect(sheet.getCell('B2').value).toBe(48);
    expect(sheet.getCell('C2').value).toEqual(new Date('2026-04-01T00:00:00Z'));
    expect(sheet.getCell('C2').numFmt).toBe('dd-mm-yyyy');
    expect(sheet.getCell('D2').value).toEqual(new Date('2026-04-02T10:30:00.000Z'));
    expect(sheet.getCell('B3').value).toBeNull();
    expect(sheet.getCell('A4').value).toBe('Totaal');
    expect(sheet.getCell('B4').value).toMatchObject({ formula: 'SUM(B2:B3)', result: 48 });
    expect(sheet.rowCount).toBe(4);
    // Cancelled just after it finished: the user asked for no file, so the finished one goes too.
    expect(await backend.ok('exports:cancel', { id: begun.id })).toMatchObject({ state: 'geannuleerd' });
    expect(backend.exportFile(begun.id)).toBeUndefined();
  });

  it('a cancelled export leaves no file behind, for the grid view and for the Overzicht workbook halfway', async () => {
    ({ backend } = await startInitializedBackend());
    const grid = await backend.ok('exports:gridBegin', {
      sheet: 'Complexen',
      total: 5_000,
      columns: [{ header: 'Code', kind: 'text', width: 10 }],
    });
    await backend.ok('exports:gridRows', { id: grid.id, rows: [['C1']] });
    expect(await backend.ok('exports:cancel', { id: grid.id })).toMatchObject({ state: 'geannuleerd' });
    expect(await backend.invoke('exports:gridRows', { id: grid.id, rows: [['C2']] })).toMatchObject({
      ok: false,
      error: { messageKey: 'err.export.notRunning' },
    });

    const me = (await backend.ok('session:get')).currentStaff!;
    seedCorporation(
      backend.db,
      generateCorporation({ seed: 7, complexes: 40, initiatives: 6_000, wijkbeheerders: 3 }),
      { actorId: me.id, now: new Date('2026-03-01T09:00:00Z') },
    );
    const overview = await backend.ok('exports:overview');
    expect(overview.total).toBeGreaterThanOrEqual(6_000);
    await backend.ok('exports:cancel', { id: overview.id });
    const ended = await exportFinished(backend, overview.id);
    expect(ended.state).toBe('geannuleerd');
    expect(ended.rows).toBeLessThan(6_000);
    expect(readdirSync(join(backend.dataDir, 'exports'))).toEqual([]);
    // Finished exports are downloads, not an archive: a day later the next export sweeps them away.
    const stale = join(backend.dataDir, 'exports', '01890000-0000-7000-8000-0000000000aa.xlsx');
    writeFileSync(stale, 'oud');
    utimesSync(stale, new Date(Date.now() - 2 * 86_400_000), new Date(Date.now() - 2 * 86_400_000));
    await backend.ok('exports:gridBegin', {
      sheet: 'Leeg',
      total: 0,
      columns: [{ header: 'Code', kind: 'text', width: 10 }],
    });
    expect(existsSync(stale)).toBe(false);
    expect(await backend.invoke('exports:status', { id: '01890000-0000-7000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', messageKey: 'err.export.unknown' },
    });
  });
});

describe('dashboard filters and the report', () => {
  it('narrows every figure by complex, status, type and approach; the report adds up to the dashboard', async () => {
    ({ backend } = await startInitializedBackend());
    const year = new Date().getFullYear();
    const north = await backend.ok('complexes:create', sampleComplex({ code: 'C3001', wijk: 'Noord' }));
    const south = await backend.ok('complexes:create', sampleComplex({ code: 'C3002', name: 'Zuidhof', wijk: 'Zuid' }));
    const create = (complexId: string, title: string, practiceType: 'zelf_beter' | 'gemeenschap') =>
      backend.ok('initiatives:create', { complexId, title, origin: 'bewoners', practiceType });
    await create(north.id, 'Tuin', 'zelf_beter');
    await create(north.id, 'Buurtfeest', 'gemeenschap');
    const { initiative } = await create(south.id, 'Moestuin', 'zelf_beter');
    await backend.ok('initiatives:transition', {
      id: initiative.id,
      version: initiative.version,
      to: 'geannuleerd',
      note: 'Geen trekker',
    });

    expect((await backend.ok('dashboard:figures', { year })).initiatives.total).toBe(3);
    expect((await backend.ok('dashboard:figures', { year, complexId: north.id })).initiatives.total).toBe(2);
    expect((await backend.ok('dashboard:figures', { year, practiceType: 'zelf_beter' })).initiatives.total).toBe(2);
    expect((await backend.ok('dashboard:figures', { year, status: 'geannuleerd' })).byStatus).toEqual({
      geannuleerd: 1,
    });
    expect(
      (await backend.ok('dashboard:figures', { year, complexId: north.id, practiceType: 'gemeenschap' })).initiatives
        .total,
    ).toBe(1);
    const perWijk = (await backend.ok('dashboard:figures', { year })).approachPerWijk;
    expect(perWijk.map((r) => r.wijk).sort()).toEqual(['Noord', 'Zuid']);

    const report = await backend.ok('report:data', { year, practiceType: 'zelf_beter' });
    expect(report.complexes.map((c) => [c.code, c.initiatives])).toEqual([
      ['C3001', 1],
      ['C3002', 1],
    ]);
    expect(report.complexes.reduce((n, c) => n + c.initiatives, 0)).toBe(report.figures.initiatives.total);
    expect((await backend.ok('report:data', { year, complexId: south.id })).complexLabel).toBe('C3002 · Zuidhof');

    expect(await backend.invoke('dashboard:figures', { year, status: 'vergeten' } as never)).toMatchObject({
      ok: false,
      error: { issues: [{ messageKey: 'err.status.invalid' }] },
    });
    expect(await backend.invoke('report:data', { year: 1800 })).toMatchObject({
      ok: false,
      error: { issues: [{ messageKey: 'err.dashboard.year' }] },
    });
    // Saving the printed page as PDF needs Electron's page; the backend (browser mode) says so.
    expect(await backend.invoke('report:savePdf', { fileName: 'Rapportage leefbaarheid 2026.pdf' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', messageKey: 'err.report.desktopOnly' },
    });
    expect(await backend.invoke('report:savePdf', { fileName: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { issues: [{ messageKey: 'err.report.fileName' }] },
    });
  });
});

describe('the records behind a dashboard figure', () => {
  it('are exactly as many as the figure counts, for every figure, status and bar, under filters', async () => {
    ({ backend } = await startInitializedBackend({ demo: true }));
    const year = new Date().getFullYear() - 1;
    for (const filters of [
      { year },
      { year, practiceType: 'zelf_beter' as const },
      { year: year + 1, wijk: 'Centrum' },
    ]) {
      const f = await backend.ok('dashboard:figures', filters);
      const count = async (query: Omit<Parameters<typeof backend.ok<'dashboard:records'>>[1] & object, 'filters'>) =>
        (await backend.ok('dashboard:records', { filters: { ...f.filters }, ...query })).length;
      expect(await count({ figure: 'all' })).toBe(f.initiatives.total);
      expect(await count({ figure: 'created' })).toBe(f.initiatives.created);
      expect(await count({ figure: 'active' })).toBe(f.initiatives.active);
      expect(await count({ figure: 'closed' })).toBe(f.initiatives.closed);
      expect(await count({ figure: 'followed' })).toBe(f.adviceFollowed.followed);
      for (const [status, n] of Object.entries(f.byStatus))
        expect(await count({ figure: 'status', status: status as 'gesloten' })).toBe(n);
      for (const bar of f.approachPerWijk)
        expect(await count({ figure: 'wijkApproach', wijk: bar.wijk, approach: 'coproduceren' })).toBe(
          bar.coproduceren,
        );
      expect(f.initiatives.total).toBeGreaterThan(0);
    }
    expect(await backend.invoke('dashboard:records', { filters: { year }, figure: 'alles' } as never)).toMatchObject({
      ok: false,
      error: { issues: [{ messageKey: 'err.dashboard.figure' }] },
    });
  });
});

describe("the demo corporation's money", () => {
  it('shows grants, spending over several months, own hours and in-kind support this year', async () => {
    ({ backend } = await startInitializedBackend({ demo: true, clock: testClock('2026-12-07T09:00:00.000Z') }));
    const f = await backend.ok('dashboard:figures', { year: 2026 });
    expect(f.money.allocatedCents).toBeGreaterThan(0);
    expect(f.money.spentCents).toBeGreaterThan(0);
    expect(f.money.spentCents).toBeLessThanOrEqual(f.money.allocatedCents);
    expect(f.spendingPerMonth.length).toBeGreaterThanOrEqual(6);
    expect(f.effortHours).toBeGreaterThan(0);
    const withInKind = [];
    const waiting = [];
    for (const row of await backend.ok('initiatives:list', {})) {
      const money = await backend.ok('money:ofInitiative', { initiativeId: row.id });
      if (money.inKind.length) withInKind.push(money.inKind[0]!.item);
      waiting.push(...money.grants.filter((g) => g.status === 'aangevraagd'));
    }
    expect(withInKind).toContain('Tuinslang van 80 meter');
    // Applications still waiting came in recently: none is past its four weeks for a decision.
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.filter((g) => g.decisionDeadline < '2026-12-07')).toEqual([]);
  });

  it('in the first days of January still starts, with nothing dated before the year or after today', async () => {
    ({ backend } = await startInitializedBackend({ demo: true, clock: testClock('2027-01-03T09:00:00.000Z') }));
    const f = await backend.ok('dashboard:figures', { year: 2027 });
    expect(f.money.allocatedCents).toBeGreaterThan(0);
    expect(f.spendingPerMonth.every((m) => m.month === '2027-01')).toBe(true);
  });
});
