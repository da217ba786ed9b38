import { afterEach, describe, expect, it } from 'vitest';
import { toDutchCsv } from '../../shared/domain/csv';
import { sampleComplex, startInitializedBackend, testClock, type TestBackend } from '../fixtures/backend';

let backend: TestBackend;
afterEach(() => backend?.dispose());
const DAY = 86_400_000;

async function setup() {
  const clock = testClock('2026-03-10T10:00:00.000Z');
  const started = await startInitializedBackend({ clock });
  backend = started.backend;
  const complex = await backend.ok(
    'complexes:create',
    sampleComplex({
      wijk: 'Centrum',
      wijkbeheerderId: started.me.id,
      coreValues: 'Groet elkaar; help bij de vuilcontainers',
    }),
  );
  const other = await backend.ok('complexes:create', sampleComplex({ code: 'C2002', name: 'Elders 1', wijk: 'Noord' }));
  const tenant = await backend.ok('residents:create', { complexId: complex.id, name: 'Nieuwe Huurder' });
  const buddy = await backend.ok('residents:create', {
    complexId: complex.id,
    name: 'Actieve Buurvrouw',
    roles: ['vrijwilliger'],
  });
  const elsewhere = await backend.ok('residents:create', { complexId: other.id, name: 'Ergens Anders' });
  return { clock, me: started.me, complex, other, tenant, buddy, elsewhere };
}
const count = (table: string) => (backend.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('welcoming new tenants', () => {
  it('turns the template into contact moments for six months, owned by the wijkbeheerder, on Mijn werk', async () => {
    const { me, tenant, buddy, complex } = await setup();
    const plan = await backend.ok('welcome:start', {
      residentId: tenant.id,
      moveInDate: '2026-03-01',
      buddyId: buddy.id,
    });
    expect(plan).toMatchObject({
      state: 'gepland',
      buddyName: 'Actieve Buurvrouw',
      coreValues: 'Groet elkaar; help bij de vuilcontainers',
    });
    expect(plan.moments.map((m) => m.dueDate)).toEqual(['2026-03-08', '2026-04-12', '2026-05-31', '2026-08-30']);
    expect(
      plan.moments.every((m) => m.ownerId === me.id && m.residentId === tenant.id && m.complexId === complex.id),
    ).toBe(true);
    const work = await backend.ok('work:overview', {});
    expect(work.overdue.map((f) => f.id)).toEqual([plan.moments[0]!.id]);

    const first = plan.moments[0]!;
    const done = await backend.ok('followUps:setDone', {
      id: first.id,
      version: first.version,
      done: true,
      note: 'Koffie gedronken met de buren',
    });
    expect(done.doneNote).toBe('Koffie gedronken met de buren');
    const [after] = await backend.ok('welcome:list', { complexId: complex.id });
    expect(after!.state).toBe('verwelkomd');
    expect(await backend.ok('welcome:figures', { complexId: complex.id })).toEqual({
      newTenants: 1,
      welcomed: 1,
      aftercareCompleted: 0,
      overdue: 0,
    });
  });

  it("suggests buddies sharing the tenant's interests first, with what they share; only consenting ones", async () => {
    const { complex, other } = await setup();
    const consent = { consentPurpose: 'Maatje voor nieuwe huurders' };
    const newcomer = await backend.ok('residents:create', {
      complexId: complex.id,
      name: 'Sara Nieuw',
      profile: { interests: ['koken', 'tuinieren'], talents: ['taal'] },
    });
    const cook = await backend.ok('residents:create', {
      complexId: complex.id,
      name: 'Kees Kok',
      email: 'k@example.nl',
      ...consent,
      profile: { interests: ['koken', 'tuinieren'] },
    });
    const gardener = await backend.ok('residents:create', {
      complexId: complex.id,
      name: 'Gerda Groen',
      phone: '0612345678',
      ...consent,
      profile: { talents: ['tuinieren'], interests: ['taal'] },
    });
    await backend.ok('residents:create', {
      complexId: complex.id,
      name: 'Zonder Toestemming',
      profile: { interests: ['koken', 'tuinieren'] },
    });
    await backend.ok('residents:create', {
      complexId: other.id,
      name: 'Elders Kok',
      email: 'e@example.nl',
      ...consent,
      profile: { interests: ['koken'] },
    });
    await backend.ok('residents:create', {
      complexId: complex.id,
      name: 'Niets Gemeen',
      email: 'n@example.nl',
      ...consent,
      profile: { interests: ['techniek'] },
    });
    const suggested = await backend.ok('welcome:buddies', { residentId: newcomer.id });
    expect(suggested.map((b) => [b.name, b.score])).toEqual([
      ['Kees Kok', 4],
      ['Gerda Groen', 2],
    ]);
    expect(suggested[1]!.reasons).toEqual([
      { kind: 'teaches', talent: 'tuinieren' },
      { kind: 'learns', talent: 'taal' },
    ]);
    expect(suggested.map((b) => b.id)).toEqual([cook.id, gardener.id]);
  });

  it('refuses a second plan, a move-in over a month ahead, a buddy from elsewhere or the tenant herself', async () => {
    const { tenant, elsewhere } = await setup();
    expect(await backend.invoke('welcome:start', { residentId: tenant.id, moveInDate: '2026-05-01' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'moveInDate', messageKey: 'err.welcome.moveInFuture' }] },
    });
    expect(
      await backend.invoke('welcome:start', { residentId: tenant.id, moveInDate: '2026-03-01', buddyId: elsewhere.id }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'buddyId', messageKey: 'err.reciprocity.residentElsewhere' }] },
    });
    expect(
      await backend.invoke('welcome:start', { residentId: tenant.id, moveInDate: '2026-03-01', buddyId: tenant.id }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: 'buddyId' }] } });
    expect(count('welcomes')).toBe(0);
    expect(count('follow_ups')).toBe(0);
    await backend.ok('welcome:start', { residentId: tenant.id, moveInDate: '2026-03-01' });
    expect(await backend.invoke('welcome:start', { residentId: tenant.id, moveInDate: '2026-03-02' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', messageKey: 'err.welcome.exists' },
    });
    expect(count('follow_ups')).toBe(4);
  });

  it('lets only a teamleider change the template, and only to one of at least six months in date order', async () => {
    await setup();
    const steps = [
      { offsetDays: 3, title: 'Kennismaken' },
      { offsetDays: 200, title: 'Afronden' },
    ];
    expect(await backend.invoke('welcome:setSteps', { steps })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const lead = await backend.ok('staff:create', { name: 'Lotte Leider', role: 'teamleider' });
    await backend.ok('settings:update', { currentStaffId: lead.id });
    expect(await backend.invoke('welcome:setSteps', { steps: [{ offsetDays: 3, title: 'Kort' }] })).toMatchObject({
      ok: false,
      error: { issues: [{ messageKey: 'err.welcome.tooShort' }] },
    });
    expect(
      await backend.invoke('welcome:setSteps', {
        steps: [
          { offsetDays: 200, title: 'a' },
          { offsetDays: 3, title: 'b' },
        ],
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ messageKey: 'err.welcome.order' }] } });
    expect((await backend.ok('welcome:steps', {})).length).toBe(4);
    expect(await backend.ok('welcome:setSteps', { steps })).toEqual([
      { step: 1, ...steps[0] },
      { step: 2, ...steps[1] },
    ]);
  });
});

