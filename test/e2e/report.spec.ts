import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, expectAccessible, openRoute, test } from './fixtures';

test.use({ appOptions: { initialize: true, demo: true } });

test('dashboard filters narrow the figures; the report prints them to a PDF with header and page numbers', async ({
  page,
  app,
}, testInfo) => {
  const year = new Date().getFullYear() - 1;
  await openRoute(page, app, '/overzicht');
  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByLabel('Periode (jaar)').selectOption(String(year));
  await filters.getByLabel('Status').selectOption({ label: 'Gesloten' });
  await filters.getByLabel('Praktijktype').selectOption('zelf_beter');
  const expected = await app.ok('dashboard:figures', { year, status: 'gesloten', practiceType: 'zelf_beter' });
  expect(expected.initiatives.total).toBeGreaterThan(0);
  await expect(
    page.getByRole('button', { name: new RegExp(`^${expected.initiatives.closed} Gesloten$`) }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /^0 Actief$/ })).toBeVisible();

  // The complex filter: type, pick, and the figures follow; the chosen complex can be cleared again.
  const complex = (await app.ok('complexes:list', {}))[0]!;
  await filters.getByLabel('Status').selectOption('');
  await filters.getByRole('combobox', { name: 'Complex' }).fill(complex.code);
  await page.getByRole('option', { name: new RegExp(complex.code) }).click();
  const forComplex = await app.ok('dashboard:figures', { year, complexId: complex.id, practiceType: 'zelf_beter' });
  await expect(
    page.getByRole('button', { name: new RegExp(`^${forComplex.initiatives.created} Nieuw dit jaar$`) }),
  ).toBeVisible();
  await expectAccessible(page, 'dashboard with filters');
  await page.getByRole('button', { name: `Complexfilter ${complex.name} wissen` }).click();
  await filters.getByLabel('Status').selectOption({ label: 'Gesloten' });

  await page.getByRole('link', { name: 'Rapportage (PDF)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Rapportage leefbaarheid ${year}` })).toBeVisible();
  await expect(page.getByText('Status: Gesloten')).toBeVisible();
  // No money was spent in the demo's last year: the spending chart says so instead of drawing empty axes.
  await expect(page.locator('.report .chart svg')).toHaveCount(2);
  await expect(page.getByText('Geen uitgaven in deze periode en selectie.')).toBeVisible();
  await expectAccessible(page, 'report');
  await page.screenshot({ path: '.test-output/screens/report.png', fullPage: true });

  const report = await app.ok('report:data', { year, status: 'gesloten', practiceType: 'zelf_beter' });
  const firstWijk = report.complexes[0]!;
  const pdfPath = testInfo.outputPath('rapportage.pdf');
  await page.pdf({ path: pdfPath, preferCSSPageSize: true });
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((p) => p.trim());
  expect(pages.length).toBeGreaterThan(1);
  pages.forEach((p, i) => {
    expect(p).toContain(`Rapportage leefbaarheid ${year}`);
    expect(p).toContain(`Pagina ${i + 1} van ${pages.length}`);
  });
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Status: Gesloten · Praktijktype: 2. Wij bewoners kunnen het zelf (beter)');
  expect(flat).toContain(`Wijk ${firstWijk.wijk}: per complex`);
  expect(flat).toContain(`${firstWijk.code} · `);
  expect(text).not.toContain('Nieuw bezoek');
  // The whole year, unfiltered: the tables run over several pages, and each total row is printed once, under its
  // table, not again at the foot of every page.
  await openRoute(page, app, `/rapportage?jaar=${year}`);
  await expect(page.getByRole('heading', { level: 1, name: `Rapportage leefbaarheid ${year}` })).toBeVisible();
  const wholePath = testInfo.outputPath('rapportage-heel.pdf');
  await page.pdf({ path: wholePath, preferCSSPageSize: true });
  const whole = execFileSync('pdftotext', ['-layout', wholePath, '-'], { encoding: 'utf8' });
  expect(whole.split('\f').filter((p) => p.trim()).length).toBeGreaterThan(2);
  const totals = await page.locator('.figure-table tfoot').count();
  expect(whole.split('\n').filter((line) => /^\s*Totaal\b/.test(line))).toHaveLength(totals);
  execFileSync('cp', [pdfPath, join('.test-output', 'screens', 'rapportage.pdf')]);
});
