import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedCorporation } from '../../electron/backend/seed';
import { generateCorporation } from '../../shared/demo/generator';
import ExcelJS from 'exceljs';
import { parseCsv, toDutchCsv } from '../../shared/domain/csv';
import { expect, expectAccessible, openRoute, test } from './fixtures';

test('filter the grid, export CSV and find exactly the filtered rows; the Excel overview downloads', async ({
  page,
  app,
}) => {
  const complex = await app.ok('complexes:create', {
    code: 'C4001',
    name: 'Lindehof',
    homes: 40,
    buildingType: 'portiekflat',
  });
  for (const title of ['Tuin achter', 'Tuin voor', 'Trappenhuis', '=HYPERLINK("http://evil.example","klik")']) {
    await app.ok('initiatives:create', {
      complexId: complex.id,
      title,
      origin: 'bewoners',
      practiceType: 'zelf_beter',
    });
  }
  await openRoute(page, app, '/initiatieven');
  await expect(page.getByText('4 rijen')).toBeVisible();
  await page.getByPlaceholder('Snel zoeken').fill('tuin');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV exporteren' }).click();
  expect((await download).suggestedFilename()).toMatch(/^Initiatieven \d{4}-\d{2}-\d{2}\.csv$/);
  const csvPath = await (await download).path();
  const rows = parseCsv(readFileSync(csvPath!, 'utf8'));
  expect(rows[0]).toContain('Titel');
  // Dates as Excel reads them, not "1 dec 2026, 19:30".
  expect(rows[1]![rows[0]!.indexOf('Laatste wijziging')]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  expect(
    rows
      .slice(1)
      .map((r) => r[0])
      .sort(),
  ).toEqual(['Tuin achter', 'Tuin voor']);

  await page.getByPlaceholder('Snel zoeken').fill('HYPERLINK');
  const second = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV exporteren' }).click();
  const injected = parseCsv(readFileSync((await (await second).path())!, 'utf8'));
  expect(injected[1]![0]).toBe('\'=HYPERLINK("http://evil.example","klik")');

  // The same filtered view as one Excel sheet, typed: dates are dates.
  await page.getByPlaceholder('Snel zoeken').fill('tuin');
  const gridXlsx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel exporteren' }).click();
  const view = new ExcelJS.Workbook();
  await view.xlsx.readFile((await (await gridXlsx).path())!);
  const sheet = view.getWorksheet('Initiatieven')!;
  expect(sheet.getRow(1).values).toContain('Titel');
  const titles = sheet.getColumn(1).values.slice(2);
  expect(titles.sort()).toEqual(['Tuin achter', 'Tuin voor']);
  const changedColumn = (sheet.getRow(1).values as unknown[]).indexOf('Laatste wijziging');
  expect(sheet.getRow(2).getCell(changedColumn).value).toBeInstanceOf(Date);

  // A grid with a number column gets a total row under it.
  await openRoute(page, app, '/complexen');
  const complexesXlsx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel exporteren' }).click();
  const complexes = new ExcelJS.Workbook();
  await complexes.xlsx.readFile((await (await complexesXlsx).path())!);
  const complexSheet = complexes.worksheets[0]!;
  const homesColumn = (complexSheet.getRow(1).values as unknown[]).indexOf('Aantal woningen');
  expect(complexSheet.getRow(3).getCell(1).value).toBe('Totaal');
  expect(complexSheet.getRow(3).getCell(homesColumn).value).toMatchObject({
    formula: expect.stringMatching(/^SUM\(/),
    result: 40,
  });

  await openRoute(page, app, '/initiatieven');
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Overzicht exporteren (Excel)' }).click();
  expect((await xlsxDownload).suggestedFilename()).toMatch(/^Samenspel-overzicht \d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await (await xlsxDownload).path())!);
  // No sheet's total refers to itself (SUM(D2:D1) on an empty sheet).
  for (const ws of workbook.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const formula = (cell.value as { formula?: string } | null)?.formula;
        const range = formula ? /SUM\([A-Z]+(\d+):[A-Z]+(\d+)\)/.exec(formula) : null;
        if (range) expect(Number(range[2])).toBeGreaterThanOrEqual(Number(range[1]));
      }),
    );
  expect(workbook.getWorksheet('Initiatieven')!.rowCount).toBe(5);
});

