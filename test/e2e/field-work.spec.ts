import type { Page } from '@playwright/test';
import { expect, expectAccessible, openRoute, test } from './fixtures';

/** Counts every key a user presses: one per press (a chord like Alt+N counts once), one per typed character. */
function countingKeyboard(page: Page) {
  let count = 0;
  return {
    press: async (key: string) => {
      count++;
      await page.keyboard.press(key);
    },
    type: async (text: string) => {
      count += text.length;
      await page.keyboard.type(text);
    },
    get count() {
      return count;
    },
  };
}

test('keyboard only: log a new initiative at a known complex with a one-line note, in under a minute', async ({
  page,
  app,
}) => {
  await app.ok('complexes:create', {
    code: 'C3001',
    name: 'Lindehof',
    address: 'Lindelaan 4',
    homes: 40,
    buildingType: 'portiekflat',
  });
  await openRoute(page, app, '/mijn-werk');
  await expect(page.getByRole('heading', { name: 'Mijn werk' })).toBeVisible();
  const keys = countingKeyboard(page);
  const started = Date.now();

  await keys.press('Alt+n');
  await expect(page.getByRole('dialog', { name: 'Nieuw bezoek' })).toBeVisible();
  await keys.type('linde');
  await expect(page.getByRole('option', { name: /C3001/ })).toBeVisible();
  await keys.press('Enter');
  await keys.press('Tab'); // note
  await keys.type('Tuinploeg wil moestuin');
  await keys.press('Tab'); // new initiative title
  await keys.type('Moestuin');
  await keys.press('Tab'); // practice type
  await keys.type('2');
  await keys.press('Control+Enter');

  await expect(page.getByRole('heading', { name: 'Moestuin' })).toBeVisible();
  const seconds = (Date.now() - started) / 1000;
  console.log(`Keyboard-only quick log: ${keys.count} keystrokes, ${seconds.toFixed(1)} s`);
  expect(seconds).toBeLessThan(60);
  const [initiative] = await app.ok('initiatives:list', {});
  expect(initiative).toMatchObject({
    title: 'Moestuin',
    practiceType: 'zelf_beter',
    origin: 'bewoners',
    complexCode: 'C3001',
  });
  const [visit] = await app.ok('visits:list', { complexId: initiative!.complexId });
  expect(visit).toMatchObject({ note: 'Tuinploeg wil moestuin', initiatives: [{ title: 'Moestuin' }] });
});