describe('new tenants from the residents import', () => {
  it('starts a plan for a row with a move-in date, refuses one too far ahead, none twice on re-import', async () => {
    const { complex } = await setup();
    const csv = toDutchCsv(
      ['Complexcode', 'Naam', 'Huisnummer', 'Verhuisdatum'],
      [
        [complex.code, 'Nina Nieuwkomer', '21', '01-03-2026'],
        [complex.code, 'Ver Vooruit', '22', '01-06-2026'],
        [complex.code, 'Geen Datum', '23', '31-02-2026'],
      ],
    );
    const dataBase64 = Buffer.from(csv).toString('base64');
    const preview = await backend.ok('imports:preview', { kind: 'residents', dataBase64 });
    expect(preview.results.map((r) => r.errors.map((e) => `${e.column}:${e.messageKey}`))).toEqual([
      [],
      ['moveInDate:err.welcome.moveInFuture'],
      ['moveInDate:err.import.dateNotExist'],
    ]);
    await backend.ok('imports:run', { kind: 'residents', dataBase64, onlyValid: true });
    const plans = await backend.ok('welcome:list', { complexId: complex.id });
    expect(plans.map((p) => [p.residentName, p.moveInDate, p.moments.length])).toEqual([
      ['Nina Nieuwkomer', '2026-03-01', 4],
    ]);
    await backend.ok('imports:run', { kind: 'residents', dataBase64, onlyValid: true });
    expect((await backend.ok('welcome:list', { complexId: complex.id })).length).toBe(1);
  });
});

