/**
 * The status machine of an initiative, in the sector's case vocabulary (VERA/ZGW):
 * aangemaakt → in behandeling → in uitvoering → afgerond → gesloten, or geannuleerd.
 * Reopening (from afgerond, gesloten or geannuleerd back to in behandeling) is allowed and recorded.
 */
export const STATUSES = [
  'aangemaakt',
  'in_behandeling',
  'in_uitvoering',
  'afgerond',
  'gesloten',
  'geannuleerd',
] as const;
export type Status = (typeof STATUSES)[number];

const TRANSITIONS: Readonly<Record<Status, readonly Status[]>> = {
  aangemaakt: ['in_behandeling', 'geannuleerd'],
  in_behandeling: ['in_uitvoering', 'geannuleerd'],
  in_uitvoering: ['afgerond', 'in_behandeling', 'geannuleerd'],
  afgerond: ['gesloten', 'in_uitvoering'],
  gesloten: ['in_behandeling'],
  geannuleerd: ['in_behandeling'],
};

/** Statuses in which an initiative still needs attention ("open"). */
export const OPEN_STATUSES: readonly Status[] = ['aangemaakt', 'in_behandeling', 'in_uitvoering'];

/** The statuses an initiative may move to from `from`. */
export function allowedTransitions(from: Status): readonly Status[] {
  return TRANSITIONS[from];
}

/** Whether moving from `from` to `to` is allowed. */
export function canTransition(from: Status, to: Status): boolean {
  return TRANSITIONS[from].includes(to);
}

/** A move back from a finished state (afgerond, gesloten, geannuleerd) is a reopening and is recorded as such. */
export function isReopening(from: Status, to: Status): boolean {
  const finished: Status[] = ['afgerond', 'gesloten', 'geannuleerd'];
  return finished.includes(from) && !finished.includes(to);
}

/** Closing needs a recorded outcome (resultaat). */
export function needsOutcome(to: Status): boolean {
  return to === 'gesloten';
}

export function isOpen(status: Status): boolean {
  return OPEN_STATUSES.includes(status);
}
