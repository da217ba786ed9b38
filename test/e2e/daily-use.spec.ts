import { testClock } from '../fixtures/backend';
import { complexWithInitiative, expect, expectAccessible, openForm, openPanel, openRoute, PDF, test } from './fixtures';

test('Ctrl+K finds complexes, initiatives and residents by keyboard, and ? lists the shortcuts', async ({
  page,
  app,
}) => {
  const complex = await app.ok('complexes:create', {
    code: 'C9301',
    name: 'Havenkade 1',
    homes: 30,
    buildingType: 'portiekflat',
  });
  await app.ok('complexes:create', {
    code: 'C9302',
    name: 'Havenkade 6',
    address: 'Havenkade 1',
    homes: 30,
    buildingType: 'portiekflat',
  });
  await app.ok('initiatives:create', {
    complexId: complex.id,
    title: 'Havenfeest',
    origin: 'bewoners',
    practiceType: 'gemeenschap',
  });
  await app.ok('residents:create', { complexId: complex.id, name: 'Hanna Haven' });
  await openRoute(page, app, '/mijn-werk');
  // The shortcut listens once the app is on screen; pressed before that, the key goes nowhere.
  await expect(page.getByRole('heading', { name: 'Mijn werk', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Zoeken in Samenspel' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('haven');
  await expect(dialog.getByRole('group', { name: 'Complexen' }).getByRole('option')).toHaveCount(2);
  await expect(dialog.getByRole('group', { name: 'Initiatieven' })).toContainText('Havenfeest');
  await expect(dialog.getByRole('group', { name: 'Bewoners' })).toContainText('Hanna Haven');
  await expectAccessible(page, 'global search');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Havenfeest', level: 1 })).toBeVisible();

  await page.locator('body').press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(shortcuts).toContainText('Nieuw bezoek vastleggen');
  await expectAccessible(page, 'shortcuts');
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();
});

test('a new initiative names its caretaker and object, warns of a lookalike; Mijn werk counts due follow-ups', async ({
  page,
  app,
}) => {
  const session = await app.ok('session:get');
  const complex = await app.ok('complexes:create', {
    code: 'C9303',
    name: 'Tuinhof',
    homes: 30,
    buildingType: 'portiekflat',
    sharedObjects: ['binnentuin'],
    wijkbeheerderId: session.currentStaff!.id,
  });
  await app.ok('initiatives:create', {
    complexId: complex.id,
    title: 'Moestuin in de binnentuin',
    origin: 'bewoners',
    practiceType: 'gemeenschap',
  });
  await app.ok('followUps:create', {
    title: 'Bellen met de tuinploeg',
    dueDate: '2020-01-01',
    ownerId: session.currentStaff!.id,
    complexId: complex.id,
  });
  await openRoute(page, app, `/initiatieven/nieuw?complex=${complex.id}`);
  await expect(page.getByLabel('Wijkbeheerder')).toHaveValue(session.currentStaff!.id);
  await expect(page.getByText('Voorgesteld: de wijkbeheerder van C9303.', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Gemeenschappelijk object')).toHaveValue('binnentuin');
  await page.getByLabel(/^Titel/).fill('binnentuin moestuin');
  await expect(page.getByRole('note')).toContainText('Moestuin in de binnentuin');
  await expect(page.getByRole('note')).toContainText('Aangemaakt');
  await expectAccessible(page, 'new initiative with lookalike');
  await expect(
    page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: /Mijn werk.*1 actie vandaag of over tijd/ }),
  ).toBeVisible();
  await page.setViewportSize({ width: 800, height: 900 });
  await expectAccessible(page, 'new initiative at 800 px');
  await page.screenshot({ path: '.test-output/screens/initiative-form-800.png', fullPage: true });
});

test.describe('the demo corporation in December', () => {
  test.use({ appOptions: { initialize: true, demo: true, clock: testClock('2026-12-10T09:00:00.000Z') } });

  test('a medewerker finds the policies that run out on her Mijn werk, at 1440 and 800 px', async ({ page, app }) => {
    const { staff } = await app.ok('session:get');
    await app.ok('settings:update', { currentStaffId: staff.find((s) => s.role === 'medewerker')!.id });
    for (const width of [1440, 800]) {
      await page.setViewportSize({ width, height: 900 });
      await openRoute(page, app, '/mijn-werk');
      const policies = page.getByRole('region', { name: 'Polissen die verlopen (30 dagen)' });
      await expect(policies.getByRole('listitem').first()).toContainText('Verloopt binnenkort');
      await expect(policies.getByRole('listitem').first()).toContainText('31 dec');
      await expectAccessible(page, `Mijn werk of a medewerker at ${width}`);
    }
    await page.getByRole('region', { name: 'Polissen die verlopen (30 dagen)' }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { name: 'Verzekeringen', level: 1 })).toBeVisible();
  });

  test("the initiative page puts the summary and the day's work first; history opens and stays open", async ({
    page,
    app,
  }) => {
    const [initiative] = (await app.ok('initiatives:list', {})).filter((i) => i.status === 'in_uitvoering');
    await openRoute(page, app, `/initiatieven/${initiative!.id}`);
    const timeline = page.getByRole('region', { name: 'Tijdlijn' });
    await expect(timeline.getByRole('button', { name: 'Tijdlijn' })).toHaveAttribute('aria-expanded', 'false');
    await expect(
      page.getByRole('region', { name: 'Geld en middelen' }).getByRole('button', { name: 'Geld en middelen' }),
    ).toHaveAttribute('aria-expanded', 'true');
    const folded = await page.evaluate(() => document.documentElement.scrollHeight);
    for (const name of ['Toezeggingen', 'Partners', 'Tijdlijn', 'Adviesgeschiedenis', 'Wijzigingslog'])
      await openPanel(page, name);
    await expect(timeline.getByRole('listitem').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(folded + 400);
    await expectAccessible(page, 'initiative page with every panel open');
    await page.reload();
    await expect(page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem').first()).toBeVisible();
  });

  test("a resident's page shows where she takes part: initiative and role, visits, promises, appreciation", async ({
    page,
    app,
  }) => {
    const residents = await app.ok('residents:list', {});
    let involved: { id: string; title: string } | undefined;
    for (const r of residents) {
      const data = await app.ok('residents:export', { id: r.id });
      const initiative = data.initiatives[0];
      if (initiative && data.visits.length > 0) {
        involved = { id: r.id, title: initiative.title };
        break;
      }
    }
    expect(involved, 'the demo has a volunteer who was met on a visit').toBeDefined();
    await openRoute(page, app, `/bewoners/${involved!.id}`);
    const part = page.getByRole('region', { name: 'Betrokken bij' });
    await expect(part.getByRole('listitem').filter({ hasText: 'Vrijwilliger' })).toContainText(involved!.title);
    await expect(part.getByRole('heading', { name: 'Gesproken bij bezoeken' })).toBeVisible();
    await expectAccessible(page, 'resident with involvement');
    await part.getByRole('link', { name: involved!.title }).click();
    await expect(page.getByRole('heading', { level: 1, name: involved!.title })).toBeVisible();
  });

  test("the complex page puts today's work first; its timeline shows the newest 20 and the rest on request", async ({
    page,
    app,
  }) => {
    const complexes = await app.ok('complexes:list', {});
    const sizes = await Promise.all(
      complexes.map(async (c) => (await app.ok('timeline:get', { complexId: c.id })).length),
    );
    const busiest = complexes[sizes.indexOf(Math.max(...sizes))]!;
    expect(Math.max(...sizes)).toBeGreaterThan(20);
    await page.setViewportSize({ width: 800, height: 900 });
    await openRoute(page, app, `/complexen/${busiest.id}`);
    await expect(page.getByRole('region', { name: 'Acties' }).getByRole('button', { name: 'Acties' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const folded = await page.evaluate(() => document.documentElement.scrollHeight);
    const timeline = await openPanel(page, 'Tijdlijn');
    await expect(timeline.getByRole('listitem')).toHaveCount(20);
    await timeline.getByRole('button', { name: `Alle ${Math.max(...sizes)} tonen` }).click();
    await expect(timeline.getByRole('listitem')).toHaveCount(Math.max(...sizes));
    await expect(timeline.getByRole('button', { name: /^Alle/ })).toHaveCount(0);
    // Folded, the history took no room: opened in full it adds more than a screen's height.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(folded + 900);
    await expectAccessible(page, 'complex page with its whole timeline');
  });
});

test('unlinking a person, archiving a policy or a complex says so and can be undone', async ({ page, app }) => {
  const { complex, initiative } = await complexWithInitiative(app, {
    code: 'C9401',
    name: 'Lindehof',
    title: 'Bankje bij de ingang',
  });
  const resident = await app.ok('residents:create', { complexId: complex.id, name: 'Lia Linde' });
  await app.ok('people:link', { initiativeId: initiative.id, residentId: resident.id, role: 'trekker' });
  await app.ok('policies:create', {
    insurer: 'Centraal Beheer',
    policyNumber: 'VNG-9401',
    kind: 'vng_basis',
    holder: 'gemeente',
    municipality: 'Zaanwijk',
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
  });

  await openRoute(page, app, `/initiatieven/${initiative.id}`);
  const people = page.getByRole('region', { name: 'Betrokken bewoners' });
  await people.getByRole('button', { name: 'Ontkoppelen' }).click();
  await expect(people.getByRole('status')).toContainText('Lia Linde (Trekker) is ontkoppeld.');
  await expect(people.getByText('Nog niemand gekoppeld.')).toBeVisible();
  await people.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(people.getByRole('listitem').filter({ hasText: 'Lia Linde' })).toContainText('Trekker');
  expect(await app.ok('people:list', { initiativeId: initiative.id })).toHaveLength(1);

  await openRoute(page, app, '/verzekeringen');
  await page.getByRole('button', { name: 'Polis VNG-9401 archiveren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Polis VNG-9401 is gearchiveerd.' })).toBeVisible();
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByRole('button', { name: 'Polis VNG-9401 archiveren' })).toBeVisible();
  expect((await app.ok('policies:list'))[0]!.archivedAt).toBeNull();

  await openRoute(page, app, `/complexen/${complex.id}`);
  await page.getByRole('button', { name: 'Archiveren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Complex C9401 is gearchiveerd.' })).toBeVisible();
  await expectAccessible(page, 'complex page with an undo message');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.getByRole('button', { name: 'Archiveren' })).toBeVisible();
  expect((await app.ok('complexes:get', { id: complex.id })).archivedAt).toBeNull();
});

test('a plan is filed from its file, downloads under its title, is renamed, and is archived with undo', async ({
  page,
  app,
}) => {
  const { initiative } = await complexWithInitiative(app, {
    code: 'C9501',
    name: 'Esdoornhof',
    title: 'Speeltuin opknappen',
    homes: 40,
  });
  await openRoute(page, app, `/initiatieven/${initiative.id}`);
  const documents = page.getByRole('region', { name: 'Documenten' });
  await expect(documents.getByText('Nog geen documenten bij dit initiatief.')).toBeVisible();
  await openForm(documents, 'Document toevoegen');
  await documents.getByRole('button', { name: 'Document bewaren' }).click();
  await expect(documents.getByRole('alert').filter({ hasText: 'Kies eerst het bestand.' })).toBeVisible();
  expect(await app.ok('documents:list', { initiativeId: initiative.id })).toEqual([]);

  await documents
    .getByLabel(/Bestand \(PDF/)
    .setInputFiles({ name: 'Plan van aanpak speeltuin.pdf', mimeType: 'application/pdf', buffer: PDF });
  // The title comes from the file's name, ready to be corrected.
  await expect(documents.getByLabel('Titel')).toHaveValue('Plan van aanpak speeltuin');
  await documents.getByLabel('Soort').selectOption({ label: 'Plan' });
  await documents.getByRole('button', { name: 'Document bewaren' }).click();
  await expect(
    documents.getByRole('status').filter({ hasText: "Document 'Plan van aanpak speeltuin' is bewaard." }),
  ).toBeVisible();
  const item = documents.getByRole('listitem').filter({ hasText: 'Plan van aanpak speeltuin' });
  await expect(item).toContainText('Plan ·');
  await expect(documents.getByLabel('Titel')).toHaveValue('');
  await expectAccessible(page, 'initiative with a document');

  const download = page.waitForEvent('download');
  await item.getByRole('link', { name: 'Plan van aanpak speeltuin' }).click();
  expect((await download).suggestedFilename()).toBe('Plan van aanpak speeltuin.pdf');

  // Renamed in place: a blank title is refused at its field, then the new title and kind are saved.
  await item.getByRole('button', { name: 'Plan van aanpak speeltuin wijzigen' }).click();
  const rename = documents.getByRole('form', { name: 'Plan van aanpak speeltuin wijzigen' });
  await rename.getByLabel('Titel').fill('  ');
  await rename.getByRole('button', { name: 'Opslaan' }).click();
  await expect(rename.getByText('Geef het document een titel.')).toBeVisible();
  await rename.getByLabel('Titel').fill('Plan speeltuin, versie 2');
  await rename.getByLabel('Soort').selectOption({ label: 'Brief' });
  await rename.getByRole('button', { name: 'Opslaan' }).click();
  await expect(rename).toBeHidden();
  const renamed = documents.getByRole('listitem').filter({ hasText: 'Plan speeltuin, versie 2' });
  await expect(renamed).toContainText('Brief ·');

  await renamed.getByRole('button', { name: 'Plan speeltuin, versie 2 archiveren' }).click();
  await expect(documents.getByRole('status').filter({ hasText: 'is gearchiveerd' })).toBeVisible();
  await expect(documents.getByText('Nog geen documenten bij dit initiatief.')).toBeVisible();
  await documents.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(documents.getByRole('link', { name: 'Plan speeltuin, versie 2' })).toBeVisible();
  expect((await app.ok('documents:list', { initiativeId: initiative.id }))[0]!.version).toBe(4);
  // The change log on the same page names the document, not an id.
  const log = await openPanel(page, 'Wijzigingslog');
  await expect(log).toContainText('Plan van aanpak speeltuin → Plan speeltuin, versie 2');
});
