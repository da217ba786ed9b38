import type { Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { startTeamServer, type TeamServer } from '../../electron/team-server/server';
import { tempDir } from '../fixtures/backend';
import { removePostgres, startPostgres, type TestPostgres } from '../fixtures/postgres';
import { expect, expectAccessible, startApp, type RunningApp } from './fixtures';
import { test as base } from '@playwright/test';

const PASSWORD = 'een-lang-wachtwoord';

/** Two browser-mode laptops (a wijkbeheerder and a teamleider) against one team server on a real PostgreSQL. */
const test = base.extend<{
  team: {
    pg: TestPostgres;
    server: () => TeamServer;
    restart(): Promise<void>;
    stop(): Promise<void>;
    apps: RunningApp[];
  };
}>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a pattern
  team: async ({}, use) => {
    const pg = startPostgres();
    const databaseUrl = pg.database('team');
    const dataDir = tempDir('samenspel-team-');
    let server = await startTeamServer({ databaseUrl, dataDir, log: () => {} });
    const port = server.port;
    await server.accounts.create(null, {
      name: 'Tara Teamleider',
      login: 'tara',
      password: PASSWORD,
      role: 'teamleider',
      wijken: [],
      active: true,
    });
    await server.accounts.create(null, {
      name: 'Wim Wijkbeheer',
      login: 'wim',
      password: PASSWORD,
      role: 'wijkbeheerder',
      wijken: ['Centrum'],
      active: true,
    });
    let running = true;
    const apps: RunningApp[] = [];
    await use({
      pg,
      server: () => server,
      apps,
      stop: async () => {
        await server.close();
        running = false;
      },
      restart: async () => {
        server = await startTeamServer({ databaseUrl, dataDir, port, log: () => {} });
        running = true;
      },
    });
    for (const app of apps) {
      await app.server.close();
      app.backend.close();
      rmSync(app.dataDir, { recursive: true, force: true });
    }
    if (running) await server.close();
    removePostgres(pg);
  },
});

async function linkAtFirstStart(page: Page, app: RunningApp, url: string, login: string) {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Teamserver koppelen' })).toBeVisible();
  await page.getByLabel('Adres van de teamserver').fill(url);
  await page.getByRole('textbox', { name: 'Login', exact: true }).fill(login);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Koppelen' }).click();
  await expect(page.getByRole('heading', { name: 'Mijn werk' })).toBeVisible();
  await expect(page.getByText(/Gesynchroniseerd om/)).toBeVisible();
}

test("a visit logged offline reaches the teamleider's Overzicht; a conflict shows as niet verwerkt", async ({
  browser,
  team,
}) => {
  const [wimApp, taraApp] = [await startApp({ initialize: false }), await startApp({ initialize: false })];
  team.apps.push(wimApp, taraApp);
  const wim = await (await browser.newContext()).newPage();
  const tara = await (await browser.newContext()).newPage();

  await test.step('both link their laptop at first start; roles come from the server', async () => {
    await linkAtFirstStart(wim, wimApp, team.server().url, 'wim');
    await expectAccessible(wim, 'mijn werk in team mode');
    await linkAtFirstStart(tara, taraApp, team.server().url, 'tara');
    await expect(wim.getByText('Wim Wijkbeheer · Wijkbeheerder')).toBeVisible();
    await tara.goto(`${taraApp.url.split('?')[0]}#/instellingen`);
    await expect(tara.getByRole('heading', { name: 'Accounts van het team' })).toBeVisible();
    await expect(tara.getByLabel('Huidige gebruiker')).toHaveCount(0);
    await expectAccessible(tara, 'settings in team mode');
  });

  const complex = await taraApp.ok('complexes:create', {
    code: 'C5001',
    name: 'Lindehof',
    address: 'Lindelaan 4',
    wijk: 'Centrum',
    homes: 40,
    buildingType: 'portiekflat',
  });
  await taraApp.ok('team:sync', {});
  await wimApp.ok('team:sync', {});

  await test.step('the wijkbeheerder logs a visit with a new initiative while the server is down', async () => {
    await team.stop();
    await wim.goto(`${wimApp.url.split('?')[0]}#/mijn-werk`);
    await wim.getByRole('button', { name: '+ Nieuw bezoek' }).click();
    await wim.getByRole('combobox', { name: 'Complex' }).fill('C5001');
    await wim.keyboard.press('Enter');
    await wim.getByLabel('Notitie').fill('Bewoners willen een moestuin');
    const initiative = wim.getByRole('group', { name: 'Nieuw initiatief (optioneel)' });
    await initiative.getByLabel('Titel').fill('Moestuin Lindehof');
    await initiative.getByLabel('Praktijktype').selectOption('zelf_beter');
    await wim.getByRole('button', { name: 'Bezoek opslaan' }).click();
    await expect(wim.getByRole('heading', { name: 'Moestuin Lindehof' })).toBeVisible();
    await wim.getByRole('button', { name: 'Nu synchroniseren' }).click();
    await expect(wim.getByText(/wacht(en)? op verbinding/)).toBeVisible();
  });

  await test.step("back online, the teamleider's Overzicht counts it", async () => {
    await team.restart();
    await wim.getByRole('button', { name: 'Nu synchroniseren' }).click();
    await expect(wim.getByText(/Gesynchroniseerd om/)).toBeVisible();
    await taraApp.ok('team:sync', {});
    await tara.goto(`${taraApp.url.split('?')[0]}#/overzicht`);
    await expect(tara.getByRole('button', { name: /^1 Nieuw dit jaar$/ })).toBeVisible();
  });

  await test.step('both change the complex; the later one is shown as niet verwerkt and applied again', async () => {
    await taraApp.ok('complexes:update', {
      id: complex.id,
      version: 1,
      code: 'C5001',
      name: 'Lindehof Noord',
      address: 'Lindelaan 4',
      wijk: 'Centrum',
      homes: 40,
      buildingType: 'portiekflat',
    });
    await taraApp.ok('team:sync', {});
    await wim.goto(`${wimApp.url.split('?')[0]}#/complexen/${complex.id}`);
    await wim.getByRole('link', { name: 'Bewerken' }).click();
    await wim.getByLabel('Aantal woningen').fill('44');
    await wim.getByRole('button', { name: 'Opslaan' }).click();
    await wim.getByRole('link', { name: '1 wijziging niet verwerkt' }).click();
    await expect(wim.getByRole('heading', { name: 'Complex gewijzigd' })).toBeVisible();
    await expect(wim.getByText(/gewijzigd door Tara Teamleider/)).toBeVisible();
    await expectAccessible(wim, 'niet verwerkt');
    await wim.getByRole('button', { name: 'Opnieuw toepassen' }).click();
    await expect(wim.getByText('Alle wijzigingen zijn verwerkt.')).toBeVisible();
    // The change applied again goes out with the next sync (a second after the last change, or now).
    await wimApp.ok('team:sync', {});
    await taraApp.ok('team:sync', {});
    expect(await taraApp.ok('complexes:get', { id: complex.id })).toMatchObject({ name: 'Lindehof Noord', homes: 44 });
  });
});

