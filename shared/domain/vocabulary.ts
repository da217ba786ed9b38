/**
 * The fixed vocabularies of Samenspel. Stored data, the contract and the UI all use these exact values;
 * labels for people live in the translation files.
 */
export const ROLES = ['wijkbeheerder', 'teamleider', 'medewerker'] as const;
export type Role = (typeof ROLES)[number];

/** Building types named in domain.md. */
export const BUILDING_TYPES = [
  'portiekflat',
  'galerijflat',
  'eengezinswoningen',
  'seniorencomplex',
  'woongroep',
  'gemengd_vve',
] as const;
export type BuildingType = (typeof BUILDING_TYPES)[number];

/**
 * Shared objects (VERA: collectieve objecten) where initiatives happen. The VERA code is kept beside each
 * value so exports can be mapped (TUI tuin, BER berging, ROR ontmoetingsruimte).
 */
export const SHARED_OBJECTS = [
  'binnentuin',
  'berging',
  'portiek',
  'ontmoetingsruimte',
  'speelplek',
  'dakterras',
  'parkeerterrein',
] as const;
export type SharedObject = (typeof SHARED_OBJECTS)[number];
export const VERA_SHARED_OBJECT_CODES: Partial<Record<SharedObject, string>> = {
  binnentuin: 'TUI',
  berging: 'BER',
  ontmoetingsruimte: 'ROR',
};

export const ORIGINS = ['bewoners', 'corporatie', 'partner'] as const;
export type Origin = (typeof ORIGINS)[number];

/** The five practice types of the study (bijlage 1) plus "anders". */
export const PRACTICE_TYPES = [
  'eigen_woning',
  'zelf_beter',
  'geld_besparen',
  'probleem_oplossen',
  'gemeenschap',
  'anders',
] as const;
export type PracticeType = (typeof PRACTICE_TYPES)[number];