describe('promises (toezeggingen)', () => {
  it('records a promise, shows it overdue on Mijn werk, and counts kept on time per wijk and per person', async () => {
    const { clock, complex, tenant, me } = await setup();
    const promise = await backend.ok('promises:create', {
      complexId: complex.id,
      residentId: tenant.id,
      what: 'Lamp in de portiek vervangen',
      promisedOn: '2026-03-10',
      dueDate: '2026-03-17',
    });
    expect(promise).toMatchObject({ state: 'open', promisedByName: me.name, residentName: 'Nieuwe Huurder' });
    const group = await backend.ok('promises:create', {
      complexId: complex.id,
      toGroup: 'Bewonerscommissie',
      what: 'Verslag sturen',
      promisedOn: '2026-03-10',
      dueDate: '2026-03-12',
    });
    clock.advance(5 * DAY);
    const work = await backend.ok('work:overview', {});
    expect(work.promises.map((p) => [p.what, p.state])).toEqual([
      ['Verslag sturen', 'te_laat'],
      ['Lamp in de portiek vervangen', 'open'],
    ]);
    const timeline = await backend.ok('timeline:get', { complexId: complex.id });
    expect(timeline.filter((e) => e.kind === 'promise').map((e) => [e.key, e.params.what])).toEqual(
      expect.arrayContaining([
        ['timeline.promiseOverdue', 'Verslag sturen'],
        ['timeline.promise', 'Lamp in de portiek vervangen'],
      ]),
    );

    await backend.ok('promises:settle', {
      id: promise.id,
      version: promise.version,
      status: 'nagekomen',
      keptOn: '2026-03-15',
    });
    await backend.ok('promises:settle', {
      id: group.id,
      version: group.version,
      status: 'nagekomen',
      keptOn: '2026-03-14',
    });
    const overview = await backend.ok('reciprocity:overview', {});
    expect(overview.promisesByWijk).toEqual([
      expect.objectContaining({ label: 'Centrum', keptOnTime: 1, keptLate: 1, keptOnTimePercent: 50 }),
    ]);
    expect(overview.promisesByStaff[0]).toMatchObject({ label: me.name, keptOnTimePercent: 50 });
    expect(overview.promisesKeptOnTimePercent).toBe(50);
  });

  it('refuses a due date before the promise, no addressee, kept before promised, and a stale settle', async () => {
    const { complex, elsewhere } = await setup();
    expect(
      await backend.invoke('promises:create', {
        complexId: complex.id,
        toGroup: 'Tuinploeg',
        what: 'x',
        promisedOn: '2026-03-10',
        dueDate: '2026-03-01',
      }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'dueDate', messageKey: 'err.promise.dueBeforePromised' }] },
    });
    expect(
      await backend.invoke('promises:create', {
        complexId: complex.id,
        what: 'x',
        promisedOn: '2026-03-10',
        dueDate: '2026-03-11',
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: 'toGroup', messageKey: 'err.promise.toWhom' }] } });
    expect(
      await backend.invoke('promises:create', {
        complexId: complex.id,
        residentId: elsewhere.id,
        what: 'x',
        promisedOn: '2026-03-10',
        dueDate: '2026-03-11',
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: 'residentId' }] } });
    expect(count('promises')).toBe(0);
    const p = await backend.ok('promises:create', {
      complexId: complex.id,
      toGroup: 'Tuinploeg',
      what: 'Slang regelen',
      promisedOn: '2026-03-09',
      dueDate: '2026-03-20',
    });
    expect(
      await backend.invoke('promises:settle', {
        id: p.id,
        version: p.version,
        status: 'nagekomen',
        keptOn: '2026-03-01',
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: 'keptOn' }] } });
    expect(
      await backend.invoke('promises:settle', { id: p.id, version: p.version, status: 'ingetrokken', reason: '' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await backend.ok('promises:settle', {
      id: p.id,
      version: p.version,
      status: 'ingetrokken',
      reason: 'Gemeente regelt het',
    });
    expect(await backend.invoke('promises:settle', { id: p.id, version: p.version, status: 'open' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    // The database holds the same rules whichever code path writes.
    expect(() => backend.db.prepare("UPDATE promises SET due_date = '2020-01-01' WHERE id = ?").run(p.id)).toThrow(
      /CHECK/,
    );
  });
});

describe('appreciation (waardering)', () => {
  it('signals active residents without appreciation for a year, and stops once one is recorded', async () => {
    const { complex, buddy } = await setup();
    const initiative = await backend.ok('initiatives:create', {
      complexId: complex.id,
      title: 'Buurttuin',
      origin: 'bewoners',
      practiceType: 'gemeenschap',
    });
    await backend.ok('people:link', {
      initiativeId: initiative.initiative.id,
      residentId: buddy.id,
      role: 'vrijwilliger',
    });
    expect((await backend.ok('appreciations:due', { complexId: complex.id })).map((r) => r.name)).toEqual([
      'Actieve Buurvrouw',
    ]);
    expect((await backend.ok('work:overview', {})).appreciationDue.map((r) => r.name)).toEqual(['Actieve Buurvrouw']);
    await backend.ok('appreciations:create', {
      complexId: complex.id,
      residentId: buddy.id,
      kind: 'bloemen',
      givenOn: '2026-03-09',
    });
    expect(await backend.ok('appreciations:due', { complexId: complex.id })).toEqual([]);
    const overview = await backend.ok('reciprocity:overview', {});
    expect(overview.appreciation).toEqual({ givenLast12Months: 1, activeWithout: 0 });
  });

  it('refuses a future date, nobody to thank, an erased resident; an erase removes plan and thanks', async () => {
    const { complex, tenant, buddy } = await setup();
    expect(
      await backend.invoke('appreciations:create', {
        complexId: complex.id,
        residentId: buddy.id,
        kind: 'bloemen',
        givenOn: '2026-04-01',
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: 'givenOn' }] } });
    expect(
      await backend.invoke('appreciations:create', { complexId: complex.id, kind: 'bloemen', givenOn: '2026-03-01' }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: 'groupName' }] } });
    await backend.ok('appreciations:create', {
      complexId: complex.id,
      residentId: tenant.id,
      kind: 'bedankbezoek',
      givenOn: '2026-03-01',
    });
    await backend.ok('welcome:start', { residentId: tenant.id, moveInDate: '2026-03-01', buddyId: buddy.id });
    const promise = await backend.ok('promises:create', {
      complexId: complex.id,
      residentId: tenant.id,
      what: 'Sleutel fietsenhok',
      promisedOn: '2026-03-10',
      dueDate: '2026-03-20',
    });
    const exported = await backend.ok('residents:export', { id: tenant.id });
    expect(exported).toMatchObject({
      welcome: [{ moveInDate: '2026-03-01' }],
      appreciations: [{ kind: 'bedankbezoek' }],
      promises: [{ what: 'Sleutel fietsenhok' }],
    });

    const current = await backend.ok('residents:get', { id: tenant.id });
    await backend.ok('residents:erase', { id: tenant.id, version: current.version });
    expect([count('welcomes'), count('appreciations'), count('follow_ups')]).toEqual([0, 0, 0]);
    expect((await backend.ok('promises:list', { complexId: complex.id }))[0]).toMatchObject({
      id: promise.id,
      residentId: null,
      toGroup: 'verwijderde bewoner',
    });
    expect(
      await backend.invoke('appreciations:create', {
        complexId: complex.id,
        residentId: tenant.id,
        kind: 'bloemen',
        givenOn: '2026-03-01',
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: 'residentId', messageKey: 'err.resident.erased' }] } });
  });
});

