import { describe, expect, it } from 'vitest';
import { sampleComplex } from '../fixtures/backend';
import { allYes, type Laptop, teamWorld } from '../fixtures/team';

const { teamServer, stopServer, server, serverDb, account, laptop, leadAndWim, sync } = teamWorld();

describe('team edition: laptops and one team server on PostgreSQL, changes travelling between them', () => {
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
    expect(await file!.read()).toEqual(pdf);
  });

  it("a document filed on an initiative offline reaches a colleague's laptop with its file", async () => {
    const { lead, wim } = await leadAndWim();
    const complex = await lead.ok('complexes:create', sampleComplex());
    const { initiative } = await lead.ok('initiatives:create', {
      complexId: complex.id,
      title: 'Speeltuin',
      origin: 'bewoners',
      practiceType: 'gemeenschap',
    });
    const pdf = Buffer.from('%PDF-1.4\n% notulen\n%%EOF');
    const file = await lead.ok('attachments:upload', { purpose: 'document', dataBase64: pdf.toString('base64') });
    await lead.ok('documents:add', {
      initiativeId: initiative.id,
      attachmentId: file.id,
      kind: 'notulen',
      title: 'Notulen',
    });
    await sync(lead, wim);
    const [seen] = await wim.ok('documents:list', { initiativeId: initiative.id });
    expect(seen).toMatchObject({ title: 'Notulen', kind: 'notulen', createdByName: 'Tara Teamleider' });
    expect(await wim.attachment(seen!.attachmentId)!.read()).toEqual(pdf);
    expect(await lead.ok('team:status', {})).toMatchObject({ pending: 0, refused: 0 });
  });

  it('a shared view reaches every laptop and goes when unshared; a private view stays on its laptop', async () => {
    const { lead, wim } = await leadAndWim();
    const state = { filter: { filterModel: { status: { filterType: 'text', type: 'equals', filter: 'actief' } } } };
    const team = await lead.ok('views:share', { gridId: 'initiatives', name: 'Actief in de wijk', state });
    await lead.ok('views:save', { gridId: 'initiatives', name: 'Mijn eigen lijst', state: {} });
    await sync(lead, wim);
    const seen = await wim.ok('views:list', { gridId: 'initiatives' });
    expect(seen).toMatchObject([{ name: 'Actief in de wijk', ownerName: 'Tara Teamleider', mine: false, state }]);
    await lead.ok('views:unshare', { id: team.id });
    await sync(lead, wim);
    expect(await wim.ok('views:list', { gridId: 'initiatives' })).toEqual([]);
    expect(await lead.ok('team:status', {})).toMatchObject({ pending: 0, refused: 0 });
  });

  it('a change to a record someone changed first comes back as niet verwerkt and can be applied again', async () => {
    const { lead, wim } = await leadAndWim();
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
    const stored = await server().store.pool.query<{ allocated: string }>(
      "SELECT data->>'allocated_cents' AS allocated FROM team_rows WHERE tbl = 'budgets'",
    );
    expect(stored.rows).toEqual([{ allocated: '60000' }]);
  });

  it('survives the server going away: changes wait, none is applied twice, a wrong clock is not audited', async () => {
    const { dataDir, databaseUrl } = await teamServer();
    await account('Tara Teamleider', 'tara', 'teamleider');
    const dayAhead = { now: () => new Date(Date.now() + 86_400_000) };
    const lead = await laptop('tara', dayAhead);
    const port = server().port;
    await stopServer();
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
    const audit = serverDb().prepare("SELECT at FROM audit_log WHERE entity = 'complex' ORDER BY at").all() as {
      at: string;
    }[];
    for (const { at } of audit) expect(Math.abs(Date.parse(at) - Date.now())).toBeLessThan(120_000);
    expect(await lead.ok('complexes:get', { id: complex.id })).toMatchObject({ homes: 50, version: 2 });
    // Nothing waiting, and the server goes away again: an online command is refused and not kept for later.
    await stopServer();
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
