import { readFileSync } from 'node:fs';
import { filesHolding } from '../fixtures/files';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/methods';
import type { Account } from '../../shared/contract/team';
import { createBackend, type Backend } from '../../electron/backend/create-backend';
import { memorySettingsStore } from '../../electron/backend/settings-store';
import { startTeamServer, type TeamServer } from '../../electron/team-server/server';
import { sampleComplex, tempDir } from '../fixtures/backend';
import { removePostgres, startPostgres, type TestPostgres } from '../fixtures/postgres';

const PASSWORD = 'een-lang-wachtwoord';
const allYes = {
  prestatieafspraken: 'ja',
  nabijBezit: 'ja',
  geenRegulierOnderhoud: 'ja',
  geenSponsoring: 'ja',
} as const;

let pg: TestPostgres;
let databases = 0;
let server: TeamServer | undefined;
const laptops: Backend[] = [];

beforeAll(() => {
  pg = startPostgres();
});
afterAll(() => removePostgres(pg));
afterEach(async () => {
  for (const laptop of laptops.splice(0)) laptop.close();
  await server?.close();
  server = undefined;
});

interface Laptop extends Backend {
  dataDir: string;
  ok<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<MethodOutput<M>>;
}

async function teamServer(
  dataDir = tempDir('samenspel-team-'),
  databaseUrl = pg.database(`team_${++databases}`),
  port?: number,
) {
  server = await startTeamServer({ databaseUrl, dataDir, port, log: () => {} });
  return { server, dataDir, databaseUrl };
}

async function account(name: string, login: string, role: Account['role'], wijken: string[] = []) {
  return server!.accounts.create(null, { name, login, password: PASSWORD, role, wijken, active: true });
}

