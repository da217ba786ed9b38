import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../fixtures/backend';
import { expect, expectAccessible, openRoute, startApp, test } from './fixtures';

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

test('encrypt the database: confirm, note the recovery key, and after a restart it reads "Versleuteld"', async ({
  page,
}) => {
  const keyFile = join(tempDir('samenspel-e2e-key-'), 'samenspel.key');
  const first = await startApp({ initialize: true, keyFile });
  await first.ok('complexes:create', { code: 'VS-1', name: 'Veilige Hof', homes: 12, buildingType: 'portiekflat' });
  await openRoute(page, first, '/instellingen');
  const panel = page.getByRole('region', { name: 'Versleuteling' });
  await expect(panel.getByText('Niet versleuteld.')).toBeVisible();
  await expect(panel.getByText(`De sleutel staat in het sleutelbestand ${keyFile}.`)).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await panel.getByRole('button', { name: 'Database versleutelen' }).click();
  const recoveryKey = panel.locator('code.recovery-key');
  await expect(recoveryKey).toHaveText(/^([0-9a-f]{8}-){7}[0-9a-f]{8}$/);
  expect((await recoveryKey.textContent())!.replace(/-/g, '')).toBe(readFileSync(keyFile, 'utf8').trim());
  await expect(panel.getByText(/bij de volgende start van Samenspel/)).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Database versleutelen' })).toHaveCount(0);
  await expectAccessible(page, 'settings-encryption');
  await first.server.close();
  first.backend.close();

  const second = await startApp({ dataDir: first.dataDir, keyFile });
  try {
    await openRoute(page, second, '/instellingen');
    await expect(page.getByRole('region', { name: 'Versleuteling' }).getByText('Versleuteld.')).toBeVisible();
    await openRoute(page, second, '/complexen');
    await expect(page.getByText('Veilige Hof')).toBeVisible();
  } finally {
    await second.server.close();
    second.backend.close();
    rmSync(first.dataDir, { recursive: true, force: true });
  }
});
