import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { budgetFigures, formatEuro } from '../../shared/domain/money';
import { sampleComplex, startInitializedBackend, testClock, type TestBackend } from '../fixtures/backend';

let backend: TestBackend;
afterEach(() => backend?.dispose());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF');
const allYes = {
  prestatieafspraken: 'ja',
  nabijBezit: 'ja',
  geenRegulierOnderhoud: 'ja',
  geenSponsoring: 'ja',
} as const;

async function setup() {
  const started = await startInitializedBackend({ clock: testClock('2026-03-10T10:00:00.000Z') });
  backend = started.backend;
  const complex = await backend.ok('complexes:create', sampleComplex({ homes: 40 }));
  const { initiative } = await backend.ok('initiatives:create', {
    complexId: complex.id,
    title: 'Binnentuin',
    origin: 'bewoners',
    practiceType: 'zelf_beter',
  });
  const budget = await backend.ok('budgets:create', {
    scope: 'complex',
    complexId: complex.id,
    year: 2026,
    name: 'Leefbaarheid 2026',
    kind: 'per_woning',
    perHomeCents: 2_500,
  });
  return { me: started.me, complex, initiative, budget };
}

async function becomeTeamleider() {
  const lead = await backend.ok('staff:create', { name: 'Teun Teamleider', role: 'teamleider' });
  await backend.ok('settings:update', { currentStaffId: lead.id });
  return lead;
}

const apply = (initiativeId: string, budgetId: string, requestedCents: number) =>
  backend.ok('grants:apply', {
    initiativeId,
    budgetId,
    appliedOn: '2026-03-10',
    requestedCents,
    ownContributionCents: 2_000,
    lines: [],
  });

