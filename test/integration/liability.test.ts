import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories } from '../../electron/backend/db/repositories';
import { requirementsInPieces } from '../../electron/backend/liability';
import { UNKNOWN_STORED_FACTS } from '../../shared/domain/recommendation';
import { sampleComplex, startInitializedBackend, testClock, type TestBackend } from '../fixtures/backend';

let backend: TestBackend;
afterEach(() => backend?.dispose());

const PDF = Buffer.from('%PDF-1.4\n%%EOF').toString('base64');

async function setup() {
  const started = await startInitializedBackend({ clock: testClock('2026-06-01T10:00:00.000Z') });
  backend = started.backend;
  const complex = await backend.ok('complexes:create', sampleComplex({ place: 'Zaanwijk', municipality: 'Zaanwijk' }));
  const { initiative } = await backend.ok('initiatives:create', {
    complexId: complex.id,
    title: 'Lampjes vervangen',
    origin: 'bewoners',
    practiceType: 'zelf_beter',
    facts: { ...UNKNOWN_STORED_FACTS, risks: ['elektra'], ownership: 'mentaal_eigenaar' },
  });
  const resident = await backend.ok('residents:create', { complexId: complex.id, name: 'Kees Elektra' });
  const policy = await backend.ok('policies:create', {
    insurer: 'Centraal Beheer',
    policyNumber: 'VNG-1',
    kind: 'vng_basis',
    holder: 'gemeente',
    municipality: 'Zaanwijk',
    secondary: true,
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
    covers: [{ risk: 'elektra', amountCents: 250_000_000 }],
  });
  return { complex, initiative, resident, policy };
}

