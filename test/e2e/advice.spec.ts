import { expect, expectAccessible, openPanel, openRoute, test } from './fixtures';

test('fill the Kenmerken, watch the advice change, deviate with a rationale, reload and see the snapshot', async ({
  page,
  app,
}) => {
  const complex = await app.ok('complexes:create', {
    code: 'C9101',
    name: 'Lindehof',
    homes: 40,
    buildingType: 'portiekflat',
    sharedObjects: ['binnentuin'],
  });
  await openRoute(page, app, `/initiatieven/nieuw?complex=${complex.id}`);
  const card = page.getByRole('complementary', { name: 'Advies' });
  await expect(card).toContainText('Kies van wie het initiatief komt');

  await page.getByLabel('Titel').fill('Binnentuin onderhouden met gedoneerde tuinslang');
  await page.getByLabel('Komt van').selectOption('bewoners');
  await page.getByLabel('Praktijktype').selectOption('zelf_beter');
  await expect(card.locator('.approach')).toHaveText('Faciliteren');
  await expect(card).toContainText('zekerheid: laag');
  await expect(card).toContainText('De open vragen veranderen dit advies niet');

  await page.getByLabel(/Ik betaal dus ik bepaal/).check();
  await page.getByLabel('Eén bewoner').check();
  await page.getByLabel('Vrije tijd').check();
  await page.getByLabel('Materiaal').check();
  await expect(card).toContainText('"Ik betaal dus ik bepaal"');
  await expect(card).toContainText('Verkenning ‘Corporatie en bewoners’, paragraaf 4 (Rendementsdenken)');

  await page.getByLabel('Praktijktype').selectOption('geld_besparen');
  await page.getByLabel('Het belang van bewoners past in onze eigen beleidsagenda').check();
  await page.getByRole('checkbox', { name: 'Geld', exact: true }).check();
  await expect(card.locator('.approach')).toHaveText('Coproduceren');
  await page.getByLabel('Werken op hoogte').check();
  await expect(card.locator('[data-code="aansprakelijkheid_open"]')).toBeVisible();
  await expectAccessible(page, 'initiative form with advice');
  await page.screenshot({ path: '.test-output/screens/advice-form.png', fullPage: true });

  await page.getByRole('radio', { name: 'Stimuleren' }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('U wijkt af van het advies (coproduceren); geef een korte motivering.')).toBeVisible();
  expect(await app.ok('initiatives:list', {})).toHaveLength(0);
  await page.getByLabel('Motivering').fill('Bewoners vroegen zelf om een trekker vanuit de corporatie.');
  await page.getByRole('button', { name: 'Opslaan' }).click();

  await expect(page.getByRole('heading', { name: 'Binnentuin onderhouden met gedoneerde tuinslang' })).toBeVisible();
  await page.reload();
  const history = await openPanel(page, 'Adviesgeschiedenis');
  await expect(history).toContainText('Advies Coproduceren · gekozen Stimuleren');
  await expect(history).toContainText('Bewoners vroegen zelf om een trekker vanuit de corporatie.');
  await expect(history).toContainText('regelset 1');
  await expectAccessible(page, 'initiative page with advice history');

  await page.getByRole('link', { name: 'Initiatieven' }).click();
  await page.getByLabel('Alleen afwijkend van advies').check();
  await expect(page.getByText('1 rij')).toBeVisible();
});

test('the rules page explains every rule; a teamleider changes a weight, recomputes and sees how many changed', async ({
  page,
  app,
}) => {
  const complex = await app.ok('complexes:create', {
    code: 'C9201',
    name: 'Eikenhof',
    homes: 40,
    buildingType: 'portiekflat',
  });
  await app.ok('initiatives:create', {
    complexId: complex.id,
    title: 'Klussen voor budget',
    origin: 'bewoners',
    practiceType: 'geld_besparen',
    facts: {
      ownership: 'mentaal_eigenaar',
      group: 'individu',
      motives: [],
      supportAsked: ['materiaal'],
      risks: [],
      sharedProblem: false,
      fitsPolicyAgenda: false,
      residentsMotiveKnown: true,
      exclusionRisk: false,
      agreementsInPlace: false,
    },
  });
  await openRoute(page, app, '/advies');
  await expect(page.getByRole('heading', { name: 'Hoe komt het advies tot stand' })).toBeVisible();
  await expect(
    page.getByText('Wij bewoners kunnen het zelf (beter): "De rol van de corporatie is vaak faciliterend'),
  ).toBeVisible();
  const zelfBeter = page.getByRole('row').filter({ hasText: 'Wij bewoners kunnen het zelf (beter): "De rol' });
  await expect(zelfBeter.getByRole('checkbox')).toBeDisabled();
  // Sources in words, no internal rule ids on the page.
  await expect(zelfBeter).toContainText('Verkenning ‘Corporatie en bewoners’');
  await expect(page.getByText('type_zelf_beter')).toHaveCount(0);
  await expectAccessible(page, 'rules page');

  const lead = await app.ok('staff:create', { name: 'Teun Teamleider', role: 'teamleider' });
  await app.ok('settings:update', { currentStaffId: lead.id });
  await page.reload();
  await page
    .getByRole('row')
    .filter({ hasText: 'Huurder wil geld besparen: "voor wat' })
    .getByRole('spinbutton')
    .fill('12');
  await page.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
  await expect(page.getByText('Een gewicht ligt tussen 0 en 10.')).toBeVisible();

  await page
    .getByRole('row')
    .filter({ hasText: 'Huurder wil geld besparen: "voor wat' })
    .getByRole('spinbutton')
    .fill('4');
  await page.getByLabel('Toelichting bij deze wijziging').fill('Voor wat hoort wat zwaarder');
  await page.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
  await expect(page.getByText('Regelset versie 2 is opgeslagen.')).toBeVisible();
  await page.getByRole('button', { name: 'Herbereken' }).click();
  await expect(page.getByText('1 van 1 open initiatieven kregen een ander advies (regelset 2).')).toBeVisible();
  await page.screenshot({ path: '.test-output/screens/rules.png' });
});
