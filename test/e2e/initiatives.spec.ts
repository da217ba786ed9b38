import { expect, expectAccessible, openPanel, openRoute, test } from './fixtures';

test('add an initiative, move it through its statuses, close with an outcome, reopen; see history and audit', async ({
  page,
  app,
}) => {
  const complex = await app.ok('complexes:create', {
    code: 'C8001',
    name: 'Kastanjehof',
    homes: 40,
    buildingType: 'portiekflat',
    sharedObjects: ['binnentuin'],
  });
  await openRoute(page, app, `/complexen/${complex.id}`);
  await page.getByRole('link', { name: 'Nieuw initiatief' }).click();
  await expect(page.getByLabel('Complex')).toHaveValue(complex.id);

  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Vul een titel in.')).toBeVisible();
  await expect(page.getByText('Kies een praktijktype.')).toBeVisible();

  await page.getByLabel('Titel').fill('x'.repeat(201));
  await page.getByLabel('Komt van').selectOption('bewoners');
  await page.getByLabel('Praktijktype').selectOption('zelf_beter');
  await page.getByLabel('Startdatum').fill('2026-05-10');
  await page.getByLabel('Einddatum').fill('2026-05-01');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Een titel heeft hoogstens 200 tekens.')).toBeVisible();
  await expect(page.getByText('De einddatum ligt vóór de startdatum.')).toBeVisible();
  await expectAccessible(page, 'initiative form with errors');
  expect(await app.ok('initiatives:list', {})).toHaveLength(0);

  await page.getByLabel('Titel').fill('Binnentuin onderhouden met gedoneerde tuinslang');
  await page.getByLabel('Einddatum').fill('2026-09-30');
  await page.getByLabel('Gemeenschappelijk object').selectOption('binnentuin');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Binnentuin onderhouden met gedoneerde tuinslang' })).toBeVisible();
  await expect(page.locator('.status')).toHaveText('Aangemaakt');

  const status = page.getByRole('group', { name: 'Status wijzigen' });
  await status.getByRole('button', { name: 'In behandeling nemen' }).click();
  await page.getByLabel('Toelichting').fill('Kennismaking met de tuinploeg');
  await page.getByRole('button', { name: 'Bevestig: In behandeling' }).click();
  await expect(page.locator('.status')).toHaveText('In behandeling');
  await status.getByRole('button', { name: 'Naar uitvoering' }).click();
  await page.getByRole('button', { name: 'Bevestig: In uitvoering' }).click();
  await expect(page.locator('.status')).toHaveText('In uitvoering');
  await status.getByRole('button', { name: 'Afronden' }).click();
  await page.getByRole('button', { name: 'Bevestig: Afgerond' }).click();
  await expect(page.locator('.status')).toHaveText('Afgerond');

  await status.getByRole('button', { name: 'Sluiten' }).click();
  await page.getByRole('button', { name: 'Bevestig: Gesloten' }).click();
  await expect(
    page.getByText('Leg eerst het resultaat vast; zonder resultaat kan een initiatief niet worden gesloten.').first(),
  ).toBeVisible();
  await expect(page.locator('.status')).toHaveText('Afgerond');
  await page.getByLabel(/^Resultaat/).fill('De tuin wordt door twee bewoners bijgehouden.');
  await page.getByLabel('Is het resultaat bereikt?').selectOption({ label: 'Bereikt' });
  await page.getByRole('button', { name: 'Bevestig: Gesloten' }).click();
  await expect(page.locator('.status')).toHaveText('Gesloten');

  await status.getByRole('button', { name: 'Heropenen' }).click();
  await page.getByLabel('Toelichting').fill('Slang is lek; nieuwe vraag');
  await page.getByRole('button', { name: 'Bevestig: In behandeling' }).click();
  await expect(page.locator('.status')).toHaveText('In behandeling');

  const timeline = page.getByRole('region', { name: 'Statusverloop' });
  await expect(timeline.getByRole('listitem')).toHaveCount(6);
  await expect(timeline.getByRole('listitem').first()).toContainText('Gesloten → In behandeling');
  await expect(timeline.getByRole('listitem').first()).toContainText('heropend');
  await expect(timeline.getByText('Kennismaking met de tuinploeg')).toBeVisible();
  const audit = await openPanel(page, 'Wijzigingslog');
  await expect(audit.getByText('Status gewijzigd')).toHaveCount(5);
  await expect(audit.getByText('Aangemaakt', { exact: true })).toBeVisible();
  await expectAccessible(page, 'initiative page');
  await page.screenshot({ path: '.test-output/screens/initiative.png', fullPage: true });
});

test('the initiatives grid lists across complexes and opens a row with the keyboard', async ({ page, app }) => {
  const a = await app.ok('complexes:create', {
    code: 'C8101',
    name: 'Eikenhof',
    homes: 20,
    buildingType: 'portiekflat',
  });
  const b = await app.ok('complexes:create', {
    code: 'C8102',
    name: 'Beukenhof',
    homes: 20,
    buildingType: 'galerijflat',
  });
  await app.ok('initiatives:create', {
    complexId: a.id,
    title: 'Trappenhuis schilderen',
    origin: 'bewoners',
    practiceType: 'probleem_oplossen',
  });
  await app.ok('initiatives:create', {
    complexId: b.id,
    title: 'Welkom nieuwe huurders',
    origin: 'corporatie',
    practiceType: 'gemeenschap',
  });
  await openRoute(page, app, '/initiatieven');
  await expect(page.getByText('2 rijen')).toBeVisible();
  await expect(page.getByRole('gridcell', { name: 'C8102' })).toBeVisible();
  await page.getByRole('gridcell', { name: 'Trappenhuis schilderen' }).click();
  await expect(page.getByRole('heading', { name: 'Trappenhuis schilderen' })).toBeVisible();
  await page.goBack();
  await page.getByRole('gridcell', { name: 'Welkom nieuwe huurders' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Welkom nieuwe huurders' })).toBeVisible();
});
