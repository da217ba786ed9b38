/**
 * Wederkerigheid (seeds 000–004): welcoming new tenants, promises kept, appreciation of active residents, and what
 * this corporation's own record says about which approach worked where. Pure rules; the backend stores, this decides.
 */
import { addDays } from './dates';
import type { Approach } from './recommendation/facts';
import type { PracticeType } from './vocabulary';

// --- Welkom nieuwe huurders -------------------------------------------------------------------------------------

/** One step of the welcome plan: a contact moment `offsetDays` after the move-in date. */
export interface WelcomeStep {
  step: number;
  offsetDays: number;
  title: string;
}

/** The lab's ask (000/001): first acquaintance soon, and active contact for at least six months after moving in. */
export const MIN_AFTERCARE_DAYS = 182;
export const MAX_WELCOME_STEPS = 12;
/** A move-in date may be planned a little ahead (the keys are handed over before the move), not more. */
export const MAX_MOVE_IN_AHEAD_DAYS = 31;

/** The contact moments of a welcome plan for a tenant who moves in on `moveInDate`, in step order. */
export function welcomeMoments(moveInDate: string, steps: readonly WelcomeStep[]) {
  return [...steps]
    .sort((a, b) => a.step - b.step)
    .map((s) => ({ step: s.step, title: s.title, dueDate: addDays(moveInDate, s.offsetDays) }));
}

/** A template must keep contact for at least six months and have its moments in time order. */
export function templateProblem(steps: readonly WelcomeStep[]): 'empty' | 'tooShort' | 'order' | null {
  if (steps.length === 0) return 'empty';
  const sorted = [...steps].sort((a, b) => a.step - b.step);
  if (sorted.some((s, i) => i > 0 && s.offsetDays < sorted[i - 1]!.offsetDays)) return 'order';
  if (sorted[sorted.length - 1]!.offsetDays < MIN_AFTERCARE_DAYS) return 'tooShort';
  return null;
}

export type WelcomeState = 'gepland' | 'verwelkomd' | 'nazorg_afgerond';

/** Welcomed once the first moment is done; aftercare complete when every moment is done. */
export function welcomeState(moments: readonly { step: number; done: boolean }[]): WelcomeState {
  if (moments.length > 0 && moments.every((m) => m.done)) return 'nazorg_afgerond';
  const first = [...moments].sort((a, b) => a.step - b.step)[0];
  return first?.done ? 'verwelkomd' : 'gepland';
}

// --- Toezeggingen -----------------------------------------------------------------------------------------------

export const PROMISE_STATUSES = ['open', 'nagekomen', 'ingetrokken'] as const;
export type PromiseStatus = (typeof PROMISE_STATUSES)[number];

export type PromiseState = 'open' | 'te_laat' | 'op_tijd_nagekomen' | 'te_laat_nagekomen' | 'ingetrokken';

/** How a promise stands today: open or overdue, kept on time or late, or withdrawn. */
export function promiseState(
  p: { status: PromiseStatus; dueDate: string; keptOn: string | null },
  today: string,
): PromiseState {
  if (p.status === 'ingetrokken') return 'ingetrokken';
  if (p.status === 'nagekomen') return p.keptOn! <= p.dueDate ? 'op_tijd_nagekomen' : 'te_laat_nagekomen';
  return p.dueDate < today ? 'te_laat' : 'open';
}

/**
 * The share of promises kept on time among those whose outcome is known (kept, or overdue while open); withdrawn
 * ones and open ones not yet due do not count either way. Null when nothing counts yet.
 */
export function keptOnTimePercent(states: readonly PromiseState[]): number | null {
  const onTime = states.filter((s) => s === 'op_tijd_nagekomen').length;
  const counted = states.filter(
    (s) => s === 'op_tijd_nagekomen' || s === 'te_laat_nagekomen' || s === 'te_laat',
  ).length;
  return counted === 0 ? null : Math.round((onTime / counted) * 100);
}

// --- Waardering -------------------------------------------------------------------------------------------------

export const APPRECIATION_KINDS = [
  'bedankbezoek',
  'bloemen',
  'vrijwilligersavond',
  'vermelding_bewonersblad',
  'anders',
] as const;
export type AppreciationKind = (typeof APPRECIATION_KINDS)[number];

