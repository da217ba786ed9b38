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
  const option = await page
    .getByLabel('Ik ben')
    .locator('option', { hasText: 'Teun Teamleider' })
    .getAttribute('value');
  await page.getByLabel('Ik ben').selectOption(option!);
  await expect(page.getByText('U gaat werken als Teun Teamleider (Teamleider).', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Wisselen' }).click();
  await expect(page.getByText('Teun Teamleider · Teamleider')).toBeVisible();
  const switches = page.getByRole('region', { name: 'Wisselingen van gebruiker en rol' });
  await expect(switches).toContainText('Werkt als: Wendy Wijkbeheer → Teun Teamleider');
  await expect(switches).toContainText('Rol: Wijkbeheerder → Teamleider');
  const complex = await app.ok('complexes:create', {
    code: 'C9001',
    name: 'Test',
    homes: 1,
    buildingType: 'woongroep',
  });
  const [entry] = await app.ok('audit:list', { entityId: complex.id });
  expect(entry!.actorName).toBe('Teun Teamleider');
});

test('the welcome template keeps what is being typed when another window saves the template meanwhile', async ({
  page,
  app,
}) => {
  const lead = await app.ok('staff:create', { name: 'Teun Teamleider', role: 'teamleider' });
  await app.ok('settings:update', { currentStaffId: lead.id });
  await openRoute(page, app, '/instellingen');
  const title = page.getByLabel('Omschrijving, moment 1');
  await expect(title).toBeEnabled();
  await title.fill('Kennismaken met de buren, met koffie');
  // Another window saves a different template; its change event refreshes this page's data.
  const steps = await app.ok('welcome:steps', {});
  await app.ok('welcome:setSteps', {
    steps: steps.map((s, i) => ({ offsetDays: s.offsetDays, title: i === 0 ? 'Ander eerste moment' : s.title })),
  });
  await expect.poll(async () => (await app.ok('welcome:steps', {}))[0]!.title).toBe('Ander eerste moment');
  await page.waitForTimeout(500);
  await expect(title).toHaveValue('Kennismaken met de buren, met koffie');
  await page.getByRole('button', { name: 'Sjabloon opslaan' }).click();
  await expect(page.getByText('Het sjabloon is opgeslagen.')).toBeVisible();
  expect((await app.ok('welcome:steps', {}))[0]!.title).toBe('Kennismaken met de buren, met koffie');
});
