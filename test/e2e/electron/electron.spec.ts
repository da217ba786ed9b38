import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { join } from 'node:path';
import { electronBinary } from '../../../scripts/electron-binary.cjs';
import { ensureElectronSqlite } from '../../../scripts/electron-native.cjs';
import { tempDir } from '../../fixtures/backend';

const binary = electronBinary();
const MAIN = join(__dirname, '..', '..', '..', 'dist', 'main', 'index.cjs');

/** The app's own window: the first window is the start-up splash (a data: page), shown until this one is ready. */
async function mainWindow(app: ElectronApplication): Promise<Page> {
  const isMain = (page: Page) => page.url().startsWith('app://');
  await expect.poll(() => app.windows().some(isMain), { timeout: 30_000 }).toBe(true);
  return app.windows().find(isMain)!;
}

test.describe('desktop app (Electron)', () => {
  test.skip(
    !binary.ok,
    `Electron binary not available here (${binary.ok ? '' : binary.reason}); the desktop suite runs where it was ` +
      `downloaded.`,
  );

  test('starts, answers an IPC round trip, and keeps the window locked down', async () => {
    const app = await electron.launch({
      executablePath: binary.ok ? binary.path : undefined,
      args: [MAIN],
      env: { ...process.env, SAMENSPEL_DATA_DIR: tempDir(), SAMENSPEL_SQLITE_BINDING: ensureElectronSqlite() },
    });
    const page = await mainWindow(app);
    await expect(page.getByRole('heading', { name: 'Welkom bij Samenspel' })).toBeVisible();
    // Sandboxed, isolated, no Node: the page sees neither require nor process, only the one bridge object.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    expect(
      await page.evaluate(() => Object.keys((globalThis as { samenspel?: object }).samenspel ?? {}).sort()),
    ).toEqual(['call', 'on', 'transport']);
    const info = await page.evaluate(() =>
      (globalThis as unknown as { samenspel: { call(m: string): Promise<unknown> } }).samenspel.call('app:info'),
    );
    expect(info).toMatchObject({ ok: true, data: { mode: 'electron' } });
    await page.evaluate(() => window.open('https://example.com'));
    await page.evaluate(() => (window.location.href = 'https://example.com'));
    await page.waitForTimeout(500);
    expect(app.windows()).toHaveLength(1);
    expect(page.url()).toMatch(/^app:\/\/samenspel\//);
    // A click on the reminder of due follow-ups sends this event (focus.ts showMyWork); the window shows Mijn werk.
    await page.evaluate(() =>
      (globalThis as unknown as { samenspel: { call(m: string, i: unknown): Promise<unknown> } }).samenspel.call(
        'session:initialize',
        { staff: { name: 'Wendy Wijkbeheer', role: 'wijkbeheerder' }, demo: false },
      ),
    );
    await page.evaluate(() => (window.location.hash = '#/complexen'));
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Complexen', level: 1 })).toBeVisible();
    await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]!.webContents.send('samenspel:event', 'work:open', {}),
    );
    await expect(page).toHaveURL(/#\/mijn-werk$/);
    await app.close();
  });
});
