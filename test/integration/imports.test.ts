import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toDutchCsv } from '../../shared/domain/csv';
import { sampleComplex, startInitializedBackend, type TestBackend } from '../fixtures/backend';

let backend: TestBackend;
afterEach(() => backend?.dispose());

const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
const HEADER = ['Complexcode', 'Naam', 'Aantal woningen', 'Bouwtype', 'Plaats'];

describe('importing complexes', () => {
  it('reads an XLSX in a worker thread: other requests are answered while a large file is read', async () => {
    ({ backend } = await startInitializedBackend());
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Complexen');
    sheet.addRow(HEADER);
    for (let i = 0; i < 6_000; i++) sheet.addRow([`C${10_000 + i}`, `Complex ${i}`, '24', 'Portiekflat', 'Zaanwijk']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const order: string[] = [];
    const preview = backend.ok('imports:preview', { kind: 'complexes', dataBase64: file }).then((p) => {
      order.push('preview');
      return p;
    });
    // While the workbook is being read, a trivial request still gets its answer first.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await backend.ok('app:info', {}).then(() => order.push('ping'));
    const { valid, results } = await preview;
    expect(valid).toBe(6_000);
    expect(order).toEqual(['ping', 'preview']);
    // The worker hands the rows over in pieces; they arrive whole and in the file's order.
    expect(results.map((r) => r.row)).toEqual(Array.from({ length: 6_000 }, (_, i) => i + 2));
    expect([results[1_999]!.code, results[2_000]!.code, results[5_999]!.code]).toEqual(['C11999', 'C12000', 'C15999']);
  });

  it('backs up how things were before an import, beside it: the copy holds none of the imported rows', async () => {
    ({ backend } = await startInitializedBackend());
    await backend.ok('complexes:create', sampleComplex({ code: 'C0001', name: 'Er al' }));
    const file = b64(
      toDutchCsv(
        HEADER,
        Array.from({ length: 2_000 }, (_, i) => [`C${10_000 + i}`, `Complex ${i}`, '24', 'Portiekflat', 'Zaanwijk']),
      ),
    );
    expect(await backend.ok('imports:run', { kind: 'complexes', dataBase64: file, onlyValid: true })).toMatchObject({
      created: 2_000,
    });
    const { backups } = await backend.ok('backups:list', {});
    expect(backups.filter((b) => b.reason === 'voor-import').map((b) => b.complexes)).toEqual([1]);
    expect(await backend.ok('complexes:list', {})).toHaveLength(2_001);
  });

  it('the preview starts the copy the import takes; after a change meanwhile the import makes a new one', async () => {
    ({ backend } = await startInitializedBackend());
    await backend.ok('complexes:create', sampleComplex({ code: 'C0001', name: 'Er al' }));
    const rows = (from: number) =>
      b64(toDutchCsv(HEADER, [[`C${from}`, `Complex ${from}`, '24', 'Portiekflat', 'Zaanwijk']]));
    const forImport = async () =>
      (await backend.ok('backups:list', {})).backups.filter((b) => b.reason === 'voor-import');
    await backend.ok('imports:preview', { kind: 'complexes', dataBase64: rows(10_000) });
    await vi.waitFor(async () => expect(await forImport()).toHaveLength(1), { timeout: 10_000 });
    await backend.ok('imports:preview', { kind: 'complexes', dataBase64: rows(10_000) });
    await backend.ok('imports:run', { kind: 'complexes', dataBase64: rows(10_000), onlyValid: true });
    // One copy, made at the first preview, served the second preview and the import.
    expect((await forImport()).map((b) => b.complexes)).toEqual([1]);

    // A preview, then a change, then the import: the preview's copy is not how things were just before; it goes.
    await backend.ok('imports:preview', { kind: 'complexes', dataBase64: rows(10_001) });
    await backend.ok('complexes:create', sampleComplex({ code: 'C0002', name: 'Tussendoor' }));
    await backend.ok('imports:run', { kind: 'complexes', dataBase64: rows(10_001), onlyValid: true });
    await vi.waitFor(async () => expect((await forImport()).map((b) => b.complexes).sort()).toEqual([1, 3]), {
      timeout: 10_000,
    });
  });

  it('answers while a large import writes; a write meanwhile waits and is kept when the import fails', async () => {
    ({ backend } = await startInitializedBackend());
    const file = b64(
      toDutchCsv(
        HEADER,
        Array.from({ length: 3_000 }, (_, i) => [`C${10_000 + i}`, `Complex ${i}`, '24', 'Portiekflat', 'Zaanwijk']),
      ),
    );
    const { db } = backend;
    // A fault halfway through the writing: the 2,500th complex is refused by the database.
    db.exec(
      "CREATE TEMP TRIGGER fail_halfway BEFORE INSERT ON main.complexes WHEN NEW.code = 'C12500' BEGIN SELECT " +
        "RAISE(ABORT, 'halfway'); END",
    );
    for (const fails of [true, false]) {
      if (!fails) db.exec('DROP TRIGGER temp.fail_halfway');
      const order: string[] = [];
      const running = backend
        .invoke('imports:run', { kind: 'complexes', dataBase64: file, onlyValid: true })
        .then((r) => (order.push('import'), r));
      while (!db.inTransaction) await new Promise((resolve) => setImmediate(resolve));
      const reading = backend.ok('app:info', {}).then(() => order.push('read'));
      const writing = backend
        .ok('complexes:create', sampleComplex({ code: `NA-${fails}`, name: 'Tijdens de import' }))
        .then(() => order.push('write'));
      const [result] = await Promise.all([running, reading, writing]);
      expect(order).toEqual(['read', 'import', 'write']);
      expect(result.ok).toBe(!fails);
      const codes = (await backend.ok('complexes:list', {})).map((c) => c.code);
      expect(codes).toContain(`NA-${fails}`);
      expect(codes.filter((code) => code.startsWith('C1'))).toHaveLength(fails ? 0 : 3_000);
    }
  });

  it('reports each bad row, imports only the valid ones at once, re-importing updates without doubles', async () => {
    ({ backend } = await startInitializedBackend());
    const file = b64(
      toDutchCsv(HEADER, [
        ['C8001', 'Lindehof', '24', 'Portiekflat', 'Zaanwijk'],
        ['C8002', 'Eikenhof', 'twintig', 'portiekflat', 'Zaanwijk'],
        ['C8001', 'Dubbel', '10', 'galerijflat', 'Zaanwijk'],
        ['C8004', '', '12', 'kasteel', 'Zaanwijk'],
        ['C8005', 'Beukenhof', '12,0', 'Galerijflat', 'Oosterhaven'],
      ]),
    );
    const preview = await backend.ok('imports:preview', { kind: 'complexes', dataBase64: file });
    expect(preview).toMatchObject({ valid: 2, invalid: 3 });
    expect(preview.results.map((r) => [r.row, r.action, r.errors.map((e) => e.messageKey)])).toEqual([
      [2, 'nieuw', []],
      [3, 'fout', ['err.complex.homes.number']],
      [4, 'fout', ['err.import.duplicateCode']],
      [5, 'fout', ['err.complex.name.required', 'err.complex.buildingType.invalid']],
      [6, 'nieuw', []],
    ]);
    expect(await backend.ok('complexes:list', {})).toHaveLength(0);
    expect(
      await backend.invoke('imports:run', { kind: 'complexes', dataBase64: file, onlyValid: false }),
    ).toMatchObject({ ok: false, error: { messageKey: 'err.import.hasErrors' } });
    expect(await backend.ok('complexes:list', {})).toHaveLength(0);
    expect(await backend.ok('imports:run', { kind: 'complexes', dataBase64: file, onlyValid: true })).toMatchObject({
      created: 2,
      updated: 0,
    });
    expect(await backend.ok('imports:run', { kind: 'complexes', dataBase64: file, onlyValid: true })).toMatchObject({
      created: 0,
      updated: 2,
    });
    expect((await backend.ok('complexes:list', {})).map((c) => [c.code, c.homes])).toEqual([
      ['C8001', 24],
      ['C8005', 12],
    ]);
  });

  it('reads XLSX, refuses a non-spreadsheet by its bytes, and names a missing required column', async () => {
    ({ backend } = await startInitializedBackend());
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Complexen');
    sheet.addRow(HEADER);
    sheet.addRow(['C7001', 'Wilgenhof', 30, 'Woongroep', 'Rivierstad']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(
      await backend.ok('imports:run', { kind: 'complexes', dataBase64: xlsx.toString('base64'), onlyValid: false }),
    ).toMatchObject({ created: 1 });
    expect(
      await backend.invoke('imports:preview', {
        kind: 'complexes',
        dataBase64: b64(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ messageKey: 'err.import.notSpreadsheet' }] } });
    expect(
      await backend.invoke('imports:preview', {
        kind: 'complexes',
        dataBase64: b64(toDutchCsv(['Complexcode', 'Naam'], [['C1', 'X']])),
      }),
    ).toMatchObject({
      ok: false,
      error: { messageKey: 'err.import.missingColumn', params: { column: 'Aantal woningen' } },
    });
    const overLimit = Buffer.alloc(50 * 1024 * 1024 + 1, 'a').toString('base64');
    expect(await backend.invoke('imports:preview', { kind: 'complexes', dataBase64: overLimit })).toMatchObject({
      ok: false,
      error: { issues: [{ messageKey: 'err.import.tooLarge' }] },
    });
  });
});

describe('importing residents', () => {
  it('writes the rows grouped per complex, and reports them in the order of the file', async () => {
    ({ backend } = await startInitializedBackend());
    for (const code of ['C8001', 'C8002']) await backend.ok('complexes:create', sampleComplex({ code }));
    const names = ['Zus Zee', 'Ab Aap', 'Yvo Yp', 'Bo Bes', 'Xan Xu', 'Cas Cor'];
    const file = b64(
      toDutchCsv(
        ['Complexcode', 'Naam'],
        names.map((name, i) => [`C800${1 + (i % 2)}`, name]),
      ),
    );
    const run = await backend.ok('imports:run', { kind: 'residents', dataBase64: file, onlyValid: true });
    expect(run.results.map((r) => r.code.split(' (')[0])).toEqual(names);
    const written = backend.db
      .prepare('SELECT c.code, r.name FROM residents r JOIN complexes c ON c.id = r.complex_id ORDER BY r.rowid')
      .all() as { code: string; name: string }[];
    expect(written.map((r) => r.code)).toEqual(['C8001', 'C8001', 'C8001', 'C8002', 'C8002', 'C8002']);
    expect(written.map((r) => r.name)).toEqual(['Xan Xu', 'Yvo Yp', 'Zus Zee', 'Ab Aap', 'Bo Bes', 'Cas Cor']);
  });

  it('needs a known complex and consent for contact details, reports bad rows, re-imports once', async () => {
    ({ backend } = await startInitializedBackend());
    await backend.ok('complexes:create', sampleComplex({ code: 'C8001' }));
    const file = b64(
      toDutchCsv(
        [
          'Complexcode',
          'Naam',
          'Huisnummer',
          'Telefoon',
          'E-mail',
          'Doel van de toestemming',
          'Datum toestemming',
          'Rollen in het complex',
          'Leeftijdsgroep',
        ],
        [
          [
            'C8001',
            'Jan Jansen',
            '12',
            '06 12345678',
            'jan@example.nl',
            'Contact over het tuinproject',
            '1-2-2026',
            'Vrijwilliger, huismeester',
            '21 of ouder',
          ],
          ['C8001', 'Piet Pot', '3', '0612', '', '', '', '', ''],
          ['C9999', 'Kees Kok', '1', '', '', '', '', '', ''],
          ['C8001', 'Els Eik', '5', '', 'els@example.nl', '', '', '', ''],
          ['C8001', 'jan jansen', '12', '', '', '', '', '', ''],
          ['C8001', 'Mien Mol', '7', '', '', '', '', 'Kok', ''],
          ['C8001', 'Ans Aal', '', '', '', '', '', '', ''],
          ['C8001', 'Bep Bos', '9', '', 'bep@example.nl', 'Nieuwsbrief', '31-02-2026', '', ''],
          ['C8001', 'Cor Cok', '10', '', 'cor@example.nl', 'Nieuwsbrief', '02-03-2026', '', ''],
        ],
      ),
    );
    const preview = await backend.ok('imports:preview', { kind: 'residents', dataBase64: file });
    expect(
      preview.results.map((r) => [r.row, r.code, r.action, r.errors.map((e) => `${e.column}:${e.messageKey}`)]),
    ).toEqual([
      [2, 'Jan Jansen 12 (C8001)', 'nieuw', []],
      [3, 'Piet Pot 3 (C8001)', 'fout', ['phone:err.resident.phone']],
      [4, 'Kees Kok 1 (C9999)', 'fout', ['complexCode:err.import.unknownComplex']],
      [5, 'Els Eik 5 (C8001)', 'fout', ['consentPurpose:err.resident.consentRequired']],
      [6, 'jan jansen 12 (C8001)', 'fout', ['name:err.import.duplicateResident']],
      [7, 'Mien Mol 7 (C8001)', 'fout', ['roles:err.resident.role']],
      [8, 'Ans Aal (C8001)', 'nieuw', []],
      [9, 'Bep Bos 9 (C8001)', 'fout', ['consentDate:err.import.dateNotExist']],
      [10, 'Cor Cok 10 (C8001)', 'fout', ['consentDate:err.import.dateFuture']],
    ]);
    expect(
      await backend.invoke('imports:run', { kind: 'residents', dataBase64: file, onlyValid: false }),
    ).toMatchObject({ ok: false, error: { messageKey: 'err.import.hasErrors' } });
    expect(await backend.ok('residents:list', {})).toHaveLength(0);
    expect(await backend.ok('imports:run', { kind: 'residents', dataBase64: file, onlyValid: true })).toMatchObject({
      created: 2,
      updated: 0,
      invalid: 7,
    });
    expect(await backend.ok('imports:run', { kind: 'residents', dataBase64: file, onlyValid: true })).toMatchObject({
      created: 0,
      updated: 2,
    });
    const residents = await backend.ok('residents:list', {});
    expect(residents.map((r) => [r.name, r.roles, r.hasConsent]).sort()).toEqual([
      ['Ans Aal', [], false],
      ['Jan Jansen', ['vrijwilliger', 'huismeester'], true],
    ]);
    const jan = await backend.ok('residents:get', { id: residents.find((r) => r.name === 'Jan Jansen')!.id });
    expect(jan).toMatchObject({
      phone: '06 12345678',
      email: 'jan@example.nl',
      consent: { purpose: 'Contact over het tuinproject', at: '2026-02-01T00:00:00.000Z', byName: 'Wendy Wijkbeheer' },
      ageBand: '21_plus',
    });
    // AVG: the audit of an import names the fields, never their values.
    const audit = await backend.ok('audit:list', { entityId: jan.id });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['create', 'update']));
    expect(JSON.stringify(audit)).not.toContain('12345678');
    expect(
      await backend.invoke('imports:preview', { kind: 'residents', dataBase64: file, mapping: { homes: 'Naam' } }),
    ).toMatchObject({ ok: false, error: { issues: [{ messageKey: 'err.import.unknownField' }] } });
  });
});
