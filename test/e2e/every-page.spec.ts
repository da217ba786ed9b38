import type { Page, Route } from '@playwright/test';
import nl from '../../shared/i18n/nl.json';
import { expect, expectAccessible, openRoute, test, type RunningApp } from './fixtures';

/**
 * Every page of the app on the demo corporation, as a teamleider (who sees every page), at the two widths a
 * wijkbeheerder works at: the office screen and a laptop window on the road. Each page must show its heading
 * after loading, pass axe, and not scroll sideways. The screenshots are for looking at.
 */
test.use({ appOptions: { initialize: true, demo: true } });

async function pages(app: RunningApp) {
  const staff = await app.ok('staff:list');
  await app.ok('settings:update', { currentStaffId: staff.find((s) => s.role === 'teamleider')!.id });
  const [complex] = await app.ok('complexes:list', {});
  const initiatives = await app.ok('initiatives:list', {});
  const [resident] = await app.ok('residents:list', {});
  let agreementId: string | undefined;
  for (const i of initiatives.slice(0, 300)) {
    agreementId = (await app.ok('liability:get', { initiativeId: i.id })).agreements[0]?.id;
    if (agreementId) break;
  }
  expect(agreementId, 'the demo corporation has a volunteer agreement').toBeDefined();
  const initiative = initiatives[0]!;
  return [
    ['/mijn-werk', 'Mijn werk'],
    ['/overzicht', 'Overzicht'],
    ['/complexen', 'Complexen'],
    [`/complexen/${complex!.id}`, complex!.name],
    [`/complexen/${complex!.id}/bewerken`, null],
    ['/complexen/nieuw', null],
    ['/initiatieven', 'Initiatieven'],
    [`/initiatieven/${initiative.id}`, initiative.title],
    [`/initiatieven/${initiative.id}/bewerken`, null],
    [`/initiatieven/nieuw?complex=${complex!.id}`, null],
    ['/bewoners', 'Bewoners'],
    [`/bewoners/${resident!.id}`, resident!.name],
    [`/bewoners/${resident!.id}/bewerken`, null],
    ['/bewoners/nieuw', null],
    ['/budgetten', 'Budgetten'],
    ['/verzekeringen', null],
    ['/dossiers', null],
    [`/overeenkomsten/${agreementId}/afdrukken`, null],
    ['/advies', null],
    ['/import', null],
    ['/wederkerigheid', 'Wederkerigheid'],
    ['/partners', null],
    ['/niet-verwerkt', null],
    ['/instellingen', 'Instellingen'],
    ['/rapportage', null],
  ] as const;
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const width of [1440, 800]) {
  test(`every page at ${width} px shows its heading, passes axe and does not scroll sideways`, async ({
    page,
    app,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height: 900 });
    for (const [route, heading] of await pages(app)) {
      await test.step(route, async () => {
        await openRoute(page, app, route);
        const h1 = page.getByRole('heading', { level: 1 });
        await expect(h1).toBeVisible();
        if (heading) await expect(h1).toContainText(heading);
        // Loaded: no page-level "Laden…" left, so axe and the screenshot see the real page.
        await expect(
          page
            .locator('main')
            .getByRole('status')
            .filter({ hasText: /^Laden/ }),
        ).toHaveCount(0);
        expect(await sideways(page), `${route} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
        await expectAccessible(page, `${route} at ${width} px`);
        const name = route
          .split('?')[0]!
          .replace(/\/[0-9a-f-]{36}/g, '/id')
          .replace(/[^a-z]+/g, '-')
          .replace(/^-|-$/g, '');
        await page.screenshot({ path: `.test-output/screens/pages/${width}/${name}.png`, fullPage: true });
      });
    }
  });
}

/** What a page says when it has nothing to show ("Geen budgetten."): never true while its data is still coming. */
const EMPTY_STATES = Object.entries(nl as Record<string, string>)
  .filter(([key, text]) => /\.(empty|none\w*|no[A-Z]\w*)$/.test(key) && /^[^{]+\.$/.test(text))
  .map(([, text]) => text);

test('while its data is on the way, no page says it has none', async ({ page, app }) => {
  test.setTimeout(240_000);
  const routes = await pages(app);
  expect(EMPTY_STATES).toContain('Geen budgetten.');
  // Calls for the page's data wait until released; who is signed in is answered at once, so the shell stands.
  let release: () => void = () => {};
  let held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/call', async (route: Route) => {
    const method = (route.request().postDataJSON() as { method?: string } | null)?.method ?? '';
    if (!/^(session:|settings:|app:|team:status)/.test(method)) await held;
    await route.continue();
  });
  for (const [path] of routes) {
    await test.step(path, async () => {
      held = new Promise<void>((resolve) => (release = resolve));
      await openRoute(page, app, path);
      // The page has drawn what it can without its data (the report has no menu bar, so wait for any text).
      await page.waitForFunction(() => document.body.innerText.trim().length > 0);
      await page.waitForTimeout(300);
      const shown = await page.locator('body').innerText();
      release();
      expect(
        EMPTY_STATES.filter((text) => shown.includes(text)),
        `${path} while loading`,
      ).toEqual([]);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }
});
