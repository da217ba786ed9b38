/**
 * Deterministic generator of a housing corporation: staff, complexes and initiatives with their status
 * paths. The same options give the same data; the demo corporation (first start) and the benchmarks at
 * full scale (2,000 complexes, 100,000 initiatives) both use it. Pure: ids are assigned when stored.
 */
import type { Status } from '../domain/status';
import { APPROACHES, UNKNOWN_STORED_FACTS, type StoredFacts } from '../domain/recommendation/facts';
import { BUILDING_TYPES, type BuildingType, type Role, type SharedObject } from '../domain/vocabulary';
import {
  FIRST_NAMES,
  INITIATIVE_TEMPLATES,
  LAST_NAMES,
  OUTCOMES,
  PLACES,
  STREETS,
  WIJK_NAMES,
  type InitiativeTemplate,
} from './catalogue';
import { seededRandom, type Random } from './random';

export interface GeneratorOptions {
  seed: number;
  complexes: number;
  initiatives: number;
  wijkbeheerders: number;
  /** The "today" of the generated history (YYYY-MM-DD); fixed by default so the data never depends on the clock. */
  today?: string;
}

export interface GeneratedStaff {
  name: string;
  role: Role;
}

export interface GeneratedComplex {
  code: string;
  name: string;
  address: string;
  postcode: string;
  place: string;
  municipality: string;
  wijk: string;
  buurt: string;
  homes: number;
  buildingType: BuildingType;
  sharedObjects: SharedObject[];
  wijkbeheerder: number;
}

