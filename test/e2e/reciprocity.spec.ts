import { expect, expectAccessible, openPanel, openRoute, test } from './fixtures';

test('a wijkbeheerder welcomes a tenant, keeps a promise and thanks an active resident; the team sees figures', async ({
  page,
  app,
}) => {
  const session = await app.ok('session:get');
  const complex = await app.ok('complexes:create', {
    code: 'C9101',
    name: 'Lindehof',
    homes: 40,
    buildingType: 'portiekflat',
    wijk: 'Centrum',
    wijkbeheerderId: session.currentStaff!.id,
    coreValues: 'We groeten elkaar',
  });
  await app.ok('residents:create', {
    complexId: complex.id,
    name: 'Nadia Nieuw',
    profile: { interests: ['tuinieren'] },
  });
  const active = await app.ok('residents:create', {
    complexId: complex.id,
    name: 'Bram Buurman',
    roles: ['vrijwilliger'],
    email: 'bram@example.nl',
    consentPurpose: 'Maatje',
    profile: { interests: ['tuinieren'] },
  });
  const initiative = await app.ok('initiatives:create', {
    complexId: complex.id,
    title: 'Buurttuin',
    origin: 'bewoners',
    practiceType: 'gemeenschap',
  });
  await app.ok('people:link', { initiativeId: initiative.initiative.id, residentId: active.id, role: 'vrijwilliger' });

  await page.setViewportSize({ width: 1440, height: 900 });
  await openRoute(page, app, `/complexen/${complex.id}`);
  const welcome = page.getByRole('region', { name: 'Welkom nieuwe huurders' });
  await expect(welcome.getByText('We groeten elkaar')).toBeVisible();
  await welcome.getByLabel('Nieuwe huurder').selectOption({ label: 'Nadia Nieuw' });
  // The profielschets puts the neighbour with the same interest first, saying what they share.
  await welcome.getByLabel('Maatje (optioneel)').selectOption({ label: 'Bram Buurman — ook interesse in Tuinieren' });
  await welcome.getByRole('button', { name: 'Welkomstplan starten' }).click();
  await expect(welcome.getByText('maatje: Bram Buurman')).toBeVisible();
  await expect(welcome.getByRole('checkbox')).toHaveCount(4);
  await welcome.getByLabel(/^Notitie bij ‘Kennismaking/).fill('Koffie bij de buren');
  await welcome.getByRole('checkbox', { name: /^Kennismaking met de buren/ }).click();
  await expect(welcome.getByText('Verwelkomd', { exact: true })).toBeVisible();
  await expect(welcome.getByRole('status').filter({ hasText: 'is afgevinkt' })).toBeVisible();
  await expect(welcome.getByText('Koffie bij de buren')).toBeVisible();

  const promises = page.getByRole('region', { name: 'Toezeggingen' });
  await promises.getByLabel('Wat is er toegezegd?').fill('Lamp in de portiek vervangen');
  await promises.getByLabel('Uiterlijk').fill('2020-01-01');
  await promises.getByLabel('Of aan een groep').fill('Bewonerscommissie');
  await promises.getByRole('button', { name: 'Toezegging vastleggen' }).click();
  await expect(promises.getByText('De uiterste datum ligt vóór de dag van de toezegging.')).toBeVisible();
  await promises.getByLabel('Uiterlijk').fill('2099-01-01');
  await promises.getByRole('button', { name: 'Toezegging vastleggen' }).click();
  await expect(promises.getByText('Lamp in de portiek vervangen')).toBeVisible();
  await promises.getByRole('button', { name: 'Nagekomen (vandaag)' }).click();
  await expect(promises.getByText('Op tijd nagekomen')).toBeVisible();

  const appreciation = page.getByRole('region', { name: 'Waardering' });
  await expect(appreciation.getByText('1 actieve bewoner kreeg het afgelopen jaar geen waardering:')).toBeVisible();
  await appreciation.getByRole('button', { name: 'Bram Buurman' }).click();
  await appreciation.getByLabel('Vorm').selectOption({ label: 'Bloemen' });
  await appreciation.getByRole('button', { name: 'Waardering vastleggen' }).click();
  await expect(appreciation.getByText('Bloemen: Bram Buurman')).toBeVisible();
  await expect(appreciation.getByText(/geen waardering:/)).toHaveCount(0);
  const log = page.getByRole('region', { name: 'Wijzigingslog' });
  await expect(log).toContainText('Wijkbeheerder: — → Wendy Wijkbeheer');
  await expect(log).toContainText('Bouwtype: — → Portiekflat');
  await expect(log).toContainText('Kernwaarden: — → We groeten elkaar');
  await expect(log).not.toContainText('portiekflat');
  await expectAccessible(page, 'complex page with wederkerigheid');
  await page.screenshot({ path: '.test-output/screens/reciprocity-complex-1440.png', fullPage: true });

  await openRoute(page, app, '/overzicht');
  const summary = page.getByRole('region', { name: 'Wederkerigheid' });
  await expect(summary).toContainText('100%');
  await expect(summary).toContainText('Toezeggingen op tijd');
  await summary.getByRole('link', { name: 'Naar Wederkerigheid' }).click();
  await expect(page.getByRole('heading', { name: 'Wederkerigheid', level: 1 })).toBeVisible();
  await expect(page.getByText(/1 nieuwe huurders, 1 verwelkomd/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Per wijk' }).getByRole('row', { name: /Centrum/ })).toContainText(
    '100%',
  );
  const all = page.getByRole('region', { name: 'Alle toezeggingen' });
  await expect(all.getByText('Lamp in de portiek vervangen')).toBeVisible();
  await expect(all.getByRole('button', { name: 'Excel exporteren' })).toBeVisible();
  await expectAccessible(page, 'wederkerigheid page');
  await page.setViewportSize({ width: 800, height: 900 });
  await expectAccessible(page, 'wederkerigheid page at 800 px');
  await page.screenshot({ path: '.test-output/screens/reciprocity-800.png', fullPage: true });
});

test('wat werkte waar shows the own record per practice type and approach, and says when cases are too few', async ({
  page,
  app,
}) => {
  const complex = await app.ok('complexes:create', {
    code: 'C9102',
    name: 'Eikenhof',
    homes: 20,
    buildingType: 'portiekflat',
  });
  const created = await app.ok('initiatives:create', {
    complexId: complex.id,
    title: 'Trappenhuis schilderen',
    origin: 'bewoners',
    practiceType: 'zelf_beter',
  });
  let current = created;
  for (const to of ['in_behandeling', 'in_uitvoering', 'afgerond'] as const)
    current = await app.ok('initiatives:transition', {
      id: created.initiative.id,
      version: current.initiative.version,
      to,
    });
  await app.ok('initiatives:transition', {
    id: created.initiative.id,
    version: current.initiative.version,
    to: 'gesloten',
    outcome: 'Geschilderd',
    result: 'bereikt',
  });

  await openRoute(page, app, '/wederkerigheid');
  const grid = page.getByRole('region', { name: 'Wat werkte waar' }).last();
  await expect(grid.getByText('Te weinig gevallen')).toBeVisible();
  await openRoute(page, app, '/advies');
  const line = /bij 2. Wij bewoners kunnen het zelf \(beter\): 1 geval, te weinig/;
  await expect(page.getByRole('region', { name: 'Wat ons eigen dossier zegt' }).getByText(line)).toBeVisible();
  // And beside the rule about that practice type itself.
  await expect(page.getByRole('rowheader').filter({ hasText: 'Eigen record' }).getByText(line)).toBeVisible();
  await expectAccessible(page, 'rules page with own record');
});

test('a survey round, a topic that becomes an initiative, a partner on it, a complex at risk of exclusion', async ({
  page,
  app,
}) => {
  const complex = await app.ok('complexes:create', {
    code: 'C9103',
    name: 'Havenhof',
    homes: 60,
    buildingType: 'galerijflat',
    wijk: 'Haven',
  });
  await app.ok('partners:create', { wijk: 'Haven', name: 'Leger des Heils', kind: 'welzijn' });
  await openRoute(page, app, `/complexen/${complex.id}`);
  const surveys = page.getByRole('region', { name: 'Buurtpeilingen: wat bewoners vroegen' });
  await surveys.getByLabel('Hoe gepeild').selectOption({ label: 'Oliebollenactie' });
  await surveys.getByLabel('Aantal deelnemers').fill('12');
  await surveys.getByLabel('Onderwerp 1', { exact: true }).fill('Nederlands leren');
  await surveys.getByLabel('Aantal keer genoemd, onderwerp 1').fill('20');
  await surveys.getByRole('button', { name: 'Peiling vastleggen' }).click();
  await expect(
    surveys.getByText('Een onderwerp kan niet door meer mensen genoemd zijn dan er meededen.'),
  ).toBeVisible();
  await surveys.getByLabel('Aantal keer genoemd, onderwerp 1').fill('9');
  await surveys.getByRole('button', { name: 'Peiling vastleggen' }).click();
  await expect(surveys.getByText('Meest genoemd: Nederlands leren (9)')).toBeVisible();

  const exclusion = page.getByRole('region', { name: 'Risico op uitsluiting' });
  await exclusion.getByLabel('Hoge leeftijd').check();
  await exclusion.getByRole('button', { name: 'Opslaan' }).click();
  await expect(exclusion.getByRole('status')).toHaveText('Opgeslagen.');
  await expectAccessible(page, 'complex page with surveys and exclusion');

  await surveys.getByRole('button', { name: 'Initiatief starten' }).click();
  await expect(page.getByRole('heading', { name: 'Nederlands leren', level: 1 })).toBeVisible();
  const partners = await openPanel(page, 'Partners');
  await partners.getByLabel('Kies een partner').selectOption({ label: 'Leger des Heils (Welzijn)' });
  await partners.getByRole('button', { name: 'Koppelen' }).click();
  await expect(partners.getByText('Leger des Heils · Welzijn · Uitvoering')).toBeVisible();
  await expectAccessible(page, 'initiative with partners');

  await openRoute(page, app, '/wederkerigheid');
  await expect(page.getByText('Leger des Heils (Haven): 1 initiatief')).toBeVisible();
  await expect(page.getByText(/1 complexen met risico op uitsluiting; 1 initiatieven/)).toBeVisible();
  await openRoute(page, app, '/partners');
  await expect(page.getByRole('heading', { name: 'Partners in de wijk' })).toBeVisible();
  await expectAccessible(page, 'partners page');
});