test('a teamleider merges her solo laptop into the team after seeing what would happen', async ({ browser, team }) => {
  const [teamApp, soloApp] = [await startApp({ initialize: false }), await startApp({ initialize: false })];
  team.apps.push(teamApp, soloApp);
  await teamApp.ok('team:connect', { serverUrl: team.server().url, login: 'wim', password: PASSWORD });
  // The team has Lindehof already; the solo laptop has it too (same code) and one of its own, with an initiative.
  await linkTeamComplex(team.server().url);
  await soloApp.ok('session:initialize', { staff: { name: 'Tara Teamleider', role: 'teamleider' }, demo: false });
  const own = await soloApp.ok('complexes:create', {
    code: 'c5001',
    name: 'Lindehof (eigen)',
    address: 'Lindelaan 4',
    wijk: 'Centrum',
    homes: 40,
    buildingType: 'portiekflat',
  });
  await soloApp.ok('complexes:create', {
    code: 'C5002',
    name: 'Eikenhof',
    address: 'Eikenhof 1',
    wijk: 'Centrum',
    homes: 20,
    buildingType: 'portiekflat',
  });
  await soloApp.ok('initiatives:create', {
    complexId: own.id,
    title: 'Bankjes op het plein',
    origin: 'bewoners',
    practiceType: 'zelf_beter',
  });

  const page = await (await browser.newContext()).newPage();
  await page.goto(soloApp.url);
  await page.getByRole('link', { name: 'Instellingen' }).click();
  await page.getByLabel('Adres van de teamserver').fill(team.server().url);
  await page.getByRole('textbox', { name: 'Login', exact: true }).fill('tara');
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Koppelen' }).click();
  await expect(page.getByRole('heading', { name: 'Gegevens samenvoegen met het team' })).toBeVisible();
  await expect(page.getByRole('row', { name: 'Complexen 1 1 0' })).toBeVisible();
  await expect(page.getByText('Complexen die het team al had: c5001 Lindehof (eigen)')).toBeVisible();
  await expectAccessible(page, 'merge preview');
  expect(await soloApp.ok('team:status', {})).toEqual({ mode: 'solo' });

  await page.getByRole('button', { name: 'Samenvoegen en koppelen' }).click();
  await expect(page.getByRole('heading', { name: 'Samengevoegd met het team' })).toBeVisible();
  await expect(page.getByText(/Gesynchroniseerd om/)).toBeVisible();
  await teamApp.ok('team:sync', {});
  expect((await teamApp.ok('initiatives:list', {})).map((i) => i.title)).toEqual(['Bankjes op het plein']);
  expect((await teamApp.ok('complexes:list', {})).map((c) => c.code).sort()).toEqual(['C5001', 'C5002']);
  // The laptop started over from the team's rows: the team's settings too, not an empty welcome template.
  await expect(page.getByRole('textbox', { name: 'Omschrijving, moment 1' })).toHaveValue(/Kennismaking/);

  /** The team's own Lindehof, made on the server by the teamleider. */
  async function linkTeamComplex(url: string) {
    const lead = await startApp({ initialize: false });
    team.apps.push(lead);
    await lead.ok('team:connect', { serverUrl: url, login: 'tara', password: PASSWORD });
    await lead.ok('complexes:create', {
      code: 'C5001',
      name: 'Lindehof',
      address: 'Lindelaan 4',
      wijk: 'Centrum',
      homes: 40,
      buildingType: 'portiekflat',
    });
    await lead.ok('team:sync', {});
  }
});
