import { expect, openRoute, test } from './fixtures';

test('save the grid view under a name and open it again from the menu', async ({ page, app }) => {
  // AG Grid positions rows absolutely and reuses them, so the first displayed row is found by its row index.
  const firstRow = () => page.locator('.ag-center-cols-container [row-index="0"]');
  await app.ok('complexes:create', { code: 'C2101', name: 'Zonnehof', homes: 30, buildingType: 'portiekflat' });
  await app.ok('complexes:create', { code: 'C2102', name: 'Maanhof', homes: 12, buildingType: 'woongroep' });
  await openRoute(page, app, '/complexen');
  await page.getByRole('columnheader', { name: 'Naam' }).click();
  await expect(firstRow()).toContainText('Maanhof');
  await page.getByRole('button', { name: 'Weergaven' }).click();
  await page.getByLabel('Naam', { exact: true }).last().fill('Op naam');
  await page.getByLabel('Delen met het team').check();
  await page.getByRole('button', { name: 'Huidige weergave opslaan' }).click();
  await expect(page.getByRole('button', { name: 'Op naam (gedeeld)' })).toBeVisible();

  await page.getByRole('columnheader', { name: 'Complexcode' }).click();
  await expect(firstRow()).toContainText('Zonnehof');
  await page.getByRole('button', { name: 'Op naam (gedeeld)' }).click();
  await expect(firstRow()).toContainText('Maanhof');
});
