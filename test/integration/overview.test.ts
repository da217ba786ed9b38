import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { toDutchCsv } from '../../shared/domain/csv';
import { sampleComplex, startInitializedBackend, type TestBackend } from '../fixtures/backend';

let backend: TestBackend;
afterEach(() => backend?.dispose());

const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
const HEADER = ['Complexcode', 'Naam', 'Aantal woningen', 'Bouwtype', 'Plaats'];

describe('the Overzicht workbook', () => {
  it('has typed, frozen, filterable sheets with totals, and neutralises formula injection', async () => {
    ({ backend } = await startInitializedBackend());
    const complex = await backend.ok('complexes:create', sampleComplex({ homes: 40 }));
    await backend.ok('initiatives:create', { complexId: complex.id, title: '=HYPERLINK("http://evil.example","klik")', origin: 'bewoners', practiceType: 'zelf_beter', startDate: '2026-04-01' });
    await backend.ok('budgets:create', { scope: 'complex', complexId: complex.id, year: 2026, name: 'Leefbaarheid', kind: 'per_woning', perHomeCents: 2_500 });
    const { id, rows } = await backend.ok('exports:overview');
    expect(rows).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(backend.exportFile(id)!);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Samenvatting', 'Initiatieven', 'Budgetten', 'Overeenkomsten', 'Verzekeringen']);
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

describe('importing complexes', () => {
  it('reports each bad row, imports only the valid ones in one go, and re-importing updates without duplicates', async () => {
    ({ backend } = await startInitializedBackend());
    const file = b64(toDutchCsv(HEADER, [
      ['C8001', 'Lindehof', '24', 'Portiekflat', 'Zaanwijk'],
      ['C8002', 'Eikenhof', 'twintig', 'portiekflat', 'Zaanwijk'],
      ['C8001', 'Dubbel', '10', 'galerijflat', 'Zaanwijk'],
      ['C8004', '', '12', 'kasteel', 'Zaanwijk'],
      ['C8005', 'Beukenhof', '12,0', 'Galerijflat', 'Oosterhaven'],
    ]));
    const preview = await backend.ok('imports:previewComplexes', { dataBase64: file });
    expect(preview).toMatchObject({ valid: 2, invalid: 3 });
    expect(preview.results.map((r) => [r.row, r.action, r.errors.map((e) => e.messageKey)])).toEqual([
      [2, 'nieuw', []],
      [3, 'fout', ['err.complex.homes.number']],
      [4, 'fout', ['err.import.duplicateCode']],
      [5, 'fout', ['err.complex.name.required', 'err.complex.buildingType.invalid']],
      [6, 'nieuw', []],
    ]);
    expect(await backend.ok('complexes:list', {})).toHaveLength(0);
    expect(await backend.invoke('imports:complexes', { dataBase64: file, onlyValid: false })).toMatchObject({ ok: false, error: { messageKey: 'err.import.hasErrors' } });
    expect(await backend.ok('complexes:list', {})).toHaveLength(0);
    expect(await backend.ok('imports:complexes', { dataBase64: file, onlyValid: true })).toMatchObject({ created: 2, updated: 0 });
    expect(await backend.ok('imports:complexes', { dataBase64: file, onlyValid: true })).toMatchObject({ created: 0, updated: 2 });
    expect((await backend.ok('complexes:list', {})).map((c) => [c.code, c.homes])).toEqual([['C8001', 24], ['C8005', 12]]);
  });

  it('reads XLSX, refuses a file that is not a spreadsheet by its bytes, and names a missing required column', async () => {
    ({ backend } = await startInitializedBackend());
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Complexen');
    sheet.addRow(HEADER);
    sheet.addRow(['C7001', 'Wilgenhof', 30, 'Woongroep', 'Rivierstad']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await backend.ok('imports:complexes', { dataBase64: xlsx.toString('base64'), onlyValid: false })).toMatchObject({ created: 1 });
    expect(await backend.invoke('imports:previewComplexes', { dataBase64: b64(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])) })).toMatchObject({ ok: false, error: { issues: [{ messageKey: 'err.import.notSpreadsheet' }] } });
    expect(await backend.invoke('imports:previewComplexes', { dataBase64: b64(toDutchCsv(['Complexcode', 'Naam'], [['C1', 'X']])) })).toMatchObject({ ok: false, error: { messageKey: 'err.import.missingColumn', params: { column: 'Aantal woningen' } } });
  });
});

describe('dashboard filters and the report', () => {
  it('narrows every figure by complex, status, practice type and approach, and the report adds up to the dashboard', async () => {
    ({ backend } = await startInitializedBackend());
    const year = new Date().getFullYear();
    const north = await backend.ok('complexes:create', sampleComplex({ code: 'C3001', wijk: 'Noord' }));
    const south = await backend.ok('complexes:create', sampleComplex({ code: 'C3002', name: 'Zuidhof', wijk: 'Zuid' }));
    const create = (complexId: string, title: string, practiceType: 'zelf_beter' | 'gemeenschap') =>
      backend.ok('initiatives:create', { complexId, title, origin: 'bewoners', practiceType });
    await create(north.id, 'Tuin', 'zelf_beter');
    await create(north.id, 'Buurtfeest', 'gemeenschap');
    const { initiative } = await create(south.id, 'Moestuin', 'zelf_beter');
    await backend.ok('initiatives:transition', { id: initiative.id, version: initiative.version, to: 'geannuleerd', note: 'Geen trekker' });

    expect((await backend.ok('dashboard:figures', { year })).initiatives.total).toBe(3);
    expect((await backend.ok('dashboard:figures', { year, complexId: north.id })).initiatives.total).toBe(2);
    expect((await backend.ok('dashboard:figures', { year, practiceType: 'zelf_beter' })).initiatives.total).toBe(2);
    expect((await backend.ok('dashboard:figures', { year, status: 'geannuleerd' })).byStatus).toEqual({ geannuleerd: 1 });
    expect((await backend.ok('dashboard:figures', { year, complexId: north.id, practiceType: 'gemeenschap' })).initiatives.total).toBe(1);
    const perWijk = (await backend.ok('dashboard:figures', { year })).approachPerWijk;
    expect(perWijk.map((r) => r.wijk).sort()).toEqual(['Noord', 'Zuid']);

    const report = await backend.ok('report:data', { year, practiceType: 'zelf_beter' });
    expect(report.complexes.map((c) => [c.code, c.initiatives])).toEqual([['C3001', 1], ['C3002', 1]]);
    expect(report.complexes.reduce((n, c) => n + c.initiatives, 0)).toBe(report.figures.initiatives.total);
    expect((await backend.ok('report:data', { year, complexId: south.id })).complexLabel).toBe('C3002 · Zuidhof');

    expect(await backend.invoke('dashboard:figures', { year, status: 'vergeten' } as never)).toMatchObject({ ok: false, error: { issues: [{ messageKey: 'err.status.invalid' }] } });
    expect(await backend.invoke('report:data', { year: 1800 })).toMatchObject({ ok: false, error: { issues: [{ messageKey: 'err.dashboard.year' }] } });
  });
});
