import { complexWithInitiative, expect, expectAccessible, openForm, openRoute, PDF, test } from './fixtures';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

test('budget, grants within and above mandate, approval, receipt, a lent hose, closing with verantwoording', async ({
  page,
  app,
}) => {
  const { complex, initiative } = await complexWithInitiative(app, {
    code: 'C5001',
    name: 'Lindehof',
    title: 'Binnentuin',
    homes: 40,
    practiceType: 'zelf_beter',
  });
  const year = new Date().getFullYear();

  await openRoute(page, app, '/budgetten');
  await page.getByRole('button', { name: 'Nieuw budget' }).click();
  await page.getByLabel('Complex', { exact: true }).selectOption(complex.id);
  await page.getByLabel('Bedrag per woning').fill('25,005');
  await page.getByLabel('Maximum per aanvraag').fill('12,5.0');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  // Each amount's message stands at its own field (the cap's was shown at the amount before).
  await expect(page.getByLabel('Bedrag per woning')).toHaveAccessibleDescription(
    'Hoogstens twee cijfers achter de komma.',
  );
  await expect(page.getByLabel('Maximum per aanvraag')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Bedrag per woning').fill('25');
  await page.getByLabel('Maximum per aanvraag').fill('');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const card = page.getByRole('region', { name: `C5001 · Leefbaarheidsbudget ${year}` });
  await expect(card).toContainText('Beschikbaar: € 1.000,00');
  // The complex budgets are a grid (searchable, sortable, in euros); the one just made is open above it.
  const grid = page.getByRole('region', { name: 'Budgetten per complex' });
  await expect(grid.getByRole('row', { name: /C5001 Leefbaarheidsbudget .* € 1\.000,00/ })).toBeVisible();
  await expectAccessible(page, 'budgets page');

  await openRoute(page, app, `/initiatieven/${initiative.id}`);
  const money = page.getByRole('region', { name: 'Geld en middelen' });
  const apply = async (amount: string) => {
    await openForm(money, 'Nieuwe aanvraag');
    await money.getByLabel('Budget of fonds').selectOption({ index: 1 });
    await money.getByLabel('Gevraagd bedrag').fill(amount);
    await money.getByRole('button', { name: 'Aanvraag indienen' }).click();
  };
  await apply('-5');
  await expect(money.getByText('Een bedrag kan niet negatief zijn.')).toBeVisible();
  // The begroting: two posts, the second first written wrongly; its message stands at the form, nothing is sent.
  await money.getByRole('button', { name: 'Post toevoegen' }).click();
  await money.getByRole('button', { name: 'Post toevoegen' }).click();
  const posts = money.locator('fieldset.subform', { hasText: 'Post toevoegen' });
  await posts.getByLabel('Post', { exact: true }).nth(0).fill('Plantgoed');
  await posts.getByLabel('Bedrag').nth(0).fill('100');
  await posts.getByLabel('Post', { exact: true }).nth(1).fill('Potgrond');
  await posts.getByLabel('Bedrag').nth(1).fill('12,5.0');
  await apply('150');
  await expect(posts.getByText('Vul een bedrag in als 12,50.')).toBeVisible();
  expect((await app.ok('money:ofInitiative', { initiativeId: initiative.id })).grants).toHaveLength(0);
  await posts.getByLabel('Bedrag').nth(1).fill('50');
  await apply('150');
  const first = money.getByRole('article', { name: /€ 150,00/ });
  await expect(first).toContainText('Besluit uiterlijk');
  await expect(first).toContainText('Begroting: Plantgoed € 100,00; Potgrond € 50,00');
  for (const item of [
    'Valt binnen de prestatieafspraken',
    'Bij ons bezit of voor onze huurders',
    'Geen regulier onderhoud',
    'Geen sponsoring',
  ]) {
    await first.getByRole('radiogroup', { name: item }).getByLabel('ja').check();
  }
  await first.getByLabel('Motivering').fill('Tuinslang en plantjes');
  await first.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(first).toContainText('Toegekend');

  await apply('600');
  const second = money.getByRole('article', { name: /€ 600,00/ });
  for (const item of [
    'Valt binnen de prestatieafspraken',
    'Bij ons bezit of voor onze huurders',
    'Geen regulier onderhoud',
    'Geen sponsoring',
  ]) {
    await second.getByRole('radiogroup', { name: item }).getByLabel('ja').check();
  }
  await second.getByLabel('Motivering').fill('Nieuwe bestrating moestuin');
  await second.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(second.getByText(/Dit is boven uw mandaat/)).toBeVisible();
  await second.getByRole('button', { name: 'Ter goedkeuring aan teamleider' }).click();
  await expect(second).toContainText('Wacht op goedkeuring');

  const lead = await app.ok('staff:create', { name: 'Teun Teamleider', role: 'teamleider' });
  await app.ok('settings:update', { currentStaffId: lead.id });
  await page.reload();
  await money
    .getByRole('article', { name: /€ 600,00/ })
    .getByRole('button', { name: 'Goedkeuren' })
    .click();
  await expect(money.getByRole('article', { name: /€ 600,00/ })).toContainText('goedgekeurd door Teun Teamleider');

  await openForm(first, 'Uitgave toevoegen');
  await first.getByLabel('Omschrijving').fill('Tuinslang 80 m');
  await first.getByLabel('Bedrag', { exact: true }).fill('45,50');
  await first.getByLabel(/Bon \(PDF/).setInputFiles({ name: 'bon.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(first.getByText('bon.pdf is opgeslagen.')).toBeVisible();
  await first.getByRole('button', { name: 'Uitgave vastleggen' }).click();
  await expect(first).toContainText('Uitgegeven € 45,50 van € 150,00.');
  await expect(first.getByRole('link', { name: 'bon' })).toBeVisible();

  await openForm(money, 'Materiaal in natura toevoegen');
  const inKind = money.getByRole('form', { name: 'Materiaal vastleggen' });
  await inKind.getByLabel('Wat', { exact: true }).fill('Tuinslang 80 meter');
  await inKind.getByLabel('Geschatte waarde').fill('45');
  await inKind.getByLabel('Terug op').fill(`${year + 1}-03-01`);
  await inKind.getByRole('button', { name: 'Materiaal vastleggen' }).click();
  await expect(money.getByText('Tuinslang 80 meter · geleend · € 45,00')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Acties' })).toContainText('Teruggave: Tuinslang 80 meter');

  await openForm(first, 'Verantwoording');
  await first.getByRole('button', { name: 'Afsluiten' }).click();
  await expect(first.getByText(/De verantwoording is niet compleet/)).toBeVisible();
  await first.getByLabel('Bonnen compleet').check();
  await first.getByLabel('Kort verslag').fill('De tuin is opgeknapt met 6 bewoners.');
  await first.getByLabel('Deelnemers').fill('6');
  await first.getByLabel('Huurders bereikt').fill('40');
  await first.getByLabel(/Foto \(JPEG/).setInputFiles({ name: 'tuin.png', mimeType: 'image/png', buffer: PNG });
  await expect(first.getByText('tuin.png is opgeslagen.')).toBeVisible();
  await first.getByRole('button', { name: 'Verantwoording opslaan' }).click();
  await expect(first.getByRole('button', { name: 'Afsluiten' })).toBeEnabled();
  await page.waitForTimeout(300);
  await first.getByRole('button', { name: 'Afsluiten' }).click();
  await expect(first).toContainText('Afgesloten');
  await expectAccessible(page, 'initiative page with money');
  await page.screenshot({ path: '.test-output/screens/money.png', fullPage: true });
});
