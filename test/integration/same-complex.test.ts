import { afterEach, describe, expect, it } from 'vitest';
import { sampleComplex, startInitializedBackend, testClock, type TestBackend } from '../fixtures/backend';

let backend: TestBackend;
afterEach(() => backend?.dispose());

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex').toString('base64');

/** Two complexes in two wijken, each with an initiative and a resident, and budgets of each kind. */
async function twoComplexes() {
  ({ backend } = await startInitializedBackend({ clock: testClock('2026-03-10T10:00:00.000Z') }));
  const c1 = await backend.ok('complexes:create', sampleComplex({ code: 'C1', wijk: 'Oost' }));
  const c2 = await backend.ok('complexes:create', sampleComplex({ code: 'C2', wijk: 'Centrum' }));
  const initiative = async (complexId: string) =>
    (
      await backend.ok('initiatives:create', {
        complexId,
        title: 'Moestuin',
        origin: 'bewoners',
        practiceType: 'zelf_beter',
      })
    ).initiative;
  const [i1, i2] = [await initiative(c1.id), await initiative(c2.id)];
  const r1 = await backend.ok('residents:create', { complexId: c1.id, name: 'Anna Oost' });
  const budget = (scope: 'complex' | 'wijk' | 'corporatie', extra: Record<string, string>) =>
    backend.ok('budgets:create', {
      scope,
      year: 2026,
      name: `Budget ${scope} ${Object.values(extra).join('')}`,
      kind: 'vast',
      amountCents: 100_000,
      ...extra,
    });
  return {
    c1,
    c2,
    i1,
    i2,
    r1,
    b1: await budget('complex', { complexId: c1.id }),
    oost: await budget('wijk', { wijk: 'Oost' }),
    all: await budget('corporatie', {}),
  };
}

const application = (initiativeId: string, budgetId: string) => ({
  initiativeId,
  budgetId,
  appliedOn: '2026-03-10',
  requestedCents: 10_000,
  ownContributionCents: 0,
  lines: [],
});

describe('records of different complexes are not tied together', () => {
  it("a grant or in-kind support comes from the complex's budget, its wijk's fund or a corporation fund", async () => {
    const { i1, i2, b1, oost, all } = await twoComplexes();
    for (const budget of [b1, oost]) {
      expect(await backend.invoke('grants:apply', application(i2.id, budget.id))).toMatchObject({
        ok: false,
        error: { issues: [{ path: 'budgetId', messageKey: 'err.grant.budgetElsewhere' }] },
      });
    }
    expect(await backend.invoke('grants:apply', application(i2.id, all.id))).toMatchObject({ ok: true });
    expect(await backend.invoke('grants:apply', application(i1.id, oost.id))).toMatchObject({ ok: true });
    const inKind = await backend.invoke('inKind:add', {
      initiativeId: i2.id,
      item: 'Tuinslang',
      valueCents: 2_500,
      handoverOn: '2026-03-10',
      mode: 'gegeven',
      budgetId: b1.id,
    });
    expect(inKind).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'budgetId', messageKey: 'err.grant.budgetElsewhere' }] },
    });
  });

  it('the database itself refuses the same, whichever code path writes', async () => {
    const { i2, b1, me } = { ...(await twoComplexes()), me: (await backend.ok('session:get', {})).currentStaff! };
    const at = '2026-03-10T10:00:00.000Z';
    expect(() =>
      backend.db
        .prepare(
          'INSERT INTO grants (id, initiative_id, budget_id, applied_on, requested_cents, status, granted_cents, ' +
            "created_at, updated_at, created_by, updated_by) VALUES ('g1', ?, ?, '2026-03-10', 100, 'aangevraagd', " +
            '0, ?, ?, ?, ?)',
        )
        .run(i2.id, b1.id, at, at, me.id, me.id),
    ).toThrow(/budget of another complex/);
  });

  it('a visit links only initiatives and residents of the complex visited', async () => {
    const { c2, i1, r1 } = await twoComplexes();
    const visit = (extra: Record<string, string[]>) =>
      backend.invoke('visits:create', { complexId: c2.id, visitDate: '2026-03-10', note: 'Rondje', ...extra });
    expect(await visit({ initiativeIds: [i1.id] })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'initiativeIds', messageKey: 'err.visit.initiativeElsewhere' }] },
    });
    expect(await visit({ residentIds: [r1.id] })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'residentIds', messageKey: 'err.visit.residentElsewhere' }] },
    });
    expect(await backend.ok('visits:list', { complexId: c2.id })).toEqual([]);
  });

  it('an agreement is not marked signed with a visit photo as its scan', async () => {
    const { i1, r1 } = await twoComplexes();
    const photo = await backend.ok('attachments:upload', { purpose: 'visit-photo', dataBase64: PNG });
    const agreement = await backend.invoke('agreements:create', {
      initiativeId: i1.id,
      residentId: r1.id,
      tasks: 'Tuin water geven',
      startOn: '2026-03-10',
      status: 'getekend',
      signedDocumentId: photo.id,
    });
    expect(agreement).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'signedDocumentId', messageKey: 'err.agreement.scanPurpose' }] },
    });
  });
});
