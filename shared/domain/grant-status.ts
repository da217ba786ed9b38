/**
 * The life of a grant from a budget: aangevraagd → toegekend, gedeeltelijk toegekend or afgewezen (through
 * wacht op goedkeuring when the amount is above the decider's mandate) → gesloten once it is accounted for.
 * Migration 0004 holds the same list in its CHECK; test/unit/grant-status.test.ts keeps the two equal.
 */
export const GRANT_STATUSES = [
  'aangevraagd',
  'wacht_op_goedkeuring',
  'toegekend',
  'gedeeltelijk_toegekend',
  'afgewezen',
  'gesloten',
] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

/** What a decider may decide on an application. */
export const GRANT_DECISIONS = [
  'toegekend',
  'gedeeltelijk_toegekend',
  'afgewezen',
] as const satisfies readonly GrantStatus[];
export type GrantDecision = (typeof GRANT_DECISIONS)[number];

/** Statuses whose granted amount is taken from the budget: also while approval is awaited, and after closing. */
export const ALLOCATING_STATUSES: readonly GrantStatus[] = [
  'wacht_op_goedkeuring',
  'toegekend',
  'gedeeltelijk_toegekend',
  'gesloten',
];
export const allocates = (status: GrantStatus) => ALLOCATING_STATUSES.includes(status);

/** Granted and not yet closed: expenses may be added, and the grant may be accounted for and closed. */
export const isGranted = (status: GrantStatus) => status === 'toegekend' || status === 'gedeeltelijk_toegekend';

/** The status of a grant once it is granted: in full, or for part of what was asked. */
export const grantedStatus = (grantedCents: number, requestedCents: number): GrantStatus =>
  grantedCents === requestedCents ? 'toegekend' : 'gedeeltelijk_toegekend';
