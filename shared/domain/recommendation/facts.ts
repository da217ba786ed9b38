/**
 * The facts the recommendation weighs, in the vocabulary of the source study (004, sections 3–6 and
 * bijlage 1). Stored data, the contract and the UI use exactly these values.
 */
import type { Origin, PracticeType } from '../vocabulary';

export type { Origin, PracticeType };

export const OWNERSHIPS = [
  'mentaal_eigenaar',
  'potentieel_eigenaar',
  'geen_eigenaar',
  'onverwacht_eigenaar',
  'onbekend',
] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

export const GROUPS = ['individu', 'nieuwe_groep', 'bestaande_groep', 'nog_geen_groep'] as const;
export type Group = (typeof GROUPS)[number];

export const MOTIVES = [
  'geld',
  'vrije_tijd',
  'gemeenschapszin',
  'verveling_eenzaamheid',
  'zeggenschap',
  'wereld_verbeteren',
  'doeners',
  'probleemoplossers',
  'gezelligmakers',
  'zelfontplooiing',
] as const;
export type Motive = (typeof MOTIVES)[number];

export const SUPPORTS = ['erkenning', 'kennis', 'geld', 'materiaal', 'ruimte', 'menskracht'] as const;
export type Support = (typeof SUPPORTS)[number];

export const RISKS = [
  'werken_op_hoogte',
  'elektra',
  'graafwerk',
  'kwetsbare_personen',
  'voedsel',
  'gereedschap_machines',
] as const;
export type Risk = (typeof RISKS)[number];

export const APPROACHES = ['faciliteren', 'coproduceren', 'stimuleren'] as const;
export type Approach = (typeof APPROACHES)[number];

export const BOOLEAN_FACTS = [
  'sharedProblem',
  'fitsPolicyAgenda',
  'residentsMotiveKnown',
  'exclusionRisk',
  'agreementsInPlace',
] as const;
export type BooleanFact = (typeof BOOLEAN_FACTS)[number];

export interface InitiativeFacts {
  origin: Origin;
  practiceType: PracticeType;
  ownership: Ownership;
  group: Group;
  motives: Motive[];
  supportAsked: Support[];
  risks: Risk[];
  /** Residents share an experienced problem. */
  sharedProblem: boolean;
  /** The residents' interest fits the corporation's own policy agenda. */
  fitsPolicyAgenda: boolean;
  /** We know what residents themselves want. */
  residentsMotiveKnown: boolean;
  /** Residents at risk of exclusion through age or low income. */
  exclusionRisk: boolean;
  /** Signed volunteer agreements and confirmed insurance for the risky work. */
  agreementsInPlace: boolean;
}

/** The Kenmerken as stored with an initiative; with its origin and practice type they form InitiativeFacts. */
export type StoredFacts = Omit<InitiativeFacts, 'origin' | 'practiceType'>;

/** What an initiative knows before anyone answered the Kenmerken questions. */
export const UNKNOWN_STORED_FACTS: StoredFacts = {
  ownership: 'onbekend',
  group: 'nog_geen_groep',
  motives: [],
  supportAsked: [],
  risks: [],
  sharedProblem: false,
  fitsPolicyAgenda: false,
  residentsMotiveKnown: false,
  exclusionRisk: false,
  agreementsInPlace: false,
};