describe('wat werkte waar', () => {
  it('needs a result to close, and counts results per practice type and chosen approach', async () => {
    const { complex } = await setup();
    const close = async (result?: 'bereikt' | 'niet_bereikt') => {
      const created = await backend.ok('initiatives:create', {
        complexId: complex.id,
        title: 'Tuin',
        origin: 'bewoners',
        practiceType: 'gemeenschap',
      });
      let current = created;
      for (const to of ['in_behandeling', 'in_uitvoering', 'afgerond'] as const)
        current = await backend.ok('initiatives:transition', {
          id: created.initiative.id,
          version: current.initiative.version,
          to,
        });
      return backend.invoke('initiatives:transition', {
        id: created.initiative.id,
        version: current.initiative.version,
        to: 'gesloten',
        outcome: 'Klaar',
        ...(result ? { result } : {}),
      });
    };
    expect(await close()).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'result', messageKey: 'err.initiative.result.required' }] },
    });
    for (let i = 0; i < 9; i++) await close('bereikt');
    let [cell] = await backend.ok('evidence:table', {});
    expect(cell).toMatchObject({
      practiceType: 'gemeenschap',
      cases: 9,
      achieved: 9,
      tooFewToConclude: true,
      achievedPercent: null,
    });
    await close('niet_bereikt');
    [cell] = await backend.ok('evidence:table', {});
    expect(cell).toMatchObject({
      cases: 10,
      achieved: 9,
      notAchieved: 1,
      tooFewToConclude: false,
      achievedPercent: 90,
    });
  });
});