test('a draft survives a page reload mid-typing and can be resumed from Mijn werk', async ({ page, app }) => {
  await app.ok('complexes:create', { code: 'C3101', name: 'Eikenhof', homes: 20, buildingType: 'galerijflat' });
  await openRoute(page, app, '/mijn-werk');
  await page.getByRole('button', { name: '+ Nieuw bezoek' }).click();
  await page.getByRole('combobox', { name: 'Complex' }).fill('C3101');
  await page.keyboard.press('Enter');
  await page.getByLabel('Notitie').fill('Mevrouw op 3-hoog wil de geveltuin bijhouden');
  await expect(page.getByText('Concept opgeslagen.')).toBeVisible();
  await expectAccessible(page, 'quick visit dialog');
  await page.reload();

  await expect(page.getByRole('heading', { name: 'Concepten' })).toBeVisible();
  await page.getByRole('button', { name: 'Hervatten' }).click();
  await expect(page.getByLabel('Notitie')).toHaveValue('Mevrouw op 3-hoog wil de geveltuin bijhouden');
  await expect(page.getByRole('combobox', { name: 'Complex' })).toHaveValue('C3101 · Eikenhof');
  await page.getByRole('button', { name: 'Bezoek opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'C3101 · Eikenhof' })).toBeVisible();
  expect(await app.ok('drafts:list')).toEqual([]);
});

test('a resident: consent required for contact details, withdrawal removes them, export and erase', async ({
  page,
  app,
}) => {
  const complex = await app.ok('complexes:create', {
    code: 'C3201',
    name: 'Beukenhof',
    homes: 20,
    buildingType: 'portiekflat',
  });
  await openRoute(page, app, `/bewoners/nieuw?complex=${complex.id}`);
  await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Ingrid Mulder');
  await page.getByLabel('Telefoon').fill('06 12345678');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Contactgegevens mogen alleen met vastgelegde toestemming')).toBeVisible();
  expect(await app.ok('residents:list', {})).toHaveLength(0);
  await page.getByLabel('Doel van de toestemming').fill('Contact over de binnentuin');
  await page.getByLabel('Tuinieren').first().check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Ingrid Mulder' })).toBeVisible();
  await expect(page.getByText('06 12345678')).toBeVisible();
  await expectAccessible(page, 'resident page');

  await page.getByRole('button', { name: 'Toestemming intrekken' }).click();
  await expect(page.getByText('Geen toestemming vastgelegd (geen contactgegevens)')).toBeVisible();
  await expect(page.getByText('06 12345678')).toBeHidden();

  await page.getByRole('button', { name: 'Inzage (export)' }).click();
  const exported = page.getByRole('region', { name: /Alle gegevens, opgevraagd/ });
  await expect(exported).toContainText('"name": "Ingrid Mulder"');
  const download = page.waitForEvent('download');
  await exported.getByRole('link', { name: 'Download als JSON' }).click();
  expect((await download).suggestedFilename()).toMatch(/^bewoner-.*\.json$/);

  await page.getByRole('button', { name: 'Gegevens wissen' }).click();
  await page.getByRole('button', { name: 'Ja, wissen' }).click();
  await expect(page.getByRole('heading', { name: 'verwijderde bewoner' })).toBeVisible();
  await expect(page.getByText('De gegevens van deze bewoner zijn gewist.')).toBeVisible();
});

test('matching suggests a consenting neighbour whose talent fits, and links them', async ({ page, app }) => {
  const complex = await app.ok('complexes:create', {
    code: 'C3301',
    name: 'Rozenhof',
    homes: 20,
    buildingType: 'portiekflat',
    sharedObjects: ['binnentuin'],
  });
  await app.ok('residents:create', {
    complexId: complex.id,
    name: 'Piet Groen',
    email: 'piet@example.nl',
    consentPurpose: 'Matching op talenten',
    profile: { talents: ['tuinieren'] },
  });
  const { initiative } = await app.ok('initiatives:create', {
    complexId: complex.id,
    title: 'Binnentuin opknappen',
    origin: 'bewoners',
    practiceType: 'zelf_beter',
    sharedObject: 'binnentuin',
  });
  await openRoute(page, app, `/initiatieven/${initiative.id}`);
  const people = page.getByRole('region', { name: 'Betrokken bewoners' });
  await expect(people).toContainText('Piet Groen');
  await expect(people).toContainText('zelfde complex · talent Tuinieren');
  await people.getByRole('button', { name: 'Koppelen' }).last().click();
  await expect(people.getByRole('listitem').filter({ hasText: 'Piet Groen' }).first()).toContainText('Deelnemer');
  await expect(people).toContainText('Geen bewoners met toestemming');
  await expectAccessible(page, 'initiative page with people');
});

test('Mijn werk shows an overdue follow-up with its complex; ticking it off says so and can be undone', async ({
  page,
  app,
}) => {
  const complex = await app.ok('complexes:create', {
    code: 'C3401',
    name: 'Wilgenhof',
    homes: 20,
    buildingType: 'portiekflat',
  });
  const me = (await app.ok('session:get')).currentStaff!;
  await app.ok('followUps:create', {
    title: 'Nieuwe huurder opnieuw bellen',
    dueDate: '2020-01-15',
    ownerId: me.id,
    complexId: complex.id,
  });
  await openRoute(page, app, '/mijn-werk');
  const overdue = page.getByRole('region', { name: '1 actie over tijd' });
  await expect(overdue).toContainText('Nieuwe huurder opnieuw bellen');
  await expect(overdue.getByRole('link', { name: 'C3401' })).toBeVisible();
  await expectAccessible(page, 'mijn werk');
  // Ticking it off moves it out of the list at once, so this is a click, not a check that expects it to stay.
  await overdue.getByRole('checkbox').click();
  const none = page.getByRole('region', { name: '0 acties over tijd' });
  await expect(none).toContainText('Niets over tijd.');
  await expect(none.getByRole('status')).toContainText('‘Nieuwe huurder opnieuw bellen’ is afgevinkt.');
  await none.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByRole('region', { name: '1 actie over tijd' })).toContainText('Nieuwe huurder opnieuw bellen');
  expect((await app.ok('work:overview', {})).overdueCount).toBe(1);
});
