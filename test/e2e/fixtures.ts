import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../electron/backend/create-backend';
import type { Clock } from '../../electron/backend/context';
import { keyFileCustody } from '../../electron/backend/db/encryption';
import { jsonFileSettingsStore } from '../../electron/backend/settings-store';
import { startBrowserServer, type BrowserServer } from '../../electron/server/server';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/methods';
import { tempDir } from '../fixtures/backend';

export const RENDERER_DIR = join(__dirname, '..', '..', 'dist', 'renderer');

export interface RunningApp {
  url: string;
  backend: Backend;
  server: BrowserServer;
  dataDir: string;
  /** Calls the backend directly, to arrange data faster than clicking. */
  ok<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<MethodOutput<M>>;
}

/** Starts browser mode (real backend, real SQLite file, built renderer) on a fresh data folder. */
export async function startApp(
  options: { initialize?: boolean; demo?: boolean; clock?: Clock; dataDir?: string; keyFile?: string } = {},
): Promise<RunningApp> {
  const dataDir = options.dataDir ?? tempDir('samenspel-e2e-');
  const backend = createBackend({
    dataDir,
    keyCustody: options.keyFile ? keyFileCustody(options.keyFile, dataDir) : null,
    settings: jsonFileSettingsStore(join(dataDir, 'settings.json')),
    mode: 'browser',
    log: () => {},
    autoSync: true,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const server = await startBrowserServer({ backend, staticDir: RENDERER_DIR });
  const ok: RunningApp['ok'] = async (method, input) => {
    const result = await backend.invoke(method, input);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data;
  };
  if (options.initialize)
    await ok('session:initialize', {
      staff: { name: 'Wendy Wijkbeheer', role: 'wijkbeheerder' },
      demo: options.demo ?? false,
    });
  return { url: server.url, backend, server, dataDir, ok };
}

export const test = base.extend<{
  app: RunningApp;
  appOptions: { initialize?: boolean; demo?: boolean; clock?: Clock };
}>({
  appOptions: [{ initialize: true, demo: false }, { option: true }],
  app: async ({ appOptions }, use) => {
    const app = await startApp(appOptions);
    await use(app);
    await app.server.close();
    app.backend.close();
    rmSync(app.dataDir, { recursive: true, force: true });
  },
});
export { expect };

/** A portiekflat with one initiative its residents started: the usual start of a test about an initiative. */
export async function complexWithInitiative(
  app: RunningApp,
  c: { code: string; name: string; title: string; homes?: number; practiceType?: 'gemeenschap' | 'zelf_beter' },
) {
  const complex = await app.ok('complexes:create', {
    code: c.code,
    name: c.name,
    homes: c.homes ?? 24,
    buildingType: 'portiekflat',
  });
  const { initiative } = await app.ok('initiatives:create', {
    complexId: complex.id,
    title: c.title,
    origin: 'bewoners',
    practiceType: c.practiceType ?? 'gemeenschap',
  });
  return { complex, initiative };
}

/** A minimal PDF: enough for the backend's check of a file's real type. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF');

/** Runs axe on the page and fails on any serious or critical WCAG 2 A/AA violation. */
export async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) =>
        `${name}: ${v.id} (${v.impact}) ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([]);
}

/** Opens a page of the app by its hash route, after the token cookie is set. */
export async function openRoute(page: Page, app: RunningApp, route: string) {
  await page.goto(app.url);
  await page.goto(`${app.url.split('?')[0]}#${route}`);
}

/** Opens a folded panel (the initiative page folds its history) and returns it. */
export async function openPanel(page: Page, name: string) {
  const panel = page.getByRole('region', { name });
  const toggle = panel.getByRole('button', { name, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  return panel;
}

/** Unfolds a form offered under a title (a `Disclosure`) inside `scope`, if it is folded. */
export async function openForm(scope: Locator, title: string) {
  const details = scope
    .locator('details.disclosure', { has: scope.page().locator('summary', { hasText: title }) })
    .first();
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await details.locator('summary').first().click();
}
