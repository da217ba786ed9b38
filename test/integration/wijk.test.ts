import { afterEach, describe, expect, it } from 'vitest';
import { sampleComplex, startInitializedBackend, testClock, type TestBackend } from '../fixtures/backend';

let backend: TestBackend;
afterEach(() => backend?.dispose());

async function setup() {
  const started = await startInitializedBackend({ clock: testClock('2026-03-10T10:00:00.000Z') });
  backend = started.backend;
  const complex = await backend.ok('complexes:create', sampleComplex({ wijk: 'Centrum' }));
  const neighbour = await backend.ok(
    'complexes:create',
    sampleComplex({ code: 'C2002', name: 'Buren 2', wijk: 'Centrum' }),
  );
  return { complex, neighbour };
}
const count = (table: string) => (backend.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('buurtpeilingen', () => {
  it('keeps topics with counts, shows a wijk survey on each complex, follows a topic into an initiative', async () => {
    const { complex, neighbour } = await setup();
    await backend.ok('surveys:create', {
      wijk: 'Centrum',
      method: 'oliebollenactie',
      heldOn: '2026-02-01',
      respondents: 40,
      topics: [
        { topic: 'Contact met buren', count: 31 },
        { topic: 'Nederlands leren', count: 22 },
        { topic: 'Koffie met gelijkgestemden', count: 18 },
      ],
    });
    const [survey] = await backend.ok('surveys:list', { complexId: neighbour.id });
    expect(survey!.topics.map((t) => [t.topic, t.count])).toEqual([
      ['Contact met buren', 31],
      ['Nederlands leren', 22],
      ['Koffie met gelijkgestemden', 18],
    ]);
    const started = await backend.ok('surveys:startInitiative', {
      topicId: survey!.topics[1]!.id,
      complexId: complex.id,
      title: 'Taalcafé',
      practiceType: 'gemeenschap',
    });
    const [after] = await backend.ok('surveys:list', { complexId: complex.id });
    expect(after!.topics[1]!.initiatives).toEqual([{ id: started.id, title: 'Taalcafé', status: 'aangemaakt' }]);
    expect((await backend.ok('initiatives:get', { id: started.id })).initiative).toMatchObject({
      origin: 'bewoners',
      complexId: complex.id,
    });
  });

  it('refuses more for a topic than took part, a topic twice, a future date, no place; so does the db', async () => {
    const { complex } = await setup();
    const base = { complexId: complex.id, method: 'enquete' as const, heldOn: '2026-03-01', respondents: 10 };
    expect(await backend.invoke('surveys:create', { ...base, topics: [{ topic: 'Tuin', count: 11 }] })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'topics', messageKey: 'err.survey.moreThanRespondents' }] },
    });
    expect(
      await backend.invoke('surveys:create', {
        ...base,
        topics: [
          { topic: 'Tuin', count: 2 },
          { topic: 'tuin', count: 3 },
        ],
      }),
    ).toMatchObject({ ok: false, error: { issues: [{ messageKey: 'err.survey.topicTwice' }] } });
    expect(await backend.invoke('surveys:create', { ...base, heldOn: '2026-04-01', topics: [] })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'heldOn' }] },
    });
    expect(await backend.invoke('surveys:create', { ...base, complexId: null, topics: [] })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'wijk' }] },
    });
    expect(count('surveys')).toBe(0);
    const survey = await backend.ok('surveys:create', { ...base, topics: [] });
    expect(() =>
      backend.db
        .prepare("INSERT INTO survey_topics (id, survey_id, topic, count) VALUES ('t', ?, 'x', 11)")
        .run(survey.id),
    ).toThrow(/respondents/);
  });
});

describe('partners', () => {
  it('links a partner once per initiative with a role, counts per partner, refuses a name twice', async () => {
    const { complex } = await setup();
    const partner = await backend.ok('partners:create', {
      wijk: 'Centrum',
      name: 'Leger des Heils',
      kind: 'welzijn',
      contactName: 'Sam',
      contactEmail: 'sam@example.nl',
    });
    expect(
      await backend.invoke('partners:create', { wijk: 'Centrum', name: 'leger des heils', kind: 'welzijn' }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: 'name', messageKey: 'err.partner.duplicate' }] } });
    const initiative = await backend.ok('initiatives:create', {
      complexId: complex.id,
      title: 'Maaltijd',
      origin: 'partner',
      practiceType: 'gemeenschap',
    });
    expect(
      await backend.ok('partners:link', {
        initiativeId: initiative.initiative.id,
        partnerId: partner.id,
        role: 'initiatiefnemer',
      }),
    ).toEqual([{ partnerId: partner.id, name: 'Leger des Heils', kind: 'welzijn', role: 'initiatiefnemer' }]);
    expect(
      await backend.invoke('partners:link', {
        initiativeId: initiative.initiative.id,
        partnerId: partner.id,
        role: 'uitvoering',
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', messageKey: 'err.partner.linkedTwice' } });
    expect((await backend.ok('reciprocity:overview', {})).partners).toEqual([
      { id: partner.id, name: 'Leger des Heils', wijk: 'Centrum', initiatives: 1 },
    ]);
    expect(
      await backend.ok('partners:unlink', { initiativeId: initiative.initiative.id, partnerId: partner.id }),
    ).toEqual([]);
  });
});

describe('risk of exclusion', () => {
  it('marks a complex at risk and counts the initiatives and residents reached there', async () => {
    const { complex } = await setup();
    const marked = await backend.ok('complexes:setExclusionRisk', {
      id: complex.id,
      version: complex.version,
      reasons: ['ouderen', 'laag_inkomen', 'ouderen'],
      note: 'Veel alleenstaande ouderen',
    });
    expect(marked).toMatchObject({
      exclusionReasons: ['ouderen', 'laag_inkomen'],
      exclusionNote: 'Veel alleenstaande ouderen',
    });
    const initiative = await backend.ok('initiatives:create', {
      complexId: complex.id,
      title: 'Koffieochtend',
      origin: 'bewoners',
      practiceType: 'gemeenschap',
    });
    const resident = await backend.ok('residents:create', { complexId: complex.id, name: 'Oma Jansen' });
    await backend.ok('people:link', {
      initiativeId: initiative.initiative.id,
      residentId: resident.id,
      role: 'deelnemer',
    });
    expect((await backend.ok('reciprocity:overview', {})).exclusion).toEqual({
      complexes: 1,
      initiatives: 1,
      residentsReached: 1,
    });
    expect(
      await backend.invoke('complexes:setExclusionRisk', { id: complex.id, version: complex.version, reasons: [] }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(
      await backend.invoke('complexes:setExclusionRisk', {
        id: complex.id,
        version: marked.version,
        reasons: ['onbekend'] as never,
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(() =>
      backend.db.prepare(`UPDATE complexes SET exclusion_reasons = '["x"]' WHERE id = ?`).run(complex.id),
    ).toThrow(/exclusion/);
  });
});
