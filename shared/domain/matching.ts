/**
 * Matching residents to an initiative on talents and interests (the profielschets of seed 000: "matchen op
 * talenten en interesses"). Pure: the backend supplies the candidates (with consent only) and the initiative.
 */
import type { Profile, Talent } from './field-work';
import type { PracticeType, SharedObject } from './vocabulary';

const BY_SHARED_OBJECT: Partial<Record<SharedObject, Talent[]>> = {
  binnentuin: ['tuinieren'],
  dakterras: ['tuinieren'],
  portiek: ['schilderen', 'schoonmaken'],
  berging: ['klussen', 'organiseren'],
  ontmoetingsruimte: ['organiseren', 'koken'],
  speelplek: ['kinderen', 'klussen'],
  parkeerterrein: ['schoonmaken'],
};

const BY_PRACTICE: Partial<Record<PracticeType, Talent[]>> = {
  eigen_woning: ['klussen'],
  zelf_beter: ['schoonmaken', 'tuinieren'],
  geld_besparen: ['klussen', 'techniek'],
  probleem_oplossen: ['organiseren'],
  gemeenschap: ['organiseren', 'koken'],
};

/** Words in a title or description that point at a talent. */
const KEYWORDS: [RegExp, Talent][] = [
  [/tuin|plant|groen|bloem/i, 'tuinieren'],
  [/schilder|verf/i, 'schilderen'],
  [/schoon|veeg|zwerfvuil|opruim/i, 'schoonmaken'],
  [/klus|repar|timmer|gereedschap/i, 'klussen'],
  [/energie|techniek|elektr/i, 'techniek'],
  [/koffie|eten|kook|maaltijd/i, 'koken'],
  [/bijles|taal|lezen/i, 'taal'],
  [/kind|speel|jeugd/i, 'kinderen'],
  [/oudere|zorg|eenzaam/i, 'zorg'],
  [/welkom|organis|coöperatie|activiteit|feest/i, 'organiseren'],
];

export interface InitiativeNeeds {
  title: string;
  description: string;
  sharedObject: SharedObject | null;
  practiceType: PracticeType;
}

/** The talents an initiative needs, each with the reason it is needed. */
export function neededTalents(initiative: InitiativeNeeds): Map<Talent, string> {
  const needs = new Map<Talent, string>();
  const add = (talents: Talent[] | undefined, reason: string) =>
    talents?.forEach((t) => needs.has(t) || needs.set(t, reason));
  const text = `${initiative.title} ${initiative.description}`;
  for (const [pattern, talent] of KEYWORDS) if (pattern.test(text)) add([talent], 'text');
  if (initiative.sharedObject)
    add(BY_SHARED_OBJECT[initiative.sharedObject], `sharedObject.${initiative.sharedObject}`);
  add(BY_PRACTICE[initiative.practiceType], `practiceType.${initiative.practiceType}`);
  return needs;
}

export interface Candidate {
  id: string;
  profile: Profile;
  sameComplex: boolean;
}

export interface Match {
  id: string;
  score: number;
  sameComplex: boolean;
  /** Why: which talent or interest meets which need. */
  reasons: { kind: 'talent' | 'interest'; talent: Talent; need: string }[];
}

/**
 * Ranks candidates: a talent that meets a need counts 2, an interest 1, the same complex 1 extra.
 * Candidates without any fit are left out.
 */
export function matchResidents(needs: Map<Talent, string>, candidates: Candidate[], limit = 10): Match[] {
  const matches: Match[] = [];
  for (const candidate of candidates) {
    const reasons: Match['reasons'] = [];
    for (const [talent, need] of needs) {
      if (candidate.profile.talents.includes(talent)) reasons.push({ kind: 'talent', talent, need });
      else if (candidate.profile.interests.includes(talent)) reasons.push({ kind: 'interest', talent, need });
    }
    if (reasons.length === 0) continue;
    const score = reasons.reduce((sum, r) => sum + (r.kind === 'talent' ? 2 : 1), 0) + (candidate.sameComplex ? 1 : 0);
    matches.push({ id: candidate.id, score, sameComplex: candidate.sameComplex, reasons });
  }
  return matches.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}

/** A possible buddy for a new tenant, with what the two share. */
export interface BuddyMatch {
  id: string;
  score: number;
  /** `shared`: both are interested; `teaches`: the buddy's talent is the newcomer's interest; `learns`: the reverse. */
  reasons: { kind: 'shared' | 'teaches' | 'learns'; talent: Talent }[];
}

/**
 * Ranks neighbours as buddy for a new tenant on the profielschets: an interest both have counts 2 (BuurtThuis's
 * "koffie met mensen met dezelfde interesses"), a talent of one that the other is interested in counts 1. Those
 * with nothing in common are left out; ties go by id, so the order is stable.
 */
export function rankBuddies(
  newcomer: Pick<Profile, 'talents' | 'interests'>,
  candidates: { id: string; profile: Pick<Profile, 'talents' | 'interests'> }[],
  limit = 5,
): BuddyMatch[] {
  const matches: BuddyMatch[] = [];
  for (const { id, profile } of candidates) {
    const reasons: BuddyMatch['reasons'] = [];
    for (const talent of newcomer.interests) {
      if (profile.interests.includes(talent)) reasons.push({ kind: 'shared', talent });
      else if (profile.talents.includes(talent)) reasons.push({ kind: 'teaches', talent });
    }
    for (const talent of newcomer.talents)
      if (profile.interests.includes(talent) && !newcomer.interests.includes(talent))
        reasons.push({ kind: 'learns', talent });
    if (reasons.length === 0) continue;
    matches.push({ id, score: reasons.reduce((sum, r) => sum + (r.kind === 'shared' ? 2 : 1), 0), reasons });
  }
  return matches.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}
