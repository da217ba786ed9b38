import { expect, expectAccessible, openRoute, test } from './fixtures';

test('switch the UI to English and back; validation messages follow the language', async ({ page, app }) => {
  await openRoute(page, app, '/instellingen');
  await expect(page.getByRole('heading', { name: 'Instellingen' })).toBeVisible();
  await expectAccessible(page, 'settings');
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('link', { name: 'Complexes' })).toBeVisible();
  await page.getByRole('link', { name: 'Complexes' }).click();
  await page.getByRole('link', { name: 'New complex' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Enter a complex code.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Language').selectOption('nl');
  await expect(page.getByRole('link', { name: 'Instellingen' })).toBeVisible();
});

test('add a colleague and switch to them; their name is recorded on changes', async ({ page, app }) => {
  await openRoute(page, app, '/instellingen');
  await page.getByLabel('Naam').fill('Teun Teamleider');
  await page.getByRole('combobox', { name: 'Rol' }).selectOption('teamleider');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.getByText('Teun Teamleider is toegevoegd.')).toBeVisible();
  const option = await page.getByLabel('Ik ben').locator('option', { hasText: 'Teun Teamleider' }).getAttribute('value');
  await page.getByLabel('Ik ben').selectOption(option!);
  await expect(page.getByText('U gaat werken als Teun Teamleider (Teamleider).', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Wisselen' }).click();
  await expect(page.getByText('Teun Teamleider · Teamleider')).toBeVisible();
  const switches = page.getByRole('region', { name: 'Wisselingen van gebruiker en rol' });
  await expect(switches).toContainText('Werkt als: Wendy Wijkbeheer → Teun Teamleider');
  await expect(switches).toContainText('Rol: Wijkbeheerder → Teamleider');
  const complex = await app.ok('complexes:create', { code: 'C9001', name: 'Test', homes: 1, buildingType: 'woongroep' });
  const [entry] = await app.ok('audit:list', { entityId: complex.id });
  expect(entry!.actorName).toBe('Teun Teamleider');
});
