import { afterEach, describe, expect, it } from 'vitest';
import { generateCorporation } from '../../shared/demo/generator';
import { seedCorporation } from '../../electron/backend/seed';
import { rowAccess, syncedTables } from '../../electron/backend/sync/rows';
import { sampleComplex } from '../fixtures/backend';
import { cuttingProxy, type CuttingProxy } from '../fixtures/cutting-proxy';
import { filesHolding } from '../fixtures/files';
import { type Laptop, teamWorld } from '../fixtures/team';

const { teamServer, stopServer, server, serverDb, account, laptop, leadAndWim, sync } = teamWorld();
let proxy: CuttingProxy | undefined;
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

const count = (db: Laptop['db'], table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
/** A team server with teamleider Tara and a generated corporation written on it like any change. */
async function teamWithCorporation(scale: Parameters<typeof generateCorporation>[0]) {
  await teamServer();
  const tara = await account('Tara Teamleider', 'tara', 'teamleider');
  await server().executor.direct(tara, () =>
    seedCorporation(server().executor.backend.db, generateCorporation(scale), {
      actorId: tara.staffId,
      now: new Date(),
    }),
  );
}

const cursorOf = (l: Laptop) => (l.db.prepare('SELECT cursor FROM sync_state').get() as { cursor: number }).cursor;

describe('team edition: faults on the way between laptop and server, nothing lost and nothing applied twice', () => {
  it("a push's answer is lost after the server applied it: the batch is sent again and counts once", async () => {
    await teamServer();
    await account('Tara Teamleider', 'tara', 'teamleider');
    proxy = await cuttingProxy(() => server().url);
    const lead = await laptop('tara', undefined, proxy.url);
    const complex = await lead.ok('complexes:create', sampleComplex());
    for (const title of ['Moestuin', 'Bankje', 'Buurtkast'])
      await lead.ok('initiatives:create', {
        complexId: complex.id,
        title,
        origin: 'bewoners',
        practiceType: 'zelf_beter',
      });
    proxy.loseAnswersAfter('/v1/push');
    await sync(lead);
    expect(proxy.cutCount()).toBe(1);
    // The server has all four; the laptop does not know and keeps them waiting.
    expect(count(serverDb(), 'initiatives')).toBe(3);
    expect(await lead.ok('team:status', {})).toMatchObject({ pending: 4, offlineSince: expect.any(String) });

    proxy.heal();
    await sync(lead);
    expect(await lead.ok('team:status', {})).toMatchObject({ pending: 0, refused: 0, offlineSince: null });
    expect(count(serverDb(), 'initiatives')).toBe(3);
    expect(count(serverDb(), 'complexes')).toBe(1);
    const creations = serverDb()
      .prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'initiative' AND action = 'create'")
      .get();
    expect(creations).toEqual({ n: 3 });
    expect(count(lead.db, 'initiatives')).toBe(3);
  });

  it('a connection cut mid-pull: the cursor never passes what was applied, the next sync completes', async () => {
    // More than one page of rows (PULL_PAGE, 5,000 a page).
    await teamWithCorporation({ seed: 3, complexes: 80, initiatives: 4_000, wijkbeheerders: 4 });
    const head = await server().store.head();
    proxy = await cuttingProxy(() => server().url);
    proxy.loseAnswersAfter('/v1/pull', 1);
    const lead = await laptop('tara', undefined, proxy.url);
    expect(proxy.cutCount()).toBeGreaterThan(0);
    const cursor = cursorOf(lead);
    expect(cursor).toBeGreaterThan(0);
    expect(cursor).toBeLessThan(head);
    // Exactly what the server had up to the cursor is on the laptop: nothing skipped, nothing half-written.
    const upTo = await server().store.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM team_rows WHERE tbl = 'initiatives' AND seq <= $1",
      [cursor],
    );
    expect(count(lead.db, 'initiatives')).toBe(upTo.rows[0]!.n);
    expect(await lead.ok('team:status', {})).toMatchObject({ offlineSince: expect.any(String) });

    proxy.heal();
    await sync(lead);
    expect(cursorOf(lead)).toBe(head);
    for (const table of ['complexes', 'initiatives', 'residents', 'budgets', 'audit_log'])
      expect(count(lead.db, table), table).toBe(count(serverDb(), table));
    expect(lead.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('a large pull takes the capture triggers off the tables it writes and back, also when writing fails', async () => {
    await teamWithCorporation({ seed: 5, complexes: 20, initiatives: 300, wijkbeheerders: 2 });
    const lead = await laptop('tara');
    expect(count(lead.db, 'initiatives')).toBe(300);
    const captureTriggers = () =>
      lead.db.prepare("SELECT name, sql FROM sqlite_temp_master WHERE type = 'trigger' ORDER BY name").all();
    const tables = syncedTables(lead.db);
    // Three per synced table (insert, update, delete), all of them temporary: none came back into the schema.
    expect(captureTriggers()).toHaveLength(3 * tables.size);
    expect(
      lead.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'").get(),
    ).toEqual({ n: 0 });

    // A large write that fails half-way (the 250th complex has no name) leaves the triggers as they were.
    const before = captureTriggers();
    const complexes = lead.db.prepare('SELECT * FROM complexes').all() as Record<string, unknown>[];
    const rows = Array.from({ length: 250 }, (_, i) => ({
      tbl: 'complexes',
      key: JSON.stringify([`c-${i}`]),
      data: { ...complexes[0]!, id: `c-${i}`, code: `X${i}`, name: i === 249 ? null : `Blok ${i}` },
    }));
    expect(() => rowAccess(lead.db, tables).apply(rows)).toThrow(/NOT NULL/);
    expect(captureTriggers()).toEqual(before);
    expect(count(lead.db, 'complexes')).toBe(20);

    // A change made after the pull is captured as before and reaches the team.
    await lead.ok('complexes:create', sampleComplex());
    await sync(lead);
    expect(count(serverDb(), 'complexes')).toBe(21);
  });

  it('three weeks offline with 500 changes waiting: all of them arrive, in order, under the server time', async () => {
    const { dataDir, databaseUrl } = await teamServer();
    await account('Wim Wijkbeheer', 'wim', 'wijkbeheerder', ['Centrum']);
    const threeWeeks = 21 * 86_400_000;
    const clock = { at: Date.now(), now: () => new Date(clock.at) };
    const wim = await laptop('wim', clock);
    const port = server().port;
    await stopServer();
    let complex = await wim.ok('complexes:create', sampleComplex());
    for (let i = 0; i < 250; i++) {
      clock.at += threeWeeks / 500;
      await wim.ok('initiatives:create', {
        complexId: complex.id,
        title: `Initiatief ${i}`,
        origin: 'bewoners',
        practiceType: 'zelf_beter',
      });
      clock.at += threeWeeks / 500;
      complex = await wim.ok('complexes:update', {
        ...sampleComplex({ homes: 10 + i }),
        id: complex.id,
        version: complex.version,
      });
    }
    await sync(wim);
    expect(await wim.ok('team:status', {})).toMatchObject({ pending: 501, offlineSince: expect.any(String) });

    // The server comes back; the laptop's access token ran out long ago (by its own clock), its login did not.
    await teamServer(dataDir, databaseUrl, port);
    await sync(wim);
    expect(await wim.ok('team:status', {})).toMatchObject({ pending: 0, refused: 0, offlineSince: null });
    expect(count(serverDb(), 'initiatives')).toBe(250);
    expect(serverDb().prepare('SELECT homes, version FROM complexes').get()).toEqual({ homes: 259, version: 251 });
    const times = serverDb().prepare('SELECT min(at) AS first, max(at) AS last FROM audit_log').get() as {
      first: string;
      last: string;
    };
    // The server's clock, not the laptop's three weeks ahead.
    expect(Date.parse(times.last) - Date.now()).toBeLessThan(60_000);
    expect(Date.parse(times.last) - Date.parse(times.first)).toBeLessThan(60_000);
  });

  it('a change to a resident erased meanwhile is refused and leaves none of her data on the laptop', async () => {
    const { lead, wim } = await leadAndWim();
    const complex = await lead.ok('complexes:create', sampleComplex());
    const resident = await lead.ok('residents:create', {
      complexId: complex.id,
      name: 'Greet Uniekenaam',
      consentPurpose: 'contact over de tuin',
      phone: '06 11112222',
    });
    await sync(lead, wim);
    // Wim, offline, adds her e-mail address; meanwhile she asks the corporation to erase her data.
    await wim.ok('residents:update', {
      id: resident.id,
      version: resident.version,
      complexId: complex.id,
      name: resident.name,
      phone: '06 11112222',
      email: 'greet@voorbeeld.nl',
    });
    await lead.ok('residents:erase', { id: resident.id, version: resident.version });
    await sync(wim);
    expect(await wim.ok('team:status', {})).toMatchObject({ pending: 0, refused: 1 });
    const [conflict] = await wim.ok('team:conflicts', {});
    expect(conflict).toMatchObject({ method: 'residents:update', error: { messageKey: 'err.resident.erased' } });
    expect((await wim.ok('residents:get', { id: resident.id })).name).not.toContain('Uniekenaam');
    // What he tried is shown without her data, and nothing of it stays in the laptop's files.
    expect(JSON.stringify(conflict)).not.toMatch(/Uniekenaam|11112222|greet@/);
    wim.close();
    expect(filesHolding(wim.dataDir, ['Uniekenaam', '11112222', 'greet@voorbeeld'])).toEqual([]);
  });

  it('a change to a complex that was archived meanwhile comes back as niet verwerkt', async () => {
    const { lead, wim } = await leadAndWim();
    const complex = await lead.ok('complexes:create', sampleComplex());
    await sync(lead, wim);
    await wim.ok('complexes:update', { ...sampleComplex({ homes: 60 }), id: complex.id, version: complex.version });
    await lead.ok('complexes:archive', { id: complex.id, version: complex.version });
    await sync(lead, wim);
    expect(await wim.ok('team:status', {})).toMatchObject({ pending: 0, refused: 1 });
    expect(await wim.ok('complexes:get', { id: complex.id })).toMatchObject({
      homes: 48,
      archivedAt: expect.any(String),
    });
    expect(serverDb().prepare('SELECT homes FROM complexes').get()).toEqual({ homes: 48 });
  });
});
