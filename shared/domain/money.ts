/**
 * Money: integer euro cents everywhere. Parsing what people type (Dutch "12,50" or "1.250,00"), formatting,
 * and the arithmetic of budgets, so the backend, the screens and the tests all add up the same way.
 */
export const MAX_CENTS = 100_000_000; // €1,000,000

export type ParsedAmount = { ok: true; cents: number } | { ok: false; key: string };

/** Reads an amount as typed: "12", "12,5", "12,50", "1.250,00", "1250.00"; never more than two decimals. */
export function parseEuro(text: string, maxCents = MAX_CENTS): ParsedAmount {
  const trimmed = text.trim().replace(/^€\s*/, '');
  if (trimmed === '') return { ok: false, key: 'err.money.required' };
  if (trimmed.startsWith('-')) return { ok: false, key: 'err.money.negative' };
  // A comma is the decimal separator in Dutch; dots are then thousands separators, in groups of three before it
  // ("1.250,50"). Anything else with a comma ("12,5.0", "1.25,00") is refused rather than guessed.
  if (trimmed.includes(',') && !/^(\d{1,3}(\.\d{3})+|\d+)(,\d*)?$/.test(trimmed))
    return { ok: false, key: 'err.money.notANumber' };
  const normalised = trimmed.includes(',') ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  if (!/^\d+(\.\d+)?$/.test(normalised)) return { ok: false, key: 'err.money.notANumber' };
  const [, decimals = ''] = normalised.split('.');
  if (decimals.length > 2) return { ok: false, key: 'err.money.decimals' };
  const cents = Math.round(Number(normalised) * 100);
  if (!Number.isSafeInteger(cents)) return { ok: false, key: 'err.money.notANumber' };
  if (cents > maxCents) return { ok: false, key: 'err.money.tooLarge' };
  return { ok: true, cents };
}

const formatters = new Map<string, Intl.NumberFormat>();

/** € 1.250,00 in Dutch; the English UI shows €1,250.00. */
export function formatEuro(cents: number, language = 'nl'): string {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    formatters.set(locale, format);
  }
  return format.format(cents / 100);
}

export interface BudgetFigures {
  /** The budget itself plus any overruns a teamleider recorded. */
  available: number;
  /** Granted (decided) amounts plus in-kind support counted against the budget. */
  allocated: number;
  spent: number;
  remaining: number;
}

/** The figures of one budget from its parts; every screen and the over-allocation check use this. */
export function budgetFigures(
  amountCents: number,
  overrunCents: number[],
  grantedCents: number[],
  inKindCents: number[],
  spentCents: number[],
): BudgetFigures {
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const available = amountCents + sum(overrunCents);
  const allocated = sum(grantedCents) + sum(inKindCents);
  return { available, allocated, spent: sum(spentCents), remaining: available - allocated };
}

/** A decision above the decider's mandate is not final: it waits for a teamleider. */
export function needsApproval(grantedCents: number, mandateCents: number, role: string): boolean {
  return role !== 'teamleider' && grantedCents > mandateCents;
}

/** The decision deadline shown with an application: four weeks after it came in. */
export function decisionDeadline(appliedOn: string, weeks = 4): string {
  return new Date(Date.parse(`${appliedOn}T00:00:00Z`) + weeks * 7 * 86_400_000).toISOString().slice(0, 10);
}

export const ELIGIBILITY_ITEMS = [
  'prestatieafspraken',
  'nabijBezit',
  'geenRegulierOnderhoud',
  'geenSponsoring',
] as const;
export type EligibilityItem = (typeof ELIGIBILITY_ITEMS)[number];
export type Eligibility = Partial<Record<EligibilityItem, 'ja' | 'nee'>>;

/** A grant can be finalised only when every eligibility question is answered "ja". */
export function eligibilityComplete(eligibility: Eligibility): boolean {
  return ELIGIBILITY_ITEMS.every((item) => eligibility[item] === 'ja');
}

/**
 * Whether a budget may pay for an initiative of this complex: a complex's own budget only for that complex, a fund
 * of a wijk only within that wijk, a corporation-wide fund anywhere. The database holds the same rule.
 */
export function budgetCovers(
  budget: { scope: 'complex' | 'wijk' | 'corporatie'; complexId: string | null; wijk: string | null },
  complex: { id: string; wijk: string },
): boolean {
  if (budget.scope === 'corporatie') return true;
  if (budget.scope === 'complex') return budget.complexId === complex.id;
  return budget.wijk === complex.wijk;
}