describe('liability through the registry', () => {
  it("refuses a save from a stale copy instead of losing the other window's text", async () => {
    const { initiative } = await setup();
    const seen = await backend.ok('liability:get', { initiativeId: initiative.id });
    expect(seen.version).toBe(0);
    const windowA = await backend.ok('liability:update', {
      initiativeId: initiative.id,
      version: 0,
      objectOwner: 'corporatie',
      activities: 'Lampjes in de gang vervangen',
    });
    expect(windowA.version).toBe(1);
    const windowB = await backend.invoke('liability:update', {
      initiativeId: initiative.id,
      version: 0,
      objectOwner: 'bewoners',
      activities: '',
    });
    expect(windowB).toMatchObject({ ok: false, error: { code: 'CONFLICT', messageKey: 'err.conflict.changed' } });
    expect(await backend.ok('liability:get', { initiativeId: initiative.id })).toMatchObject({
      activities: 'Lampjes in de gang vervangen',
      objectOwner: 'corporatie',
      version: 1,
    });
  });

  it('rejects a policy without number or insurer, and a VNG policy without municipality', async () => {
    await setup();
    const result = await backend.invoke('policies:create', {
      insurer: '',
      policyNumber: '',
      kind: 'vng_plus',
      holder: 'gemeente',
      validFrom: '2026-01-01',
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        issues: [
          { path: 'insurer', messageKey: 'err.policy.insurer' },
          { path: 'policyNumber', messageKey: 'err.policy.number' },
          { path: 'municipality', messageKey: 'err.policy.municipality' },
        ],
      },
    });
    const noMunicipality = await backend.invoke('policies:create', {
      insurer: 'X',
      policyNumber: '1',
      kind: 'vng_plus',
      holder: 'gemeente',
      validFrom: '2026-01-01',
    });
    expect(noMunicipality).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'municipality', messageKey: 'err.policy.municipality' }] },
    });
  });

  it('corrects a policy (renewal, sum insured, document), refuses stale copies and bad input, logs it', async () => {
    const { policy } = await setup();
    const document = await backend.ok('attachments:upload', { purpose: 'document', dataBase64: PDF });
    const input = {
      id: policy.id,
      insurer: policy.insurer,
      policyNumber: policy.policyNumber,
      kind: policy.kind,
      holder: policy.holder,
      municipality: policy.municipality,
      secondary: policy.secondary,
      validFrom: policy.validFrom,
      validTo: '2027-12-31',
      covers: [{ risk: 'elektra' as const, amountCents: 300_000_000 }],
      documentId: document.id,
    };
    const saved = await backend.ok('policies:update', { ...input, version: policy.version });
    expect(saved).toMatchObject({
      validTo: '2027-12-31',
      documentId: document.id,
      version: policy.version + 1,
      covers: [{ risk: 'elektra', amountCents: 300_000_000 }],
    });
    // A second window still holding the first version is told, and changes nothing.
    expect(
      await backend.invoke('policies:update', { ...input, version: policy.version, validTo: '2026-12-31' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(
      await backend.invoke('policies:update', { ...input, version: saved.version, validTo: '2025-01-01' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(
      await backend.invoke('policies:update', {
        ...input,
        version: saved.version,
        documentId: '01900000-0000-7000-8000-000000000000',
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: 'documentId' }] } });
    expect((await backend.ok('policies:list', {})).find((p) => p.id === policy.id)).toMatchObject({
      validTo: '2027-12-31',
      version: saved.version,
    });
    const log = await backend.ok('audit:list', { entityId: policy.id });
    expect(log[0]).toMatchObject({
      action: 'update',
      changes: {
        validTo: { from: '2026-12-31', to: '2027-12-31' },
        covers: { to: 'bijgewerkt' },
        documentId: { from: null, to: document.id },
      },
    });
  });

  it('an archived policy stays listed but covers nothing until put back; a stale copy is refused', async () => {
    const { initiative, policy } = await setup();
    expect((await backend.ok('liability:get', { initiativeId: initiative.id })).coverage[0]).toMatchObject({
      risk: 'elektra',
      gap: false,
    });
    const archived = await backend.ok('policies:setArchived', {
      id: policy.id,
      version: policy.version,
      archived: true,
    });
    expect(archived.archivedAt).not.toBeNull();
    expect((await backend.ok('policies:list', {})).map((p) => p.id)).toContain(policy.id);
    expect((await backend.ok('liability:get', { initiativeId: initiative.id })).coverage[0]).toMatchObject({
      risk: 'elektra',
      gap: true,
    });
    expect(
      await backend.invoke('policies:setArchived', { id: policy.id, version: policy.version, archived: false }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const back = await backend.ok('policies:setArchived', {
      id: policy.id,
      version: archived.version,
      archived: false,
    });
    expect(back.archivedAt).toBeNull();
    expect((await backend.ok('liability:get', { initiativeId: initiative.id })).coverage[0]).toMatchObject({
      gap: false,
    });
    expect((await backend.ok('audit:list', { entityId: policy.id })).map((e) => e.action)).toEqual([
      'restore',
      'archive',
      'create',
    ]);
  });

  it("covers the risk by the municipality's VNG policy and derives what is still missing", async () => {
    const { initiative, resident } = await setup();
    await backend.ok('people:link', { initiativeId: initiative.id, residentId: resident.id, role: 'vrijwilliger' });
    const view = await backend.ok('liability:get', { initiativeId: initiative.id });
    expect(view.coverage[0]).toMatchObject({ risk: 'elektra', gap: false });
    expect(view.requirements.map((r) => [r.kind, r.state])).toEqual([
      ['agreement', 'ontbreekt'],
      ['insurance', 'aanwezig'],
    ]);
    expect(view.agreementsInPlace).toBe(false);
  });

  it("refuses an agreement ending before it starts, outliving its policy, or 'getekend' without the scan", async () => {
    const { initiative, resident, policy } = await setup();
    const base = {
      initiativeId: initiative.id,
      residentId: resident.id,
      tasks: 'Lampjes galerij',
      startOn: '2026-06-01',
    };
    expect(await backend.invoke('agreements:create', { ...base, endOn: '2026-05-01' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'endOn', messageKey: 'err.agreement.endBeforeStart' }] },
    });
    const avb = await backend.ok('policies:create', {
      insurer: 'Achmea',
      policyNumber: 'AVB-1',
      kind: 'corporatie_avb',
      holder: 'corporatie',
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
    });
    expect(await backend.invoke('agreements:create', { ...base, endOn: '2027-06-01', policyId: avb.id })).toMatchObject(
      { ok: false, error: { issues: [{ path: 'policyId', messageKey: 'err.agreement.policyExpired' }] } },
    );
    expect(await backend.invoke('agreements:create', { ...base, status: 'getekend' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'signedDocumentId', messageKey: 'err.agreement.signedNeedsDocument' }] },
    });
    expect(
      await backend.invoke('agreements:create', { ...base, allowanceKind: 'per_uur', allowanceCents: -5 }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((backend.db.prepare('SELECT count(*) AS n FROM agreements').get() as { n: number }).n).toBe(0);
    // A one-year agreement past the end of this year's VNG policy is allowed: that policy renews; it warns instead.
    const yearly = await backend.ok('agreements:create', { ...base, endOn: '2027-06-01', policyId: policy.id });
    expect(yearly.allowanceWarnings).toContain('vng_polis_verlengen');
  });

  it('a signed agreement puts the agreements in place, which the recommendation then weighs', async () => {
    const { initiative, resident, policy } = await setup();
    const doc = await backend.ok('attachments:upload', { purpose: 'document', dataBase64: PDF });
    const agreement = await backend.ok('agreements:create', {
      initiativeId: initiative.id,
      residentId: resident.id,
      tasks: 'Lampjes galerij',
      startOn: '2026-06-01',
      endOn: '2026-12-01',
      policyId: policy.id,
    });
    expect(agreement.status).toBe('concept');
    const before = await backend.ok('initiatives:get', { id: initiative.id });
    expect(before.snapshots[0]!.recommendation.warnings.map((w) => w.code)).toContain('aansprakelijkheid_open');
    const {
      id,
      version,
      initiativeTitle: _a,
      complexCode: _b,
      residentName: _c,
      policyLabel: _d,
      allowanceWarnings: _e,
      ...fields
    } = agreement;
    await backend.ok('agreements:update', { ...fields, id, version, status: 'getekend', signedDocumentId: doc.id });
    expect((await backend.ok('liability:get', { initiativeId: initiative.id })).agreementsInPlace).toBe(true);
    const { complexId, title, origin, practiceType } = before.initiative;
    const saved = await backend.ok('initiatives:update', {
      complexId,
      title,
      origin,
      practiceType,
      id: initiative.id,
      version: before.initiative.version,
      facts: before.initiative.facts,
      rationale: '',
    });
    expect(saved.initiative.facts.agreementsInPlace).toBe(true);
    expect(saved.snapshots[0]!.recommendation.warnings.map((w) => w.code)).not.toContain('aansprakelijkheid_open');
  });

  it('the worklist lists missing requirements across complexes; an exemption with a reason removes one', async () => {
    const { initiative, resident } = await setup();
    await backend.ok('people:link', { initiativeId: initiative.id, residentId: resident.id, role: 'vrijwilliger' });
    expect((await backend.ok('requirements:worklist')).map((r) => r.key)).toEqual([`agreement:${resident.id}`]);
    await backend.ok('liability:exempt', {
      initiativeId: initiative.id,
      key: `agreement:${resident.id}`,
      reason: 'Eenmalige klus onder begeleiding',
    });
    expect(await backend.ok('requirements:worklist')).toEqual([]);
  });

  it('keeps allowance limits as dated data that staff can extend', async () => {
    await setup();
    expect(await backend.ok('allowanceLimits:list')).toEqual([
      { year: 2025, perHour21PlusCents: 560, perHourUnder21Cents: 330, perMonthCents: 21_000, perYearCents: 210_000 },
    ]);
    expect(
      await backend.invoke('allowanceLimits:set', {
        year: 2026,
        perHour21PlusCents: 575,
        perHourUnder21Cents: 340,
        perMonthCents: 21_500,
        perYearCents: 215_000,
      }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('the demo corporation', () => {
  it('has insurance, wijk funds and agreements; a medewerker finds what runs out on her Mijn werk', async () => {
    const started = await startInitializedBackend({ demo: true, clock: testClock('2026-12-10T10:00:00.000Z') });
    backend = started.backend;
    const policies = await backend.ok('policies:list');
    const complexes = await backend.ok('complexes:list', {});
    const distinct = (values: (string | null)[]) => [...new Set(values)].sort();
    const vng = policies.filter((p) => p.kind === 'vng_basis');
    expect(distinct(vng.map((p) => p.municipality))).toEqual(distinct(complexes.map((c) => c.municipality)));
    expect(policies.some((p) => p.holder === 'corporatie')).toBe(true);
    const budgets = await backend.ok('budgets:list', {});
    expect(distinct(budgets.filter((b) => b.scope === 'wijk').map((b) => b.wijk))).toEqual(
      distinct(complexes.map((c) => c.wijk)),
    );
    const open = (await backend.ok('initiatives:list', {})).filter((i) => i.status === 'in_uitvoering');
    const liability = await Promise.all(open.map((i) => backend.ok('liability:get', { initiativeId: i.id })));
    const agreements = liability.flatMap((l) => l.agreements);
    expect(new Set(agreements.map((a) => a.status))).toEqual(new Set(['concept', 'ter_ondertekening']));
    expect(agreements.every((a) => a.policyId !== null)).toBe(true);
    expect((await backend.ok('work:overview', {})).policiesExpiring).toEqual([]);

    const session = await backend.ok('session:get');
    const medewerker = session.staff.find((s) => s.role === 'medewerker')!;
    await backend.ok('settings:update', { currentStaffId: medewerker.id });
    const work = await backend.ok('work:overview', {});
    // In December the demo's policies (valid this calendar year) run out within 30 days.
    expect(work.policiesExpiring.length).toBe(policies.length);
    expect(work.policiesExpiring.every((p) => p.validTo === '2026-12-31')).toBe(true);
  });

  it("derives one wijkbeheerder's Mijn werk from her initiatives alone, as the team's worklist has it", async () => {
    const started = await startInitializedBackend({ demo: true, clock: testClock('2026-12-10T10:00:00.000Z') });
    backend = started.backend;
    const { staff } = await backend.ok('session:get');
    await backend.ok('settings:update', { currentStaffId: staff.find((s) => s.role === 'teamleider')!.id });
    const worklist = await backend.ok('requirements:worklist', {});
    const expiring = (rows: typeof worklist) =>
      rows
        .filter((r) => r.state === 'verloopt_binnenkort' || r.state === 'verlopen')
        .map((r) => JSON.stringify(r))
        .sort();
    let compared = 0;
    for (const person of staff.filter((s) => s.role === 'wijkbeheerder')) {
      const work = await backend.ok('work:overview', { staffId: person.id });
      const theirs = expiring(worklist.filter((r) => r.wijkbeheerderName === person.name));
      expect(expiring(work.expiring)).toEqual(theirs.slice(0, 100));
      compared += theirs.length;
    }
    expect(compared).toBeGreaterThan(0);
    // Derived a few initiatives at a time (each piece reads its own volunteers and agreements), it is the same.
    const { liability } = createRepositories(backend.db);
    const derived = async (perPiece: number, staffId: string | null) =>
      (await requirementsInPieces(liability, '2026-12-10', staffId, perPiece)).map((r) => JSON.stringify(r));
    const whole = await derived(100_000, null);
    expect(whole.length).toBeGreaterThan(100);
    expect(await derived(7, null)).toEqual(whole);
    const someone = whole.map((r) => (JSON.parse(r) as { staffId: string }).staffId).find(Boolean)!;
    const hers = whole.filter((r) => (JSON.parse(r) as { staffId: string }).staffId === someone);
    expect(await derived(3, someone)).toEqual(hers);
    // Each piece reads the volunteers and agreements of its own initiatives: the same as reading them one by one.
    const ids = (await backend.ok('initiatives:list', {})).map((i) => i.id);
    const keys = (rows: { initiativeId?: string; residentId: string }[]) => rows.map((r) => r.residentId).sort();
    const agreements = keys(liability.agreementsOfInitiatives(ids));
    expect(agreements.length).toBeGreaterThan(0);
    expect(agreements).toEqual(keys(ids.flatMap((id) => liability.agreementsOf(id))));
    const volunteers = keys(liability.volunteersOfInitiatives(ids));
    expect(volunteers.length).toBeGreaterThan(0);
    expect(volunteers).toEqual(keys(ids.flatMap((id) => liability.volunteersOf(id))));
  });
});
