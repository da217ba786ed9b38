import { FIRST_NAMES, LAST_NAMES, OUTCOMES } from '../../shared/demo/catalogue';
import { addDays } from '../../shared/domain/dates';
import { EMPTY_PROFILE } from '../../shared/domain/field-work';
import { welcomeMoments, type Result, type WelcomeStep } from '../../shared/domain/reciprocity';
import { uuidv7 } from './db/ids';
import type { Repositories } from './db/repositories';

/** The demo's closed initiatives get the result their outcome text describes. */
export function resultOfOutcome(outcome: string | null): Result | null {
  if (!outcome) return null;
  if (outcome === OUTCOMES[3]) return 'niet_bereikt';
  return outcome === OUTCOMES[1] ? 'deels' : 'bereikt';
}

interface DemoScope {
  repos: Repositories;
  complexIds: string[];
  /** One open initiative per complex, to link residents and promises to. */
  initiativeOf: (complexId: string) => string | undefined;
  by: string;
  today: string;
  at: string;
}

/**
 * Residents and wederkerigheid on the first complexes of the demo: a new tenant with a welcome plan, active
 * residents (one thanked, one not), and promises open, overdue and kept, made by the person who just started,
 * so Mijn werk, the complex page and Wederkerigheid all have something true to show. Deterministic by index.
 */
export function seedReciprocity(scope: DemoScope) {
  const steps = scope.repos.reciprocity.steps();
  scope.complexIds.slice(0, 8).forEach((complexId, c) => {
    const people = seedResidents(scope, complexId, c);
    const initiativeId = scope.initiativeOf(complexId);
    if (initiativeId) scope.repos.visits.linkPerson(initiativeId, people.active, 'vrijwilliger', scope.at, scope.by);
    seedWelcome(scope, complexId, c, people, steps);
    seedPromises(scope, complexId, c, people, initiativeId);
    seedWijk(scope, complexId, c, initiativeId);
    seedVisits(scope, complexId, c, people, initiativeId);
    if (c % 2 === 0)
      scope.repos.reciprocity.insertAppreciation({
        id: uuidv7(),
        complexId,
        residentId: people.committee,
        groupName: '',
        kind: 'bloemen',
        givenOn: addDays(scope.today, -40),
        note: 'Voor het organiseren van de buurtborrel',
        at: scope.at,
        by: scope.by,
      });
  });
}

type People = { active: string; committee: string; tenant: string };

/** Three residents of the c-th complex: an active volunteer, a committee member and a new tenant. */
function seedResidents({ repos, by, at }: DemoScope, complexId: string, c: number): People {
  const person = (n: number) =>
    `${FIRST_NAMES[(c * 3 + n) % FIRST_NAMES.length]} ${LAST_NAMES[(c * 7 + n) % LAST_NAMES.length]}`;
  const resident = (n: number, roles: ('vrijwilliger' | 'bewonerscommissie_lid')[]) => {
    const id = uuidv7();
    const fields = {
      complexId,
      name: person(n),
      houseNumber: String(10 + n + c),
      phone: null,
      email: null,
      roles,
      ageBand: null,
      profile: EMPTY_PROFILE,
    };
    repos.residents.insert(id, fields, null, at, by);
    return id;
  };
  return {
    active: resident(0, ['vrijwilliger']),
    committee: resident(1, ['bewonerscommissie_lid']),
    tenant: resident(2, []),
  };
}

/** The new tenant's welcome plan, with the volunteer as buddy; the moments more than two weeks past are done. */
function seedWelcome(
  { repos, by, today, at }: DemoScope,
  complexId: string,
  c: number,
  { active, tenant }: People,
  steps: WelcomeStep[],
) {
  const welcomeId = uuidv7();
  const moveInDate = addDays(today, -(c * 25 + 10));
  repos.reciprocity.insertWelcome({
    id: welcomeId,
    residentId: tenant,
    complexId,
    moveInDate,
    buddyId: active,
    at,
    by,
  });
  for (const moment of welcomeMoments(moveInDate, steps)) {
    const id = uuidv7();
    repos.reciprocity.insertMoment({ id, ...moment, ownerId: by, complexId, residentId: tenant, welcomeId, at, by });
    if (moment.dueDate < addDays(today, -14)) {
      const note = 'Kennisgemaakt; voelt zich welkom';
      repos.visits.setFollowUpDone({ id, version: 1, doneAt: at, doneBy: by, note, at, by });
    }
  }
}

