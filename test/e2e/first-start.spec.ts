import { splashHtml } from '../../electron/main/splash-page';
import nl from '../../shared/i18n/nl.json';
import { translate } from '../../shared/i18n/translate';
import { expect, expectAccessible, test } from './fixtures';

test.use({ appOptions: { initialize: false } });

test('first start: pick who you are, load the demo corporation, see its complexes and initiatives', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Welkom bij Samenspel' })).toBeVisible();
  await expectAccessible(page, 'first start');

  await page.getByRole('button', { name: 'Beginnen' }).click();
  await expect(page.getByText('Vul uw naam in.')).toBeVisible();

  await page.getByLabel('Naam').fill('Bram Bakker');
  await page.getByLabel('Teamleider').check();
  await page.getByLabel(/Democorporatie laden/).check();
  await page.getByRole('button', { name: 'Beginnen' }).click();

  await expect(page.getByRole('heading', { name: 'Mijn werk' })).toBeVisible();
  await expect(page.getByText('Bram Bakker · Teamleider')).toBeVisible();
  await page.getByRole('link', { name: 'Complexen' }).click();
  await expect(page.getByText('40 rijen')).toBeVisible();
  await expect(page.getByRole('gridcell', { name: 'C1001' })).toBeVisible();
  await expectAccessible(page, 'complexes');

  await page.getByRole('link', { name: 'Initiatieven' }).click();
  await expect(page.getByText('300 rijen')).toBeVisible();
  await expectAccessible(page, 'initiatives');
  await page.screenshot({ path: '.test-output/screens/initiatives.png' });
});

test('first start with an empty database', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByLabel('Naam').fill('Anouk Visser');
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await page.getByRole('link', { name: 'Complexen' }).click();
  await expect(page.getByText('0 rijen')).toBeVisible();
  expect(await app.ok('complexes:list', {})).toHaveLength(0);
});

test('the desktop start-up window: readable, styled under its strict policy, accessible', async ({ page }) => {
  const message = translate(nl, 'splash.encrypting', { files: 9, mb: 7_412 });
  await page.setViewportSize({ width: 460, height: 260 });
  await page.setContent(splashHtml(message));
  await expect(page.getByRole('heading', { name: 'Samenspel wordt gestart' })).toBeVisible();
  await expect(page.getByText('(9 bestanden, 7412 MB)', { exact: false })).toBeVisible();
  // Its style is allowed by hash: a style the policy blocked would leave the heading black.
  await expect(page.getByRole('heading')).toHaveCSS('color', 'rgb(29, 92, 99)');
  await expectAccessible(page, 'start-up window');
  await page.screenshot({ path: '.test-output/screens/splash.png' });
});
