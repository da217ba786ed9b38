/**
 * Contract for money: budgets and funds, grants (apply, decide, approve, spend, account, close), in-kind, own effort.
 */
import { z } from 'zod';
import { ELIGIBILITY_ITEMS, MAX_CENTS, type BudgetFigures, type Eligibility } from '../domain/money';
import { id, isoDate, text, version } from './fields';
import { method } from './method';
import { GRANT_DECISIONS, type GrantStatus } from '../domain/grant-status';

/**
 * Cents as integers: the UI parses "12,50" to 1250; fractions of a cent, negatives, NaN and absurd sums are refused.
 */
export const cents = (key = 'err.money.amount') =>
  z
    .number({ error: key })
    .int({ error: 'err.money.decimals' })
    .min(0, { error: 'err.money.negative' })
    .max(MAX_CENTS, { error: 'err.money.tooLarge' });

export interface BudgetRow extends BudgetFigures {
  id: string;
  scope: 'complex' | 'wijk' | 'corporatie';
  complexId: string | null;
  complexCode: string | null;
  wijk: string | null;
  year: number;
  name: string;
  amountCents: number;
  perHomeCents: number | null;
  maxPerApplicationCents: number | null;
  closed: boolean;
  version: number;
}

export interface Expense {
  id: string;
  spentOn: string;
  description: string;
  supplier: string;
  amountCents: number;
  receiptId: string | null;
}

export interface Accountability {
  receiptsComplete?: boolean;
  report?: string;
  photoId?: string | null;
  participants?: number;
  tenantsReached?: number;
}

export interface Grant {
  id: string;
  initiativeId: string;
  initiativeTitle: string;
  budgetId: string;
  budgetName: string;
  appliedOn: string;
  decisionDeadline: string;
  requestedCents: number;
  ownContributionCents: number;
  lines: { description: string; amountCents: number }[];
  eligibility: Eligibility;
  status: GrantStatus;
  grantedCents: number;
  motivation: string;
  decidedOn: string | null;
  decidedByName: string | null;
  approvedByName: string | null;
  overspendReason: string | null;
  accountability: Accountability;
  waivedReason: string | null;
  spentCents: number;
  expenses: Expense[];
  version: number;
}

export interface InKind {
  id: string;
  item: string;
  valueCents: number;
  handoverOn: string;
  mode: 'gegeven' | 'geleend';
  returnOn: string | null;
  returned: boolean;
  budgetId: string | null;
}

export interface MoneyOfInitiative {
  grants: Grant[];
  inKind: InKind[];
  effort: { id: string; workedOn: string; minutes: number; people: number; description: string }[];
  totals: {
    requestedCents: number;
    grantedCents: number;
    spentCents: number;
    ownContributionCents: number;
    inKindCents: number;
    effortMinutes: number;
  };
}

const eligibility = z
  .object(Object.fromEntries(ELIGIBILITY_ITEMS.map((item) => [item, z.enum(['ja', 'nee']).optional()])))
  .strict();

export const budgetCreateInput = z
  .object({
    scope: z.enum(['complex', 'wijk', 'corporatie'], { error: 'err.budget.scope' }),
    complexId: id.optional(),
    wijk: text(100).optional(),
    year: z
      .number({ error: 'err.budget.year' })
      .int({ error: 'err.budget.year' })
      .min(2000, { error: 'err.budget.year' })
      .max(2100, { error: 'err.budget.year' }),
    name: text(120).min(1, { error: 'err.budget.name' }),
    kind: z.enum(['vast', 'per_woning'], { error: 'err.budget.kind' }),
    amountCents: cents().optional(),
    perHomeCents: cents().optional(),
    maxPerApplicationCents: cents().min(1, { error: 'err.money.amount' }).optional(),
  })
  .strict()
  .refine((b) => (b.kind === 'vast' ? b.amountCents !== undefined : b.perHomeCents !== undefined), {
    error: 'err.budget.amount',
    path: ['amountCents'],
  })
  .refine((b) => b.scope !== 'complex' || b.complexId, { error: 'err.budget.complex', path: ['complexId'] })
  .refine((b) => b.scope !== 'wijk' || b.wijk, { error: 'err.budget.wijk', path: ['wijk'] })
  .refine((b) => b.scope === 'complex' || b.kind === 'vast', {
    error: 'err.budget.perHomeOnlyComplex',
    path: ['kind'],
  });