describe('budgets and grants', () => {
  it('a budget of €25 per home for 40 homes is €1,000, and its figures add up', async () => {
    const { budget } = await setup();
    expect(budget).toMatchObject({
      amountCents: 100_000,
      available: 100_000,
      allocated: 0,
      spent: 0,
      remaining: 100_000,
      perHomeCents: 2_500,
    });
    expect(
      await backend.invoke('budgets:create', {
        scope: 'complex',
        complexId: budget.complexId!,
        year: 2026,
        name: 'Dubbel',
        kind: 'vast',
        amountCents: 1,
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: 'year', messageKey: 'err.budget.duplicate' }] } });
  });

  it('decides within the mandate at once; above it the grant waits for a teamleider, who approves', async () => {
    const { initiative, budget } = await setup();
    const small = await apply(initiative.id, budget.id, 30_000);
    const decided = await backend.ok('grants:decide', {
      id: small.id,
      version: 1,
      decision: 'toegekend',
      grantedCents: 30_000,
      motivation: 'Past binnen de regeling',
      eligibility: allYes,
    });
    expect(decided).toMatchObject({
      status: 'toegekend',
      grantedCents: 30_000,
      decidedByName: 'Wendy Wijkbeheer',
      decisionDeadline: '2026-04-07',
    });

    const large = await apply(initiative.id, budget.id, 60_000);
    const final = await backend.invoke('grants:decide', {
      id: large.id,
      version: 1,
      decision: 'toegekend',
      grantedCents: 60_000,
      motivation: 'Groot',
      eligibility: allYes,
    });
    expect(final).toMatchObject({
      ok: false,
      error: {
        issues: [
          { path: 'grantedCents', messageKey: 'err.grant.aboveMandate', params: { mandate: formatEuro(50_000) } },
        ],
      },
    });
    const waiting = await backend.ok('grants:decide', {
      id: large.id,
      version: 1,
      decision: 'toegekend',
      grantedCents: 60_000,
      motivation: 'Groot',
      eligibility: allYes,
      final: false,
    });
    expect(waiting.status).toBe('wacht_op_goedkeuring');
    expect(await backend.invoke('grants:approve', { id: large.id, version: 2 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await becomeTeamleider();
    expect(await backend.ok('grants:approve', { id: large.id, version: 2 })).toMatchObject({
      status: 'toegekend',
      approvedByName: 'Teun Teamleider',
    });
    expect((await backend.ok('budgets:list', { year: 2026 }))[0]).toMatchObject({
      allocated: 90_000,
      remaining: 10_000,
    });
  });

  it('refuses a grant above what remains, an incomplete eligibility list and amounts of part cents', async () => {
    const { initiative, budget } = await setup();
    await becomeTeamleider();
    const first = await apply(initiative.id, budget.id, 80_000);
    await backend.ok('grants:decide', {
      id: first.id,
      version: 1,
      decision: 'toegekend',
      grantedCents: 80_000,
      motivation: 'ok',
      eligibility: allYes,
    });
    const second = await apply(initiative.id, budget.id, 30_000);
    expect(
      await backend.invoke('grants:decide', {
        id: second.id,
        version: 1,
        decision: 'toegekend',
        grantedCents: 30_000,
        motivation: 'te veel',
        eligibility: allYes,
      }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ messageKey: 'err.grant.overBudget', params: { remaining: formatEuro(20_000) } }] },
    });
    expect(
      await backend.invoke('grants:decide', {
        id: second.id,
        version: 1,
        decision: 'gedeeltelijk_toegekend',
        grantedCents: 10_000,
        motivation: 'x',
        eligibility: { ...allYes, geenSponsoring: 'nee' },
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: 'eligibility', messageKey: 'err.grant.eligibility' }] } });
    for (const bad of [12.345, -100, Number.NaN, 1e12]) {
      expect(
        (
          await backend.invoke('grants:apply', {
            initiativeId: initiative.id,
            budgetId: budget.id,
            appliedOn: '2026-03-10',
            requestedCents: bad,
          })
        ).ok,
      ).toBe(false);
    }
    expect(() =>
      backend.db.prepare("UPDATE grants SET status = 'toegekend', granted_cents = 30000 WHERE id = ?").run(second.id),
    ).toThrow(/over-allocated/);
  });

  it('a teamleider may record an overrun with a reason, after which the budget can go beyond its amount', async () => {
    const { initiative, budget } = await setup();
    await becomeTeamleider();
    const grant = await apply(initiative.id, budget.id, 100_000);
    await backend.ok('grants:decide', {
      id: grant.id,
      version: 1,
      decision: 'toegekend',
      grantedCents: 100_000,
      motivation: 'alles',
      eligibility: allYes,
    });
    const extra = await apply(initiative.id, budget.id, 5_000);
    await backend.ok('budgets:overrun', {
      budgetId: budget.id,
      amountCents: 5_000,
      reason: 'Extra tuinaarde na storm',
    });
    expect(
      (
        await backend.ok('grants:decide', {
          id: extra.id,
          version: 1,
          decision: 'toegekend',
          grantedCents: 5_000,
          motivation: 'overschrijding',
          eligibility: allYes,
        })
      ).status,
    ).toBe('toegekend');
    expect((await backend.ok('budgets:list', { year: 2026 }))[0]).toMatchObject({
      available: 105_000,
      allocated: 105_000,
      remaining: 0,
    });
  });

  it('two grants decided at the same moment: one wins, the other gets a clear message', async () => {
    const { initiative, budget } = await setup();
    await becomeTeamleider();
    const a = await apply(initiative.id, budget.id, 70_000);
    const b = await apply(initiative.id, budget.id, 70_000);
    const results = await Promise.all(
      [a, b].map((g) =>
        backend.invoke('grants:decide', {
          id: g.id,
          version: 1,
          decision: 'toegekend',
          grantedCents: 70_000,
          motivation: 'tegelijk',
          eligibility: allYes,
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      ok: false,
      error: { issues: [{ messageKey: 'err.grant.overBudget' }] },
    });
  });

  it('expenses with a receipt; beyond the grant only with an approved reason; not before the initiative', async () => {
    const { initiative, budget } = await setup();
    const grant = await apply(initiative.id, budget.id, 20_000);
    await backend.ok('grants:decide', {
      id: grant.id,
      version: 1,
      decision: 'toegekend',
      grantedCents: 20_000,
      motivation: 'ok',
      eligibility: allYes,
    });
    const receipt = await backend.ok('attachments:upload', { purpose: 'receipt', dataBase64: PDF.toString('base64') });
    expect(receipt.mime).toBe('application/pdf');
    const notReceipt = await backend.invoke('attachments:upload', {
      purpose: 'receipt',
      dataBase64: Buffer.from('MZ executable').toString('base64'),
    });
    expect(notReceipt).toMatchObject({ ok: false, error: { issues: [{ messageKey: 'err.attachment.notReceipt' }] } });
    const spent = await backend.ok('grants:addExpense', {
      grantId: grant.id,
      spentOn: '2026-03-10',
      description: 'Tuinslang 80 m',
      supplier: 'Tuincentrum',
      amountCents: 15_000,
      receiptId: receipt.id,
    });
    expect(spent).toMatchObject({
      spentCents: 15_000,
      expenses: [{ description: 'Tuinslang 80 m', receiptId: receipt.id }],
    });
    expect(
      await backend.invoke('grants:addExpense', {
        grantId: grant.id,
        spentOn: '2026-03-10',
        description: 'Plantjes',
        amountCents: 6_000,
      }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ messageKey: 'err.expense.overGrant', params: { remaining: formatEuro(5_000) } }] },
    });
    expect(
      await backend.invoke('grants:addExpense', {
        grantId: grant.id,
        spentOn: '2025-01-01',
        description: 'Oud',
        amountCents: 100,
      }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'spentOn', messageKey: 'err.expense.beforeInitiative' }] },
    });
    await becomeTeamleider();
    await backend.ok('grants:approveOverspend', { id: grant.id, version: 2, reason: 'Extra plantjes na vandalisme' });
    expect(
      (
        await backend.ok('grants:addExpense', {
          grantId: grant.id,
          spentOn: '2026-03-10',
          description: 'Plantjes',
          amountCents: 6_000,
        })
      ).spentCents,
    ).toBe(21_000);
  });

  it('closes an allocation only with complete verantwoording, or when waived with a reason', async () => {
    const { initiative, budget } = await setup();
    const grant = await apply(initiative.id, budget.id, 10_000);
    await backend.ok('grants:decide', {
      id: grant.id,
      version: 1,
      decision: 'toegekend',
      grantedCents: 10_000,
      motivation: 'ok',
      eligibility: allYes,
    });
    expect(await backend.invoke('grants:close', { id: grant.id, version: 2 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'waivedReason', messageKey: 'err.grant.accountabilityIncomplete' }] },
    });
    const photo = await backend.ok('attachments:upload', {
      purpose: 'visit-photo',
      dataBase64: Buffer.from('89504e470d0a1a0a00', 'hex').toString('base64'),
    });
    await backend.ok('grants:account', {
      id: grant.id,
      version: 2,
      receiptsComplete: true,
      report: 'De tuin bloeit.',
      photoId: photo.id,
      participants: 6,
      tenantsReached: 40,
    });
    expect(await backend.ok('grants:close', { id: grant.id, version: 3 })).toMatchObject({
      status: 'gesloten',
      waivedReason: null,
    });
  });

  it('lending a garden hose creates a return follow-up; in-kind can count against the budget', async () => {
    const { me, initiative, budget } = await setup();
    const hose = await backend.ok('inKind:add', {
      initiativeId: initiative.id,
      item: 'Tuinslang 80 m',
      valueCents: 4_500,
      handoverOn: '2026-03-10',
      mode: 'geleend',
      returnOn: '2026-10-01',
      budgetId: budget.id,
    });
    expect(hose).toMatchObject({ mode: 'geleend', returnOn: '2026-10-01', budgetId: budget.id });
    expect(await backend.ok('followUps:list', { initiativeId: initiative.id })).toMatchObject([
      { title: 'Teruggave: Tuinslang 80 m', dueDate: '2026-10-01', ownerId: me.id },
    ]);
    expect((await backend.ok('budgets:list', {}))[0]).toMatchObject({ allocated: 4_500 });
    expect(
      await backend.invoke('inKind:add', {
        initiativeId: initiative.id,
        item: 'Stofzuiger',
        valueCents: 100,
        handoverOn: '2026-03-10',
        mode: 'geleend',
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: 'returnOn' }] } });
    await backend.ok('effort:add', {
      initiativeId: initiative.id,
      workedOn: '2026-03-10',
      minutes: 180,
      people: 3,
      description: 'Tuin gewied',
    });
    const money = await backend.ok('money:ofInitiative', { initiativeId: initiative.id });
    expect(money.totals).toMatchObject({ inKindCents: 4_500, effortMinutes: 540 });
  });

  it('a closed year is read-only except for a teamleider', async () => {
    const { initiative, budget } = await setup();
    await becomeTeamleider();
    const closed = await backend.ok('budgets:setClosed', { id: budget.id, version: 1, closed: true });
    expect(closed.closed).toBe(true);
    const lead = (await backend.ok('session:get')).currentStaff!;
    expect((await apply(initiative.id, budget.id, 1_000)).status).toBe('aangevraagd');
    const wijk = (await backend.ok('staff:list')).find((s) => s.role === 'wijkbeheerder')!;
    await backend.ok('settings:update', { currentStaffId: wijk.id });
    expect(
      await backend.invoke('grants:apply', {
        initiativeId: initiative.id,
        budgetId: budget.id,
        appliedOn: '2026-03-10',
        requestedCents: 1_000,
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', messageKey: 'err.budget.closed' } });
    expect(lead.role).toBe('teamleider');
  });
});

describe('money properties', () => {
  it('for any sequence of grants, remaining stays ≥ 0 without an overrun and totals are sums of parts', async () => {
    const { initiative, budget } = await setup();
    await becomeTeamleider();
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            cents: fc.integer({ min: 1, max: 60_000 }),
            decide: fc.constantFrom('toegekend', 'afgewezen', 'gedeeltelijk_toegekend'),
          }),
          { maxLength: 8 },
        ),
        async (steps) => {
          for (const step of steps) {
            const grant = await apply(initiative.id, budget.id, step.cents + 1);
            const granted =
              step.decide === 'toegekend' ? step.cents + 1 : step.decide === 'gedeeltelijk_toegekend' ? step.cents : 0;
            await backend.invoke('grants:decide', {
              id: grant.id,
              version: 1,
              decision: step.decide as never,
              grantedCents: granted,
              motivation: 'p',
              eligibility: allYes,
            });
            const [row] = await backend.ok('budgets:list', {});
            expect(row!.remaining).toBeGreaterThanOrEqual(0);
            const money = await backend.ok('money:ofInitiative', { initiativeId: initiative.id });
            expect(row!.allocated).toBe(money.totals.grantedCents);
            expect(row).toMatchObject(
              budgetFigures(row!.amountCents, [], [money.totals.grantedCents], [], [money.totals.spentCents]),
            );
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});
