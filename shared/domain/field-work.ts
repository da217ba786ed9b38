/** Vocabulary of field work: residents, their roles and profile (profielschets, seed 000), people on initiatives. */
import type { Motive } from './recommendation/facts';

export const RESIDENT_ROLES = [
  'bewonerscommissie_lid',
  'huismeester',
  'contactpersoon',
  'initiatiefnemer',
  'vrijwilliger',
] as const;
export type ResidentRole = (typeof RESIDENT_ROLES)[number];

export const PERSON_ROLES = ['initiatiefnemer', 'trekker', 'deelnemer', 'vrijwilliger', 'contactpersoon'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** Only where a rule needs it (volunteer allowances); never a date of birth. */
export const AGE_BANDS = ['onder_21', '21_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const LIFE_PHASES = [
  'student',
  'arbeidsmigrant',
  'starter',
  'jong_gezin',
  'tweeverdieners',
  'ouder_gezin',
  'alleenstaand',
  'gepensioneerd',
  'oudere',
  'zorgbehoevend',
] as const;
export type LifePhase = (typeof LIFE_PHASES)[number];

/** Talents and interests a profielschets records, and that matching looks for. */
export const TALENTS = [
  'tuinieren',
  'klussen',
  'schilderen',
  'schoonmaken',
  'koken',
  'organiseren',
  'techniek',
  'taal',
  'administratie',
  'zorg',
  'kinderen',
  'cultuur',
] as const;
export type Talent = (typeof TALENTS)[number];

export interface Profile {
  talents: Talent[];
  interests: Talent[];
  offers: string;
  wishes: string;
  motives: Motive[];
  lifePhase: LifePhase | null;
}

export const EMPTY_PROFILE: Profile = {
  talents: [],
  interests: [],
  offers: '',
  wishes: '',
  motives: [],
  lifePhase: null,
};

/** The name an erased resident keeps, so initiative history stays readable without personal data. */
export const ERASED_NAME = 'verwijderde bewoner';

/** Follow-ups due today or overdue: the count beside "Mijn werk" and in the desktop's daily reminder. */
export function dueFollowUpCount(work: {
  today: string;
  overdueCount: number;
  upcoming: readonly { dueDate: string }[];
}): number {
  return work.overdueCount + work.upcoming.filter((f) => f.dueDate <= work.today).length;
}
