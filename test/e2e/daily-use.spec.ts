import { expect, expectAccessible, openRoute, test } from './fixtures';

test('Ctrl+K finds complexes, initiatives and residents by keyboard, and ? lists the shortcuts', async ({ page, app }) => {
  const complex = await app.ok('complexes:create', { code: 'C9301', name: 'Havenkade 1', homes: 30, buildingType: 'portiekflat' });
  await app.ok('complexes:create', { code: 'C9302', name: 'Havenkade 6', address: 'Havenkade 1', homes: 30, buildingType: 'portiekflat' });
  await app.ok('initiatives:create', { complexId: complex.id, title: 'Havenfeest', origin: 'bewoners', practiceType: 'gemeenschap' });
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

test('a new initiative shows who will look after it and the complex\'s object, warns about a lookalike, and Mijn werk counts due follow-ups', async ({ page, app }) => {
  const session = await app.ok('session:get');
  const complex = await app.ok('complexes:create', { code: 'C9303', name: 'Tuinhof', homes: 30, buildingType: 'portiekflat', sharedObjects: ['binnentuin'], wijkbeheerderId: session.currentStaff!.id });
  await app.ok('initiatives:create', { complexId: complex.id, title: 'Moestuin in de binnentuin', origin: 'bewoners', practiceType: 'gemeenschap' });
  await app.ok('followUps:create', { title: 'Bellen met de tuinploeg', dueDate: '2020-01-01', ownerId: session.currentStaff!.id, complexId: complex.id });
  await openRoute(page, app, `/initiatieven/nieuw?complex=${complex.id}`);
  await expect(page.getByLabel('Wijkbeheerder')).toHaveValue(session.currentStaff!.id);
  await expect(page.getByText('Voorgesteld: de wijkbeheerder van C9303.', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Gemeenschappelijk object')).toHaveValue('binnentuin');
  await page.getByLabel(/^Titel/).fill('binnentuin moestuin');
  await expect(page.getByRole('note')).toContainText('Moestuin in de binnentuin');
  await expect(page.getByRole('note')).toContainText('Aangemaakt');
  await expectAccessible(page, 'new initiative with lookalike');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /Mijn werk.*1 actie vandaag of over tijd/ })).toBeVisible();
  await page.setViewportSize({ width: 800, height: 900 });
  await expectAccessible(page, 'new initiative at 800 px');
  await page.screenshot({ path: '.test-output/screens/initiative-form-800.png', fullPage: true });
});