/** Two promises: one to the committee, open (overdue on some complexes), and one to a resident, kept. */
function seedPromises(
  { repos, by, today, at }: DemoScope,
  complexId: string,
  c: number,
  { committee }: People,
  initiativeId: string | undefined,
) {
  const promise = (what: string, promisedOn: string, dueDate: string, residentId: string | null) => {
    const id = uuidv7();
    repos.reciprocity.insertPromise({
      id,
      complexId,
      initiativeId: initiativeId ?? null,
      visitId: null,
      residentId,
      toGroup: residentId ? '' : 'Bewonerscommissie',
      what,
      promisedOn,
      dueDate,
      at,
      by,
    });
    return id;
  };
  promise(
    'Terugkoppeling over de schoonmaak van het trappenhuis',
    addDays(today, -30),
    addDays(today, -(c % 3) * 5 + 5),
    null,
  );
  const kept = promise(
    'Extra fietsnietjes bij de ingang laten plaatsen',
    addDays(today, -60),
    addDays(today, -20),
    committee,
  );
  const keptOn = addDays(today, c % 2 === 0 ? -25 : -15);
  repos.reciprocity.settlePromise({ id: kept, version: 1, status: 'nagekomen', keptOn, reason: '', at, by });
}

/** What the person who just started wrote after two visits: one on the open initiative, one to the new tenant. */
const VISIT_NOTES = [
  'Bij het initiatief gekeken met de trekker en de bewonerscommissie; de slang ligt klaar, volgende week beginnen.',
  'Kennismaking met de nieuwe huurder; wil graag meedoen met de tuin en zoekt contact met buren.',
] as const;

function seedVisits(
  { repos, by, today, at }: DemoScope,
  complexId: string,
  c: number,
  people: People,
  initiativeId: string | undefined,
) {
  const visits = [
    { visitDate: addDays(today, -(2 + c)), met: [people.active, people.committee], initiativeId },
    { visitDate: addDays(today, -(20 + c * 3)), met: [people.tenant], initiativeId: undefined },
  ];
  visits.forEach((visit, n) => {
    const id = uuidv7();
    repos.visits.insertVisit({ id, complexId, visitDate: visit.visitDate, note: VISIT_NOTES[n]!, at, by });
    for (const residentId of visit.met) repos.visits.linkVisitResident(id, residentId);
    if (visit.initiativeId) repos.visits.linkVisitInitiative(id, visit.initiativeId);
  });
}

const PARTNERS = [
  ['Zorggroep De Linde', 'zorg'],
  ['Leger des Heils', 'welzijn'],
  ['Basisschool De Regenboog', 'school'],
  ['Gemeente, team Wijkzaken', 'gemeente'],
] as const;
/** BuurtThuis (002) began with a survey; its top three are the demo's topics. */
const TOPICS = [
  ['Contact met buren', 0.7],
  ['Nederlands leren', 0.45],
  ['Koffie met mensen met dezelfde interesses', 0.4],
] as const;

/** Partners per wijk (once per wijk), a survey on the complex, and a risk of exclusion on every third complex. */
function seedWijk({ repos, by, today, at }: DemoScope, complexId: string, c: number, initiativeId: string | undefined) {
  const complex = repos.complexes.get(complexId)!;
  if (complex.wijk && repos.wijk.partners(complex.wijk).length === 0) {
    for (const [name, kind] of PARTNERS)
      repos.wijk.insertPartner({
        id: uuidv7(),
        wijk: complex.wijk,
        name,
        kind,
        contactName: '',
        contactPhone: '',
        contactEmail: '',
        at,
        by,
      });
  }
  const partner = repos.wijk.partners(complex.wijk)[c % PARTNERS.length];
  if (partner && initiativeId) repos.wijk.link(initiativeId, partner.id, 'uitvoering', at, by);
  const surveyId = uuidv7();
  const respondents = 20 + c * 3;
  repos.wijk.insertSurvey({
    id: surveyId,
    complexId,
    wijk: complex.wijk,
    method: c % 2 ? 'enquete' : 'oliebollenactie',
    heldOn: addDays(today, -(90 + c * 10)),
    respondents,
    note: '',
    at,
    by,
  });
  for (const [topic, share] of TOPICS)
    repos.wijk.insertTopic({ id: uuidv7(), surveyId, topic, count: Math.max(1, Math.round(respondents * share)) });
  if (c % 3 === 0)
    repos.complexes.setExclusion({
      id: complexId,
      version: complex.version,
      reasons: ['ouderen', 'laag_inkomen'],
      note: 'Veel alleenstaande ouderen met een kleine beurs',
      at,
      by,
    });
}
