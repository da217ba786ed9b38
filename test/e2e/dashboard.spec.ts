import { expect, expectAccessible, openRoute, test } from './fixtures';

test.use({ appOptions: { initialize: true, demo: true } });

test('the Overzicht dashboard shows the figures and charts with text alternatives; a figure opens its records', async ({
  page,
  app,
}) => {
  await openRoute(page, app, '/overzicht');
  await expect(page.getByRole('heading', { name: 'Overzicht' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Advies gevolgd/ })).toBeVisible();
  const year = new Date().getFullYear();
  await page.getByLabel('Jaar').selectOption(String(year - 1));
  await expect(page.locator('.chart svg').first()).toBeVisible();
  await expect(page.getByText('Initiatieven per aanpak per wijk: tabel')).toBeVisible();
  await expectAccessible(page, 'dashboard');
  await page.screenshot({ path: '.test-output/screens/dashboard.png', fullPage: true });
  const closed = Number(
    (await page
      .getByRole('button', { name: /Gesloten$/ })
      .locator('.tile__value')
      .textContent()) ?? 'x',
  );
  expect(closed).toBeGreaterThan(0);
  await page.getByRole('button', { name: /Gesloten$/ }).click();
  await expect(page.getByRole('heading', { name: 'Initiatieven' })).toBeVisible();
  await expect(
    page.getByText(`Initiatieven achter het cijfer 'Gesloten' in het Overzicht van ${year - 1}`),
  ).toBeVisible();
  await expect(page.getByText(closed === 1 ? '1 rij' : `${closed} rijen`, { exact: true })).toBeVisible();
  await expectAccessible(page, 'records behind a figure');
  await page.getByRole('link', { name: 'Terug naar Overzicht' }).click();
  await expect(page.getByLabel('Periode (jaar)')).toHaveValue(String(year - 1));

  // The breakdown per practice type opens its initiatives too.
  const perType = page.getByRole('table', { name: 'Initiatieven per praktijktype' });
  const row = perType.getByRole('row', { name: /^2\. Wij bewoners kunnen het zelf/ });
  const count = Number(await row.getByRole('button').textContent());
  await row.getByRole('button').click();
  await expect(page.getByText(count === 1 ? '1 rij' : `${count} rijen`, { exact: true })).toBeVisible();
});

test("the charts' tooltips show within the page's Content Security Policy, on the dashboard and the report", async ({
  page,
  app,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.sample}`));
  });
  const year = new Date().getFullYear() - 1;
  for (const route of ['/overzicht', `/rapportage?jaar=${year}`]) {
    await openRoute(page, app, route);
    const chart = page.locator('.chart__canvas').first();
    await expect(chart.locator('svg')).toBeVisible();
    const text = () => chart.evaluate((host) => host.textContent ?? '');
    const before = await text();
    const { width } = (await chart.boundingBox())!;
    // Over the first bars: an axis tooltip follows the pointer and adds its text to the chart (drawn in the
    // chart's SVG, or as HTML beside it).
    for (const x of [0.4, 0.5, 0.6]) await chart.hover({ position: { x: width * x, y: 90 } });
    await expect.poll(async () => (await text()).length).toBeGreaterThan(before.length);
    await chart.screenshot({
      path: `.test-output/screens/chart-tooltip${route === '/overzicht' ? '' : '-report'}.png`,
    });
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  }
});