test('import a template with three bad rows, see them reported, import the rest, re-import without doubles', async ({
  page,
  app,
}) => {
  const csv = toDutchCsv(
    ['Complexcode', 'Naam', 'Aantal woningen', 'Bouwtype', 'Plaats'],
    [
      ['C9101', 'Lindehof', '24', 'Portiekflat', 'Zaanwijk'],
      ['C9102', 'Eikenhof', 'twintig', 'Portiekflat', 'Zaanwijk'],
      ['C9101', 'Dubbel', '10', 'Galerijflat', 'Zaanwijk'],
      ['C9104', 'Kasteel', '12', 'kasteel', 'Zaanwijk'],
      ['C9105', 'Beukenhof', '12', 'Galerijflat', 'Oosterhaven'],
    ],
  );
  await openRoute(page, app, '/import');
  await expectAccessible(page, 'import page');
  await page
    .getByLabel('Bestand (XLSX of CSV, hoogstens 50 MB)')
    .setInputFiles({ name: 'complexen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByRole('heading', { name: 'Controle: 2 goed, 3 met fouten' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^3 C9102/ })).toContainText('Vul het aantal woningen in als een getal.');
  await expect(page.getByRole('row', { name: /^4 C9101/ })).toContainText(
    'Deze complexcode staat al op rij 2 van het bestand.',
  );
  await expect(page.getByRole('row', { name: /^5 C9104/ })).toContainText('Kies een bouwtype.');
  await expect(page.getByRole('button', { name: 'Alles importeren' })).toBeDisabled();
  await expectAccessible(page, 'import report');
  await page.getByRole('button', { name: 'Alleen de 2 goede rijen importeren' }).click();
  await expect(page.getByText('Klaar: 2 nieuw, 0 bijgewerkt, 3 overgeslagen.')).toBeVisible();

  await page
    .getByLabel('Bestand (XLSX of CSV, hoogstens 50 MB)')
    .setInputFiles({ name: 'complexen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Alleen de 2 goede rijen importeren' }).click();
  await expect(page.getByText('Klaar: 0 nieuw, 2 bijgewerkt, 3 overgeslagen.')).toBeVisible();
  expect((await app.ok('complexes:list', {})).map((c) => c.code)).toEqual(['C9101', 'C9105']);

  await page.getByLabel('Bestand (XLSX of CSV, hoogstens 50 MB)').setInputFiles({
    name: 'foto.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]),
  });
  await expect(page.getByText('Dit is geen Excel- (XLSX) of CSV-bestand (gecontroleerd op de inhoud).')).toBeVisible();

  // Residents of the complexes just imported: the template's own headings map by themselves.
  await page.getByRole('radio', { name: 'Bewoners' }).check();
  const templateDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Sjabloon downloaden' }).click();
  const template = parseCsv(readFileSync((await (await templateDownload).path())!, 'utf8').replace(/^\uFEFF/, ''));
  const residents = toDutchCsv(template[0]!, [
    [
      'C9101',
      'Jan Jansen',
      '12',
      '06 12345678',
      'jan@example.nl',
      'Contact over het tuinproject',
      '01-03-2026',
      'Vrijwilliger',
      '21 of ouder',
    ],
    ['C9101', 'Els Eik', '5', '', 'els@example.nl', '', '', '', ''],
  ]);
  await page
    .getByLabel('Bestand (XLSX of CSV, hoogstens 50 MB)')
    .setInputFiles({ name: 'bewoners.csv', mimeType: 'text/csv', buffer: Buffer.from(residents) });
  await expect(page.getByRole('heading', { name: 'Controle: 1 goed, 1 met fouten' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^3 Els Eik 5 \(C9101\)/ })).toContainText('Doel van de toestemming:');
  await expectAccessible(page, 'resident import report');
  await page.screenshot({ path: '.test-output/screens/import-residents.png', fullPage: true });
  await page.getByRole('button', { name: 'Alleen de goede rij importeren' }).click();
  await expect(page.getByText('Klaar: 1 nieuw, 0 bijgewerkt, 1 overgeslagen.')).toBeVisible();
  expect((await app.ok('residents:list', {})).map((r) => r.name)).toEqual(['Jan Jansen']);
});

test('a large Overzicht export shows its progress and can be cancelled; nothing is left behind', async ({
  page,
  app,
}) => {
  const me = (await app.ok('session:get')).currentStaff!;
  seedCorporation(
    app.backend.db,
    generateCorporation({ seed: 11, complexes: 200, initiatives: 20_000, wijkbeheerders: 5 }),
    { actorId: me.id, now: new Date() },
  );
  // The progress answers are slowed down, so the cancel click never races a fast machine; the backend keeps writing
  // meanwhile, and a cancel that arrives after it finished removes the finished file just the same.
  await page.route('**/api/call', async (route) => {
    if ((route.request().postDataJSON() as { method?: string }).method === 'exports:status')
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.continue();
  });
  await openRoute(page, app, '/overzicht');
  await page.getByRole('button', { name: 'Overzicht exporteren (Excel)' }).click();
  await expect(page.getByRole('progressbar', { name: 'Voortgang van de export' })).toBeVisible();
  await expect(page.getByText(/Bezig: [\d.]+ van [\d.]+ regels/)).toBeVisible();
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByText('Export geannuleerd; er is geen bestand gemaakt.')).toBeVisible();
  expect(readdirSync(join(app.dataDir, 'exports'))).toEqual([]);
  await expectAccessible(page, 'dashboard after a cancelled export');
});