/** Active residents are signalled when they had no appreciation in this many months. */
export const APPRECIATION_MONTHS = 12;

/** The day twelve months before `today`: the window of the appreciation signal and of the welcome figures. */
export function twelveMonthsBefore(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - 1, m - 1, d));
  // 29 February a year back does not exist: take 28 February, so the window is never longer than twelve months.
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

// --- Wat werkte waar --------------------------------------------------------------------------------------------

export const RESULTS = ['bereikt', 'deels', 'niet_bereikt'] as const;
export type Result = (typeof RESULTS)[number];

/** Below this many closed cases a share says nothing; the page says so instead of showing a percentage. */
export const MIN_CASES_TO_CONCLUDE = 10;

export interface EvidenceCase {
  practiceType: PracticeType;
  chosenApproach: Approach | null;
  advisedApproach: Approach | null;
  result: Result | null;
  ownMinutes: number;
  spentCents: number;
}

export interface EvidenceCell {
  practiceType: PracticeType;
  approach: Approach | 'onbekend';
  cases: number;
  achieved: number;
  partly: number;
  notAchieved: number;
  /** Closed before results were recorded. */
  unknown: number;
  adviceFollowed: number;
  ownHours: number;
  spentCents: number;
  /** Achieved as % of cases with a known result, or null when there are too few to conclude. */
  achievedPercent: number | null;
  tooFewToConclude: boolean;
}

/** Groups closed cases per practice type and chosen approach; shares only where there are enough cases. */
export function summarizeEvidence(cases: Iterable<EvidenceCase>): EvidenceCell[] {
  const cells = new Map<string, EvidenceCell>();
  for (const c of cases) {
    const approach = c.chosenApproach ?? 'onbekend';
    const key = `${c.practiceType}|${approach}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = {
        practiceType: c.practiceType,
        approach,
        cases: 0,
        achieved: 0,
        partly: 0,
        notAchieved: 0,
        unknown: 0,
        adviceFollowed: 0,
        ownHours: 0,
        spentCents: 0,
        achievedPercent: null,
        tooFewToConclude: true,
      };
      cells.set(key, cell);
    }
    cell.cases += 1;
    if (c.result === 'bereikt') cell.achieved += 1;
    else if (c.result === 'deels') cell.partly += 1;
    else if (c.result === 'niet_bereikt') cell.notAchieved += 1;
    else cell.unknown += 1;
    if (c.chosenApproach && c.chosenApproach === c.advisedApproach) cell.adviceFollowed += 1;
    cell.ownHours += c.ownMinutes / 60;
    cell.spentCents += c.spentCents;
  }
  for (const cell of cells.values()) {
    const known = cell.cases - cell.unknown;
    cell.tooFewToConclude = known < MIN_CASES_TO_CONCLUDE;
    cell.achievedPercent = cell.tooFewToConclude ? null : Math.round((cell.achieved / known) * 100);
    cell.ownHours = Math.round(cell.ownHours * 10) / 10;
  }
  return [...cells.values()].sort(
    (a, b) => a.practiceType.localeCompare(b.practiceType) || a.approach.localeCompare(b.approach),
  );
}

// --- Buurtpeilingen ---------------------------------------------------------------------------------------------

export const SURVEY_METHODS = ['enquete', 'oliebollenactie', 'rondetafelgesprek', 'deur_aan_deur', 'anders'] as const;
export type SurveyMethod = (typeof SURVEY_METHODS)[number];

/** Topics ranked by how many respondents named them; ties by name, so the order is stable. */
export function topTopics<T extends { topic: string; count: number }>(topics: readonly T[], n = 3): T[] {
  return [...topics].sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic, 'nl')).slice(0, n);
}

// --- Partners en uitsluiting ------------------------------------------------------------------------------------

export const PARTNER_KINDS = [
  'zorg',
  'welzijn',
  'school',
  'gemeente',
  'politie',
  'kerk',
  'sport_cultuur',
  'anders',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** Why residents of a complex risk being left out (003: old age, a small budget, …). */
export const EXCLUSION_REASONS = ['ouderen', 'laag_inkomen', 'taal', 'eenzaamheid', 'beperking', 'anders'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];
