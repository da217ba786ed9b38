import { describe, expect, it } from 'vitest';
import { sampleComplex } from '../fixtures/backend';
import { allYes, PASSWORD, teamWorld } from '../fixtures/team';

const { teamServer, unlinkedLaptop, server, serverDb, account, laptop, soloLaptop, sync } = teamWorld();

describe('team edition: joining a team with the data of a solo laptop', () => {
  it('the first teamleider brings her solo data into the empty team; a later one is offered a merge', async () => {
    await teamServer();
    await account('Tara Teamleider', 'tara', 'teamleider');
    await account('Tim Teamleider', 'tim', 'teamleider');
    const first = unlinkedLaptop();
    await first.invoke('session:initialize', { staff: { name: 'Tara (solo)', role: 'teamleider' }, demo: true });
    const joined = await first.invoke('team:connect', { serverUrl: server().url, login: 'tara', password: PASSWORD });
    expect(joined).toMatchObject({ ok: true, data: { mode: 'team', pending: 0 } });
    expect(serverDb().prepare('SELECT count(*) AS n FROM initiatives').get()).toEqual({ n: 300 });
    const stored = await server().store.pool.query("SELECT count(*)::int AS n FROM team_rows WHERE tbl = 'complexes'");
    expect(stored.rows).toEqual([{ n: 40 }]);
    const second = unlinkedLaptop();
    await second.invoke('session:initialize', { staff: { name: 'Tim (solo)', role: 'teamleider' }, demo: true });
    expect(
      await second.invoke('team:connect', { serverUrl: server().url, login: 'tim', password: PASSWORD }),
    ).toMatchObject({ ok: false, error: { messageKey: 'err.team.mergeFirst' } });
    // A fresh laptop of the team then gets all of it.
    const fresh = await laptop('tim');
    expect(await fresh.ok('initiatives:list', {})).toHaveLength(300);
  });

  it('a later teamleider merges into a team with data: complexes by code, a report first, budgets held', async () => {
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
    const credentials = { serverUrl: server().url, login: 'tim', password: PASSWORD };

    // A wijkbeheerder cannot merge; a teamleider is first shown what would happen, and nothing happens yet.
    const wimSolo = await soloLaptop('Wim Wijkbeheer');
    await wimSolo.ok('complexes:create', sampleComplex({ code: 'C3001' }));
    expect(
      await wimSolo.invoke('team:connect', { serverUrl: server().url, login: 'wim', password: PASSWORD }),
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
    expect(await lead.attachment(receipt.id)!.read()).toEqual(scan);
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
      serverUrl: server().url,
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
});