export const moneyMethods = {
  /** Budgets with allocated, spent and remaining, per year (all years when none given), optionally of one complex. */
  'budgets:list': method<BudgetRow[]>()(
    z.object({ year: z.number().int().optional(), complexId: id.optional() }).strict().default({}),
    { reads: ['complexes', 'initiatives'] },
  ),
  /**
   * Creates a budget for a complex and year (fixed, or per home × homes) or a wider fund with a cap per application.
   */
  'budgets:create': method<BudgetRow>()(budgetCreateInput, { changes: ['initiatives'], sync: 'online' }),
  /** A teamleider records that a budget may be exceeded by an amount, with the reason. */
  'budgets:overrun': method<BudgetRow>()(
    z
      .object({
        budgetId: id,
        amountCents: cents().min(1, { error: 'err.money.amount' }),
        reason: text(500).min(1, { error: 'err.budget.overrunReason' }),
      })
      .strict(),
    { changes: ['initiatives'], sync: 'online' },
  ),
  /** Closes or reopens a budget year; a closed one is read-only except for a teamleider. */
  'budgets:setClosed': method<BudgetRow>()(z.object({ id, version, closed: z.boolean() }).strict(), {
    changes: ['initiatives'],
    sync: 'online',
  }),
  /** An application for money from a budget for an initiative. */
  'grants:apply': method<Grant>()(
    z
      .object({
        initiativeId: id,
        budgetId: z.uuid({ error: 'err.grant.budget' }),
        appliedOn: isoDate('err.date.invalid'),
        requestedCents: cents().min(1, { error: 'err.money.amount' }),
        ownContributionCents: cents().default(0),
        lines: z
          .array(
            z.object({ description: text(200).min(1, { error: 'err.grant.line' }), amountCents: cents() }).strict(),
          )
          .max(50)
          .default([]),
      })
      .strict(),
    { changes: ['initiatives'], sync: 'offline' },
  ),
  /** The decision: granted, partly granted or refused, with motivation and the eligibility checklist. */
  'grants:decide': method<Grant>()(
    z
      .object({
        id,
        version,
        decision: z.enum(GRANT_DECISIONS, { error: 'err.grant.decision' }),
        grantedCents: cents(),
        motivation: text(2_000).min(1, { error: 'err.grant.motivation' }),
        eligibility,
        /** A final decision must be within the decider's mandate; otherwise send it for approval (final: false). */
        final: z.boolean().default(true),
      })
      .strict(),
    { changes: ['initiatives'], sync: 'online' },
  ),
  /** A teamleider approves a decision above the decider's mandate. */
  'grants:approve': method<Grant>()(z.object({ id, version }).strict(), { changes: ['initiatives'], sync: 'online' }),
  /** A teamleider allows spending beyond the grant, with the reason. */
  'grants:approveOverspend': method<Grant>()(
    z.object({ id, version, reason: text(500).min(1, { error: 'err.grant.overspendReason' }) }).strict(),
    { changes: ['initiatives'], sync: 'online' },
  ),
  /** An expense with its receipt (PDF, JPEG or PNG by its bytes, at most 25 MB). */
  'grants:addExpense': method<Grant>()(
    z
      .object({
        grantId: id,
        spentOn: isoDate('err.date.invalid'),
        description: text(200).min(1, { error: 'err.expense.description' }),
        supplier: text(120).default(''),
        amountCents: cents().min(1, { error: 'err.money.amount' }),
        receiptId: id.nullable().default(null),
      })
      .strict(),
    { changes: ['initiatives'], sync: 'offline' },
  ),
  /** Records the verantwoording: receipts complete, a short report, a photo, participants and tenants reached. */
  'grants:account': method<Grant>()(
    z
      .object({
        id,
        version,
        receiptsComplete: z.boolean(),
        report: text(5_000),
        photoId: id.nullable().default(null),
        participants: z.number().int().min(0).max(100_000),
        tenantsReached: z.number().int().min(0).max(100_000),
      })
      .strict(),
    { changes: ['initiatives'], sync: 'offline' },
  ),
  /** Closes a grant: only with complete verantwoording, or when it is explicitly waived with a reason. */
  'grants:close': method<Grant>()(z.object({ id, version, waivedReason: text(500).optional() }).strict(), {
    changes: ['initiatives'],
    sync: 'offline',
  }),
  /** Money of one initiative: grants with expenses, in-kind support, own effort and totals. */
  'money:ofInitiative': method<MoneyOfInitiative>()(z.object({ initiativeId: id }).strict(), {
    reads: ['complexes', 'initiatives'],
  }),
  /** Materials given or lent; a loan gets a follow-up for its return. Optionally counted against a budget. */
  'inKind:add': method<InKind>()(
    z
      .object({
        initiativeId: id,
        item: text(120).min(1, { error: 'err.inKind.item' }),
        valueCents: cents(),
        handoverOn: isoDate('err.date.invalid'),
        mode: z.enum(['gegeven', 'geleend'], { error: 'err.inKind.mode' }),
        returnOn: isoDate('err.inKind.returnOn').nullable().default(null),
        budgetId: id.nullable().default(null),
      })
      .strict()
      .refine((k) => (k.mode === 'geleend') === (k.returnOn !== null), {
        error: 'err.inKind.returnOn',
        path: ['returnOn'],
      })
      .refine((k) => !k.returnOn || k.returnOn >= k.handoverOn, {
        error: 'err.inKind.returnBeforeHandover',
        path: ['returnOn'],
      }),
    { changes: ['initiatives'], sync: 'offline' },
  ),
  /** Residents' own hours on an initiative (eigen inzet). */
  'effort:add': method<MoneyOfInitiative['effort'][number]>()(
    z
      .object({
        initiativeId: id,
        workedOn: isoDate('err.date.invalid'),
        minutes: z
          .number({ error: 'err.effort.minutes' })
          .int({ error: 'err.effort.minutes' })
          .min(1, { error: 'err.effort.minutes' })
          .max(600_000, { error: 'err.effort.minutes' }),
        people: z.number().int().min(1).max(1_000).default(1),
        description: text(500).default(''),
      })
      .strict(),
    { changes: ['initiatives'], sync: 'offline' },
  ),
} as const;
