import type { Page } from '@playwright/test';
import { expect, expectAccessible, openRoute, test } from './fixtures';

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const width of [1024, 800, 768]) {
  test(`at ${width} px the grid toolbar wraps instead of cutting off, and the page does not scroll sideways`, async ({
    page,
    app,
  }) => {
    await app.ok('complexes:create', { code: 'C9201', name: 'Smalhof', homes: 10, buildingType: 'portiekflat' });
    await page.setViewportSize({ width, height: 768 });
    await openRoute(page, app, '/complexen');
    const columns = page.getByRole('button', { name: 'Kolommen' });
    await expect(columns).toBeVisible();
    const box = (await columns.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, `complexes at ${width}`);
    // Both toolbar menus open inside the window (Weergaven, at the left once the toolbar wraps, opened off-screen).
    for (const [button, menu] of [
      ['Weergaven', page.getByRole('group', { name: 'Weergaven' })],
      ['Kolommen', page.locator('fieldset.column-chooser__menu')],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      const shown = (await menu.boundingBox())!;
      expect(shown.x).toBeGreaterThanOrEqual(0);
      expect(shown.x + shown.width).toBeLessThanOrEqual(width);
      await page.getByRole('button', { name: button }).click();
    }
  });
}

test('on a narrow window the navigation folds behind Menu and folds again after choosing a page', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await openRoute(page, app, '/mijn-werk');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(nav).toBeHidden();
  const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await nav.getByRole('link', { name: 'Wederkerigheid' }).click();
  await expect(page.getByRole('heading', { name: 'Wederkerigheid', level: 1 })).toBeVisible();
  await expect(nav).toBeHidden();
  await expectAccessible(page, 'wederkerigheid at 800 with folded navigation');
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(nav).toBeVisible();
  await expect(menu).toBeHidden();
});

test('on a phone (390 px) a visit is logged through the whole dialog, and Mijn werk does not scroll sideways', async ({
  page,
  app,
}) => {
  await app.ok('complexes:create', { code: 'C9301', name: 'Telefoonhof', homes: 10, buildingType: 'portiekflat' });
  await page.setViewportSize({ width: 390, height: 844 });
  await openRoute(page, app, '/mijn-werk');
  await expect(page.getByRole('heading', { name: 'Mijn werk', level: 1 })).toBeVisible();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: '+ Nieuw bezoek' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuw bezoek' });
  const dialogBox = (await dialog.boundingBox())!;
  expect(dialogBox.x).toBeGreaterThanOrEqual(0);
  expect(dialogBox.x + dialogBox.width).toBeLessThanOrEqual(390);
  await dialog.getByRole('combobox', { name: 'Complex' }).fill('C9301');
  await page.keyboard.press('Enter');
  await dialog.getByLabel('Notitie').fill('Bankje bij de ingang is kapot');
  // The save button sits below the fold: the dialog scrolls to it, inside the window.
  const save = dialog.getByRole('button', { name: 'Bezoek opslaan' });
  await save.scrollIntoViewIfNeeded();
  const saveBox = (await save.boundingBox())!;
  expect(saveBox.x + saveBox.width).toBeLessThanOrEqual(390);
  await expectAccessible(page, 'quick visit at 390 px');
  await save.click();
  await expect(dialog).toBeHidden();
  expect((await app.ok('visits:list', {})).map((v) => v.note)).toContain('Bankje bij de ingang is kapot');
});