export interface GeneratedInitiative extends Omit<InitiativeTemplate, 'sharedObject' | 'facts'> {
  sharedObject: SharedObject | null;
  facts: StoredFacts;
  /** About one in ten wijkbeheerders chose another approach than advised, with a reason. */
  deviation: { approachIndex: number; rationale: string } | null;
  complex: number;
  wijkbeheerder: number;
  /** Every status it went through, starting with aangemaakt; the last one is the current status. */
  path: Status[];
  outcome: string | null;
  startDate: string | null;
  endDate: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface GeneratedCorporation {
  staff: GeneratedStaff[];
  complexes: GeneratedComplex[];
  initiatives: GeneratedInitiative[];
}

const DAY = 86_400_000;
const SHARED_BY_TYPE: Record<BuildingType, SharedObject[]> = {
  portiekflat: ['portiek', 'berging', 'binnentuin'],
  galerijflat: ['berging', 'parkeerterrein', 'ontmoetingsruimte'],
  eengezinswoningen: ['speelplek', 'binnentuin'],
  seniorencomplex: ['ontmoetingsruimte', 'binnentuin', 'dakterras'],
  woongroep: ['ontmoetingsruimte', 'binnentuin'],
  gemengd_vve: ['berging', 'portiek', 'parkeerterrein'],
};
const PATHS: readonly (readonly [Status[], number])[] = [
  [['aangemaakt'], 3],
  [['aangemaakt', 'in_behandeling'], 4],
  [['aangemaakt', 'in_behandeling', 'in_uitvoering'], 5],
  [['aangemaakt', 'in_behandeling', 'in_uitvoering', 'afgerond'], 2],
  [['aangemaakt', 'in_behandeling', 'in_uitvoering', 'afgerond', 'gesloten'], 4],
  [['aangemaakt', 'geannuleerd'], 1],
  [['aangemaakt', 'in_behandeling', 'geannuleerd'], 1],
];

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const DEVIATION_REASONS = [
  'Bewoners vroegen zelf om meer begeleiding bij de start.',
  'De gemeente trekt dit samen met ons; we sluiten aan.',
  'Eerder project in dit complex liep vast; nu dichter op de bal.',
] as const;

/** The template's facts, sometimes with the motive or ownership not yet known, as in real case files. */
function varyFacts(random: Random, facts: Partial<StoredFacts>): StoredFacts {
  const varied: StoredFacts = { ...UNKNOWN_STORED_FACTS, ...facts };
  if (random.chance(0.2)) varied.ownership = 'onbekend';
  if (random.chance(0.15)) varied.residentsMotiveKnown = false;
  if (varied.risks.length > 0) varied.agreementsInPlace = random.chance(0.5);
  return varied;
}

function personName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

/**
 * Staff names, each different without a number behind it: the i-th name is the i-th of the first × last name
 * combinations in steps of 7 (coprime with their count, so none repeats before all were used).
 */
function staffName(i: number): string {
  const combination = (i * 7) % (FIRST_NAMES.length * LAST_NAMES.length);
  return `${FIRST_NAMES[combination % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(combination / FIRST_NAMES.length)]}`;
}

function makeStaff(random: Random, wijkbeheerders: number): GeneratedStaff[] {
  const roles: GeneratedStaff['role'][] = [
    ...Array.from({ length: wijkbeheerders }, () => 'wijkbeheerder' as const),
    'teamleider',
    'medewerker',
  ];
  return roles.map((role, i) => {
    // Drawn as before, though not used: everything generated after the staff stays the same.
    personName(random);
    return { name: staffName(i), role };
  });
}

function makeComplex(random: Random, index: number, wijkbeheerders: number, total: number): GeneratedComplex {
  // Complexes cluster in wijken; each wijk is looked after by one wijkbeheerder, as in practice.
  const wijkCount = Math.max(3, Math.ceil(total / 50));
  const wijkIndex = Math.floor((index * wijkCount) / total);
  const place = PLACES[wijkIndex % PLACES.length]!;
  const wijkName = WIJK_NAMES[wijkIndex % WIJK_NAMES.length]!;
  const wijk =
    wijkIndex < WIJK_NAMES.length ? wijkName : `${wijkName} ${Math.floor(wijkIndex / WIJK_NAMES.length) + 1}`;
  const street = random.pick(STREETS);
  const buildingType = random.weighted(
    BUILDING_TYPES.map((type) => [type, type === 'portiekflat' || type === 'galerijflat' ? 3 : 1] as const),
  );
  const sharedObjects = SHARED_BY_TYPE[buildingType].filter(() => random.chance(0.7));
  const homes = buildingType === 'woongroep' ? random.int(8, 30) : random.int(12, 240);
  return {
    code: `C${String(1001 + index)}`,
    name: `${street} ${random.int(1, 9)}${buildingType === 'seniorencomplex' ? ' (senioren)' : ''}`,
    address: `${street} ${random.int(1, 180)}`,
    postcode:
      `${random.int(1000, 9999)} ` +
      `${String.fromCharCode(65 + random.int(0, 25))}${String.fromCharCode(65 + random.int(0, 25))}`,
    place,
    municipality: place,
    wijk,
    buurt: `${wijk} ${random.pick(['Noord', 'Zuid', 'Oost', 'West'])}`,
    homes,
    buildingType,
    sharedObjects,
    wijkbeheerder: wijkIndex % wijkbeheerders,
  };
}

function makeInitiative(
  random: Random,
  complexIndex: number,
  complex: GeneratedComplex,
  todayMs: number,
): GeneratedInitiative {
  const template = random.pick(INITIATIVE_TEMPLATES);
  const path = [...random.weighted(PATHS)];
  const createdMs = todayMs - random.int(5, 6 * 365) * DAY - random.int(0, DAY - 1);
  const finished = path.includes('afgerond') || path.includes('geannuleerd');
  const updatedMs = Math.min(todayMs, createdMs + random.int(0, finished ? 300 : 120) * DAY);
  const started = path.includes('in_uitvoering');
  const startMs = createdMs + random.int(7, 40) * DAY;
  const sharedObject =
    template.sharedObject && complex.sharedObjects.includes(template.sharedObject)
      ? template.sharedObject
      : template.sharedObject && random.chance(0.5)
        ? template.sharedObject
        : null;
  return {
    ...template,
    sharedObject,
    facts: varyFacts(random, template.facts),
    deviation: random.chance(0.1)
      ? { approachIndex: random.int(0, APPROACHES.length - 1), rationale: random.pick(DEVIATION_REASONS) }
      : null,
    complex: complexIndex,
    wijkbeheerder: complex.wijkbeheerder,
    path,
    outcome: path.includes('gesloten') ? random.pick(OUTCOMES) : null,
    startDate: started ? isoDay(startMs) : null,
    endDate: started && finished ? isoDay(startMs + random.int(14, 200) * DAY) : null,
    createdAt: new Date(createdMs).toISOString(),
    updatedAt: new Date(updatedMs).toISOString(),
  };
}

/** Generates a whole corporation; see {@link GeneratorOptions}. */
export function generateCorporation(options: GeneratorOptions): GeneratedCorporation {
  const random = seededRandom(options.seed);
  const todayMs = Date.parse(`${options.today ?? '2026-11-01'}T12:00:00Z`);
  const staff = makeStaff(random, options.wijkbeheerders);
  const complexes = Array.from({ length: options.complexes }, (_, i) =>
    makeComplex(random, i, options.wijkbeheerders, options.complexes),
  );
  const initiatives: GeneratedInitiative[] = [];
  for (let i = 0; i < options.initiatives; i++) {
    // Every practice type appears: the first initiatives walk the catalogue, the rest are drawn at random.
    const complexIndex = random.int(0, complexes.length - 1);
    const initiative = makeInitiative(random, complexIndex, complexes[complexIndex]!, todayMs);
    if (i < INITIATIVE_TEMPLATES.length) {
      const { facts, ...template } = INITIATIVE_TEMPLATES[i]!;
      Object.assign(initiative, template, { facts: { ...UNKNOWN_STORED_FACTS, ...facts } });
    }
    initiatives.push(initiative);
  }
  return { staff, complexes, initiatives };
}