/** `invoke` that throws a refusal, for steps that must succeed. */
function okOf(backend: Backend): Laptop['ok'] {
  return async (method, input) => {
    const result = await backend.invoke(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.data;
  };
}

/** A laptop: a real backend on its own SQLite file, linked to the team server with a login. */
async function laptop(login: string, clock?: { now(): Date }): Promise<Laptop> {
  const dataDir = tempDir('samenspel-laptop-');
  const backend = createBackend({
    dataDir,
    settings: memorySettingsStore(),
    mode: 'test',
    log: () => {},
    ...(clock ? { clock } : {}),
  });
  laptops.push(backend);
  const linked: Laptop = { ...backend, dataDir, ok: okOf(backend) };
  await linked.ok('team:connect', { serverUrl: server!.url, login, password: PASSWORD });
  return linked;
}

/** A laptop that worked alone: its own staff member and data, not linked to any team. */
async function soloLaptop(name: string): Promise<Laptop> {
  const dataDir = tempDir('samenspel-laptop-');
  const backend = createBackend({ dataDir, settings: memorySettingsStore(), mode: 'test', log: () => {} });
  laptops.push(backend);
  const solo: Laptop = { ...backend, dataDir, ok: okOf(backend) };
  await solo.ok('session:initialize', { staff: { name, role: 'teamleider' }, demo: false });
  return solo;
}

/** Syncs the laptops one after another, in the order given (as people would, one after the other). */
async function sync(...all: Laptop[]) {
  for (const l of all) await l.ok('team:sync', {});
}
const serverDb = () => server!.executor.backend.db;

describe('team edition: laptops and one team server on PostgreSQL', () => {
  it('creations from three laptops meet on every laptop and on the server', async () => {
    await teamServer();
    await account('Tara Teamleider', 'tara', 'teamleider');
    await account('Wim Wijkbeheer', 'wim', 'wijkbeheerder', ['Centrum']);
    await account('Mira Medewerker', 'mira', 'medewerker');
    const [lead, wim, mira] = [await laptop('tara'), await laptop('wim'), await laptop('mira')];
    expect((await wim.ok('session:get', {})).currentStaff).toMatchObject({
      name: 'Wim Wijkbeheer',
      role: 'wijkbeheerder',
    });

    const complex = await lead.ok('complexes:create', sampleComplex());
    await sync(lead, wim, mira);
    await wim.ok('initiatives:create', {
      complexId: complex.id,
      title: 'Moestuin',
      origin: 'bewoners',
      practiceType: 'zelf_beter',
    });
    await mira.ok('initiatives:create', {
      complexId: complex.id,
      title: 'Trappenhuis verven',
      origin: 'bewoners',
      practiceType: 'zelf_beter',
    });
    await sync(wim, mira);
    await sync(lead, wim, mira);
    for (const l of [lead, wim, mira]) {
      expect((await l.ok('initiatives:list', {})).map((i) => i.title).sort()).toEqual([
        'Moestuin',
        'Trappenhuis verven',
      ]);
      expect(await l.ok('team:status', {})).toMatchObject({ mode: 'team', pending: 0, refused: 0 });
    }
    expect(serverDb().prepare('SELECT count(*) AS n FROM initiatives').get()).toEqual({ n: 2 });
    // The same ids everywhere: the server replayed the laptop's ids instead of making new ones.
    const ids = (l: Laptop) => l.db.prepare('SELECT id FROM initiatives ORDER BY id').all();
    expect(ids(lead)).toEqual(serverDb().prepare('SELECT id FROM initiatives ORDER BY id').all());
    expect(ids(wim)).toEqual(ids(mira));
  });

  it('the first teamleider brings her solo database into the empty team; a later laptop with data is offered a merge first', async () => {
    await teamServer();
    await account('Tara Teamleider', 'tara', 'teamleider');
    await account('Tim Teamleider', 'tim', 'teamleider');
    const solo = () => {
      const dataDir = tempDir('samenspel-laptop-');
      const backend = createBackend({ dataDir, settings: memorySettingsStore(), mode: 'test', log: () => {} });
      laptops.push(backend);
      return backend;
    };
    const first = solo();
    await first.invoke('session:initialize', { staff: { name: 'Tara (solo)', role: 'teamleider' }, demo: true });
    const joined = await first.invoke('team:connect', { serverUrl: server!.url, login: 'tara', password: PASSWORD });
    expect(joined).toMatchObject({ ok: true, data: { mode: 'team', pending: 0 } });
    expect(serverDb().prepare('SELECT count(*) AS n FROM initiatives').get()).toEqual({ n: 300 });
    const stored = await server!.store.pool.query("SELECT count(*)::int AS n FROM team_rows WHERE tbl = 'complexes'");
    expect(stored.rows).toEqual([{ n: 40 }]);
    const second = solo();
    await second.invoke('session:initialize', { staff: { name: 'Tim (solo)', role: 'teamleider' }, demo: true });
    expect(
      await second.invoke('team:connect', { serverUrl: server!.url, login: 'tim', password: PASSWORD }),
    ).toMatchObject({ ok: false, error: { messageKey: 'err.team.mergeFirst' } });
    // A fresh laptop of the team then gets all of it.
    const fresh = await laptop('tim');
    expect(await fresh.ok('initiatives:list', {})).toHaveLength(300);
  });

  it('a later teamleider merges her solo laptop into a team with data: complexes matched by code, a report first, the budget rule held', async () => {
    await teamServer();
    await account('Tara Teamleider', 'tara', 'teamleider');
    await account('Tim Teamleider', 'tim', 'teamleider');
    await account('Wim Wijkbeheer', 'wim', 'wijkbeheerder', ['Centrum']);
    const lead = await laptop('tara');
    const teamComplex = await lead.ok('complexes:create', sampleComplex());
    const teamBudget = await lead.ok('budgets:create', {
      scope: 'complex',
      complexId: teamComplex.id,
      year: 2026,
      name: 'Leefbaarheid',
      kind: 'vast',
      amountCents: 100_000,
    });
    await lead.ok('initiatives:create', {
      complexId: teamComplex.id,
      title: 'Moestuin',
      origin: 'bewoners',
      practiceType: 'zelf_beter',
    });
    await sync(lead);

    // Tim worked alone: the same complex under its own id (same code), one the team lacks, a grant on its budget.
    const solo = await soloLaptop('Tim Teamleider');
    const same = await solo.ok(
      'complexes:create',
      sampleComplex({ code: 'c2001', name: 'Lindelaan 4 (eigen invoer)' }),
    );
    const own = await solo.ok(
      'complexes:create',
      sampleComplex({ code: 'C2002', name: 'Eikenhof', address: 'Eikenhof 1' }),
    );
    const bankjes = (
      await solo.ok('initiatives:create', {
        complexId: same.id,
        title: 'Bankjes',
        origin: 'bewoners',
        practiceType: 'zelf_beter',
      })
    ).initiative;
    await solo.ok('initiatives:create', {
      complexId: own.id,
      title: 'Speeltuin',
      origin: 'bewoners',
      practiceType: 'zelf_beter',
    });
    const soloBudget = await solo.ok('budgets:create', {
      scope: 'complex',
      complexId: same.id,
      year: 2026,
      name: 'Leefbaarheid',
      kind: 'vast',
      amountCents: 100_000,
    });
    const grant = await solo.ok('grants:apply', {
      initiativeId: bankjes.id,
      budgetId: soloBudget.id,
      appliedOn: '2026-03-10',
      requestedCents: 40_000,
      ownContributionCents: 0,
      lines: [],
    });
    await solo.ok('grants:decide', {
      id: grant.id,
      version: grant.version,
      decision: 'toegekend',
      grantedCents: 40_000,
      motivation: 'Past',
      eligibility: allYes,
    });
    const scan = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n% kwitantie bankjes');
    const receipt = await solo.ok('attachments:upload', { purpose: 'receipt', dataBase64: scan.toString('base64') });
    const credentials = { serverUrl: server!.url, login: 'tim', password: PASSWORD };

    // A wijkbeheerder cannot merge; a teamleider is first shown what would happen, and nothing happens yet.
    const wimSolo = await soloLaptop('Wim Wijkbeheer');
    await wimSolo.ok('complexes:create', sampleComplex({ code: 'C3001' }));
    expect(
      await wimSolo.invoke('team:connect', { serverUrl: server!.url, login: 'wim', password: PASSWORD }),
    ).toMatchObject({ ok: false, error: { messageKey: 'err.team.notEmpty' } });
    expect(await solo.invoke('team:connect', credentials)).toMatchObject({
      ok: false,
      error: { messageKey: 'err.team.mergeFirst' },
    });
    const preview = await solo.ok('team:previewMerge', credentials);
    expect(preview.matchedComplexes).toEqual([{ code: 'c2001', name: 'Lindelaan 4 (eigen invoer)' }]);
    const counts = (tbl: string) => preview.tables.find((t) => t.tbl === tbl);
    expect(counts('complexes')).toMatchObject({ added: 1, matched: 1 });
    expect(counts('staff')).toMatchObject({ added: 0, matched: 1 });
    expect(counts('budgets')).toMatchObject({ added: 0, matched: 1 });
    expect(counts('initiatives')).toMatchObject({ added: 2 });
    expect(preview.keptSettings).toContain('welcome_steps');
    expect(serverDb().prepare('SELECT count(*) AS n FROM initiatives').get()).toEqual({ n: 1 });
    expect(await solo.ok('team:status', {})).toEqual({ mode: 'solo' });

    const joined = await solo.ok('team:connect', { ...credentials, merge: true });
    expect(joined).toMatchObject({ mode: 'team', pending: 0, merged: { matchedComplexes: [{ code: 'c2001' }] } });
    // On the server: Tim's initiative hangs under the team's complex and his grant on the team's budget.
    expect(serverDb().prepare('SELECT complex_id FROM initiatives WHERE id = ?').get(bankjes.id)).toEqual({
      complex_id: teamComplex.id,
    });
    expect(serverDb().prepare('SELECT budget_id FROM grants WHERE id = ?').get(grant.id)).toEqual({
      budget_id: teamBudget.id,
    });
    expect(serverDb().prepare('SELECT allocated_cents FROM budgets WHERE id = ?').get(teamBudget.id)).toEqual({
      allocated_cents: 40_000,
    });
    expect(serverDb().prepare('SELECT count(*) AS n FROM complexes').get()).toEqual({ n: 2 });
    // The audit log says who merged and what the laptop added; the preview left no entry.
    const merges = serverDb()
      .prepare(
        "SELECT a.changes, s.name FROM audit_log a JOIN staff s ON s.id = a.actor_id WHERE a.entity = 'team_merge'",
      )
      .all() as { changes: string; name: string }[];
    expect(merges).toHaveLength(1);
    expect(merges[0]!.name).toBe('Tim Teamleider');
    expect(JSON.parse(merges[0]!.changes)).toMatchObject({
      complexes: { to: 1 },
      initiatives: { to: 2 },
      matchedComplexes: { to: 'c2001' },
    });
    // On Tim's laptop: the team's ids now, and a backup of what he had before.
    expect(solo.db.prepare('SELECT id FROM complexes WHERE code = ?').get('C2001')).toEqual({ id: teamComplex.id });
    expect((await solo.ok('initiatives:list', {})).map((i) => i.title).sort()).toEqual([
      'Bankjes',
      'Moestuin',
      'Speeltuin',
    ]);
    expect((await solo.ok('backups:list', {})).backups.map((b) => b.reason)).toContain('voor-samenvoegen');
    expect(solo.db.prepare('SELECT count(*) AS n FROM welcome_steps').get()).toEqual({ n: 4 });
    await sync(lead);
    expect(readFileSync(lead.attachment(receipt.id)!.path)).toEqual(scan);
    expect((await lead.ok('initiatives:list', {})).map((i) => i.title).sort()).toEqual([
      'Bankjes',
      'Moestuin',
      'Speeltuin',
    ]);

    // A second solo laptop whose grant no longer fits the team's budget: refused as a whole, saying why.
    await account('Tessa Teamleider', 'tessa', 'teamleider');
    const late = await soloLaptop('Tessa Teamleider');
    const lateComplex = await late.ok('complexes:create', sampleComplex());
    const lateInitiative = (
      await late.ok('initiatives:create', {
        complexId: lateComplex.id,
        title: 'Buurtfeest',
        origin: 'bewoners',
        practiceType: 'zelf_beter',
      })
    ).initiative;
    const lateBudget = await late.ok('budgets:create', {
      scope: 'complex',
      complexId: lateComplex.id,
      year: 2026,
      name: 'Leefbaarheid',
      kind: 'vast',
      amountCents: 100_000,
    });
    const lateGrant = await late.ok('grants:apply', {
      initiativeId: lateInitiative.id,
      budgetId: lateBudget.id,
      appliedOn: '2026-04-01',
      requestedCents: 80_000,
      ownContributionCents: 0,
      lines: [],
    });
    await late.ok('grants:decide', {
      id: lateGrant.id,
      version: lateGrant.version,
      decision: 'toegekend',
      grantedCents: 80_000,
      motivation: 'Past',
      eligibility: allYes,
    });
    const refused = await late.invoke('team:connect', {
      serverUrl: server!.url,
      login: 'tessa',
      password: PASSWORD,
      merge: true,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', messageKey: 'err.team.mergeRefused' } });
    expect(!refused.ok && refused.error.message).toContain('budget van het team');
    expect(serverDb().prepare('SELECT count(*) AS n FROM initiatives').get()).toEqual({ n: 3 });
    expect(await late.ok('team:status', {})).toEqual({ mode: 'solo' });
    expect(await late.ok('initiatives:list', {})).toHaveLength(1);
  });

  it('a receipt uploaded on one laptop opens on another, fetched once by its content hash', async () => {
    await teamServer();
    await account('Tara Teamleider', 'tara', 'teamleider');
    await account('Mira Medewerker', 'mira', 'medewerker');
    const [lead, mira] = [await laptop('tara'), await laptop('mira')];
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF');
    const uploaded = await lead.ok('attachments:upload', { purpose: 'receipt', dataBase64: pdf.toString('base64') });
    await sync(lead, mira);
    const file = mira.attachment(uploaded.id);
    expect(file).toMatchObject({ mime: 'application/pdf' });
    expect(readFileSync(file!.path)).toEqual(pdf);
  });

  it('a change to a record someone else changed first comes back as niet verwerkt, and can be applied again', async () => {
    await teamServer();
    await account('Tara Teamleider', 'tara', 'teamleider');
    await account('Wim Wijkbeheer', 'wim', 'wijkbeheerder', ['Centrum']);
    const [lead, wim] = [await laptop('tara'), await laptop('wim')];
    const complex = await lead.ok('complexes:create', sampleComplex());
    await sync(lead, wim);
    await lead.ok('complexes:update', { ...sampleComplex({ name: 'Naam van Tara' }), id: complex.id, version: 1 });
    await wim.ok('complexes:update', { ...sampleComplex({ homes: 60 }), id: complex.id, version: 1 });
    await sync(lead);
    await sync(wim);

    const [conflict] = await wim.ok('team:conflicts', {});
    expect(conflict).toMatchObject({
      method: 'complexes:update',
      error: { code: 'CONFLICT' },
      input: { homes: 60 },
      current: { version: 2, updatedBy: 'Tara Teamleider' },
    });
    // Wim's laptop shows the record as the team has it, not his refused guess.
    expect(await wim.ok('complexes:get', { id: complex.id })).toMatchObject({
      name: 'Naam van Tara',
      homes: 48,
      version: 2,
    });
    expect(await wim.ok('team:status', {})).toMatchObject({ refused: 1, pending: 0 });

    await wim.ok('team:retry', { seq: conflict!.seq });
    await sync(wim, lead);
    // Applied again on top of Tara's version: Wim's field changes, Tara's name stays.
    expect(await lead.ok('complexes:get', { id: complex.id })).toMatchObject({
      name: 'Naam van Tara',
      homes: 60,
      version: 3,
    });
    expect(await wim.ok('team:conflicts', {})).toEqual([]);
  });

  it('two teamleiders deciding from one budget at the same moment never over-allocate it', async () => {
    await teamServer();
    await account('Tara Teamleider', 'tara', 'teamleider');
    await account('Tim Teamleider', 'tim', 'teamleider');
    const [tara, tim] = [await laptop('tara'), await laptop('tim')];
    const complex = await tara.ok('complexes:create', sampleComplex({ homes: 40 }));
    const budget = await tara.ok('budgets:create', {
      scope: 'complex',
      complexId: complex.id,
      year: 2026,
      name: 'Leefbaarheid',
      kind: 'vast',
      amountCents: 100_000,
    });
    const grants = [];
    for (const title of ['Moestuin', 'Speeltuin']) {
      const { initiative } = await tara.ok('initiatives:create', {
        complexId: complex.id,
        title,
        origin: 'bewoners',
        practiceType: 'zelf_beter',
      });
      grants.push(
        await tara.ok('grants:apply', {
          initiativeId: initiative.id,
          budgetId: budget.id,
          appliedOn: '2026-03-10',
          requestedCents: 60_000,
          ownContributionCents: 0,
          lines: [],
        }),
      );
    }
    await sync(tara, tim);
    const decide = (l: Laptop, id: string) =>
      l.invoke('grants:decide', {
        id,
        version: 1,
        decision: 'toegekend',
        grantedCents: 60_000,
        motivation: 'Past',
        eligibility: allYes,
      });
    const results = await Promise.all([decide(tara, grants[0]!.id), decide(tim, grants[1]!.id)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await sync(tara, tim);
    for (const l of [tara, tim]) expect((await l.ok('budgets:list', {}))[0]).toMatchObject({ allocated: 60_000 });
    const stored = await server!.store.pool.query<{ allocated: string }>(
      "SELECT data->>'allocated_cents' AS allocated FROM team_rows WHERE tbl = 'budgets'",
    );
    expect(stored.rows).toEqual([{ allocated: '60000' }]);
  });

  it('roles come from the server: a tampered laptop is still refused, and nobody picks a role locally', async () => {
    await teamServer();
    await account('Tara Teamleider', 'tara', 'teamleider');
    const wim = await laptop('wim-not-yet').catch(() => undefined);
    expect(wim).toBeUndefined();
    await account('Wim Wijkbeheer', 'wim', 'wijkbeheerder', ['Centrum']);
    const w = await laptop('wim');
    const me = (await w.ok('session:get', {})).currentStaff!;
    // Someone edits the laptop's own database to make himself teamleider; the server does not care.
    w.db.prepare("UPDATE staff SET role = 'teamleider' WHERE id = ?").run(me.id);
    const ruleSets = () => serverDb().prepare('SELECT count(*) AS n FROM rule_sets').get();
    const before = ruleSets();
    const rules = await w.ok('advice:rules', {});
    const off = Object.fromEntries(
      Object.entries(rules.settings).map(([id, rule]) => [id, { ...rule, enabled: false }]),
    );
    const refused = await w.invoke('advice:updateRules', { settings: off, note: 'ik mag alles' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(ruleSets()).toEqual(before);
    const lead = (await w.ok('staff:list', {})).find((s) => s.role === 'teamleider' && s.id !== me.id)!;
    expect(await w.invoke('settings:update', { currentStaffId: lead.id })).toMatchObject({
      ok: false,
      error: { messageKey: 'err.team.roleFromServer' },
    });
    expect(await w.invoke('staff:create', { name: 'Nep', role: 'teamleider' })).toMatchObject({
      ok: false,
      error: { messageKey: 'err.team.serverManaged' },
    });
  });

  it("refuses forged tokens, another laptop's device and deactivated accounts, without applying anything", async () => {
    await teamServer();
    const tara = await account('Tara Teamleider', 'tara', 'teamleider');
    await account('Wim Wijkbeheer', 'wim', 'wijkbeheerder', ['Centrum']);
    const [lead, wim] = [await laptop('tara'), await laptop('wim')];
    const forged = await fetch(`${server!.url}/v1/push`, {
      method: 'POST',
      headers: { Authorization: 'Bearer a.b.9999999999999.c', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(forged.status).toBe(401);
    // A teamleider cannot lock herself out.
    expect(
      await lead.invoke('team:updateAccount', {
        staffId: tara.staffId,
        name: tara.name,
        role: 'teamleider',
        wijken: [],
        active: false,
      }),
    ).toMatchObject({ ok: false, error: { messageKey: 'err.team.selfLockout' } });
    const wimDevice = (wim.db.prepare('SELECT device_id FROM sync_state').get() as { device_id: string }).device_id;
    const token = (await lead.team.client()!.account()).token;
    const other = await fetch(`${server!.url}/v1/push`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        deviceId: wimDevice,
        commands: [
          { seq: 1, method: 'complexes:create', input: sampleComplex(), ids: [], madeAt: new Date().toISOString() },
        ],
      }),
    });
    expect(other.status).toBe(403);
    expect(
      await fetch(`${server!.url}/v1/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ login: 'tara', password: 'fout-wachtwoord' }),
      }).then((r) => r.status),
    ).toBe(401);

    await lead.ok('team:updateAccount', {
      staffId: (await wim.ok('session:get', {})).currentStaff!.id,
      name: 'Wim Wijkbeheer',
      role: 'wijkbeheerder',
      wijken: ['Centrum'],
      active: false,
    });
    // Wim works on (his laptop does not know yet); the server refuses his changes from now on.
    await wim.ok('complexes:create', sampleComplex({ code: 'C9001' }));
    await sync(wim);
    expect(await wim.ok('team:status', {})).toMatchObject({ pending: 1, lastError: { code: 'UNAUTHORIZED' } });
    expect(serverDb().prepare("SELECT count(*) AS n FROM complexes WHERE code = 'C9001'").get()).toEqual({ n: 0 });
  });

  it('a wijkbeheerder receives residents of her own wijken only; an erase reaches every laptop and leaves no trace', async () => {
    const { dataDir: serverDir } = await teamServer();
    await account('Tara Teamleider', 'tara', 'teamleider');
    await account('Noor Noord', 'noor', 'wijkbeheerder', ['Noord']);
    await account('Zeno Zuid', 'zeno', 'wijkbeheerder', ['Zuid']);
    const [lead, noor, zeno] = [await laptop('tara'), await laptop('noor'), await laptop('zeno')];
    const north = await lead.ok('complexes:create', sampleComplex({ code: 'N1', wijk: 'Noord' }));
    await sync(lead, noor);
    const resident = await noor.ok('residents:create', {
      complexId: north.id,
      name: 'Henk Zeldzaamnaam',
      phone: '06 12345678',
      consentPurpose: 'contact over de moestuin',
    });
    await sync(noor, lead, zeno);
    expect((await lead.ok('residents:list', {})).map((r) => r.name)).toEqual(['Henk Zeldzaamnaam']);
    expect(await zeno.ok('residents:list', {})).toEqual([]);
    expect(await zeno.ok('complexes:list', {})).toHaveLength(1);

    await lead.ok('residents:erase', { id: resident.id, version: resident.version });
    await sync(noor, zeno, lead);
    expect((await noor.ok('residents:get', { id: resident.id })).name).not.toContain('Zeldzaamnaam');
    for (const l of [noor, lead]) {
      l.close();
      expect(filesHolding(l.dataDir, ['Zeldzaamnaam', '12345678']).map((f) => f.slice(l.dataDir.length))).toEqual([]);
    }
    expect(filesHolding(serverDir, ['Zeldzaamnaam', '12345678'])).toEqual([]);
    const inStore = await server!.store.pool.query(
      "SELECT count(*)::int AS n FROM team_personal WHERE data::text LIKE '%Zeldzaamnaam%'",
    );
    expect(inStore.rows).toEqual([{ n: 0 }]);
  });

  it('survives the server going away: changes wait, nothing is applied twice, and a wrong laptop clock is not the audit time', async () => {
    const { dataDir, databaseUrl } = await teamServer();
    await account('Tara Teamleider', 'tara', 'teamleider');
    const dayAhead = { now: () => new Date(Date.now() + 86_400_000) };
    const lead = await laptop('tara', dayAhead);
    const port = server!.port;
    await server!.close();
    server = undefined;
    const complex = await lead.ok('complexes:create', sampleComplex());
    await lead.ok('complexes:update', { ...sampleComplex({ homes: 50 }), id: complex.id, version: 1 });
    await sync(lead);
    expect(await lead.ok('team:status', {})).toMatchObject({ pending: 2, offlineSince: expect.any(String) });
    expect(
      await lead.invoke('budgets:create', {
        scope: 'complex',
        complexId: complex.id,
        year: 2026,
        name: 'B',
        kind: 'vast',
        amountCents: 1,
      }),
    ).toMatchObject({ ok: false, error: { messageKey: 'err.team.needsConnection' } });
    // An online command that cannot reach the server is not kept to be sent later: the user is told, nothing waits.
    expect(await lead.ok('team:status', {})).toMatchObject({ pending: 2 });

    await teamServer(dataDir, databaseUrl, port);
    await sync(lead);
    expect(await lead.ok('team:status', {})).toMatchObject({ pending: 0, refused: 0, offlineSince: null });
    // The same batch again (an answer that got lost): applied once.
    const client = lead.team.client()!;
    const device = (lead.db.prepare('SELECT device_id FROM sync_state').get() as { device_id: string }).device_id;
    const again = await client.push([
      {
        seq: 1,
        method: 'complexes:create',
        input: sampleComplex(),
        ids: [complex.id],
        madeAt: new Date().toISOString(),
      },
    ]);
    expect(again.results).toEqual([{ seq: 1, ok: true }]);
    expect(serverDb().prepare('SELECT count(*) AS n FROM complexes').get()).toEqual({ n: 1 });
    void device;
    const audit = serverDb().prepare("SELECT at FROM audit_log WHERE entity = 'complex' ORDER BY at").all() as {
      at: string;
    }[];
    for (const { at } of audit) expect(Math.abs(Date.parse(at) - Date.now())).toBeLessThan(120_000);
    expect(await lead.ok('complexes:get', { id: complex.id })).toMatchObject({ homes: 50, version: 2 });
    // Nothing waiting, and the server goes away again: an online command is refused and not kept for later.
    await server!.close();
    server = undefined;
    expect(
      await lead.invoke('budgets:create', {
        scope: 'complex',
        complexId: complex.id,
        year: 2026,
        name: 'B',
        kind: 'vast',
        amountCents: 1,
      }),
    ).toMatchObject({ ok: false, error: { messageKey: 'err.team.needsConnection' } });
    expect(await lead.ok('team:status', {})).toMatchObject({ pending: 0 });
  });
});