describe('the demo corporation', () => {
  it('shows every part of wederkerigheid, with work for the person who just started', async () => {
    const started = await startInitializedBackend({ demo: true, clock: testClock('2026-11-20T10:00:00.000Z') });
    backend = started.backend;
    const overview = await backend.ok('reciprocity:overview', {});
    expect(overview.welcome.newTenants).toBeGreaterThan(0);
    expect(overview.welcome.welcomed).toBeGreaterThan(0);
    expect(overview.promisesByStaff.map((p) => p.label)).toEqual([started.me.name]);
    expect(overview.appreciation.givenLast12Months).toBeGreaterThan(0);
    expect(overview.appreciation.activeWithout).toBeGreaterThan(0);
    const work = await backend.ok('work:overview', {});
    expect(work.promises.length).toBeGreaterThan(0);
    expect(work.overdue.length + work.upcoming.length).toBeGreaterThan(0);
    // Visits of the last weeks, with the people met, and one that touched the complex's open initiative.
    expect(work.recentVisits.length).toBeGreaterThan(0);
    const [visit] = work.recentVisits;
    const timeline = await backend.ok('timeline:get', { complexId: visit!.complexId });
    expect(timeline.some((e) => e.kind === 'visit')).toBe(true);
    expect(overview.partners.length).toBeGreaterThan(0);
    expect(overview.exclusion.complexes).toBeGreaterThan(0);
    const evidence = await backend.ok('evidence:table', {});
    expect(evidence.some((c) => c.achieved > 0 && c.notAchieved + c.partly > 0)).toBe(true);
  });
});
