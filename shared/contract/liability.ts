/** Contract for liability: insurance register, liability per initiative, volunteer agreements, requirements. */
import { z } from 'zod';
import {
  AGREEMENT_STATUSES,
  ALLOWANCE_KINDS,
  CLAUSES,
  OBJECT_OWNERS,
  PAID_BY,
  POLICY_HOLDERS,
  POLICY_KINDS,
  type AllowanceLimits,
  type AllowanceWarning,
  type Policy,
  type Requirement,
  type RiskCoverage,
} from '../domain/liability';
import { RISKS, type Risk } from '../domain/recommendation/facts';
import { cents } from './money';
import { id, isoDate, text, version } from './fields';
import { method } from './method';

export const MAX_INSURED_CENTS = 100_000_000_000; // €1 billion

export interface PolicyRow extends Policy {
  documentId: string | null;
  /** Set when the policy no longer applies: it stays in the register, covers nothing and is not offered. */
  archivedAt: string | null;
  version: number;
}

export interface Agreement {
  id: string;
  initiativeId: string;
  initiativeTitle: string;
  complexCode: string;
  residentId: string;
  residentName: string;
  tasks: string;
  startOn: string;
  endOn: string | null;
  hoursPerWeek: number;
  allowanceKind: (typeof ALLOWANCE_KINDS)[number];
  allowanceCents: number;
  paidBy: (typeof PAID_BY)[number];
  guidance: string;
  policyId: string | null;
  policyLabel: string | null;
  vogNeeded: boolean;
  vogDate: string | null;
  status: (typeof AGREEMENT_STATUSES)[number];
  signedDocumentId: string | null;
  allowanceWarnings: AllowanceWarning[];
  version: number;
}

export interface LiabilityView {
  objectOwner: (typeof OBJECT_OWNERS)[number];
  activities: string;
  clauses: string[];
  freeText: string;
  klicReportedOn: string | null;
  exemptions: Record<string, string>;
  policyIds: string[];
  /** 0 while nothing was recorded; every save must name the version it started from. */
  version: number;
  municipality: string;
  risks: Risk[];
  coverage: RiskCoverage[];
  requirements: Requirement[];
  agreementsInPlace: boolean;
  agreements: Agreement[];
}

export interface WorklistRow {
  initiativeId: string;
  title: string;
  complexCode: string;
  wijk: string;
  wijkbeheerderName: string | null;
  key: string;
  kind: Requirement['kind'];
  subject: string;
  state: Requirement['state'];
  until: string | null;
}

const policyFields = {
  insurer: text(120).min(1, { error: 'err.policy.insurer' }),
  policyNumber: text(60).min(1, { error: 'err.policy.number' }),
  kind: z.enum(POLICY_KINDS, { error: 'err.policy.kind' }),
  holder: z.enum(POLICY_HOLDERS, { error: 'err.policy.holder' }),
  municipality: text(100).nullable().default(null),
  secondary: z.boolean().default(false),
  validFrom: isoDate('err.date.invalid'),
  validTo: isoDate('err.date.invalid').nullable().default(null),
  // Sums insured run into millions (VNG: €2.5 million and more); the €1,000,000 cap is for budgets and grants.
  covers: z
    .array(
      z
        .object({
          risk: z.enum(RISKS, { error: 'err.facts.risk' }),
          amountCents: z
            .number({ error: 'err.money.amount' })
            .int({ error: 'err.money.decimals' })
            .min(0, { error: 'err.money.negative' })
            .max(MAX_INSURED_CENTS, { error: 'err.money.tooLarge' }),
          exclusions: text(500).default(''),
        })
        .strict(),
    )
    .max(20)
    .default([]),
  documentId: id.nullable().default(null),
};
const policyRefinements = <
  T extends z.ZodType<{ validFrom: string; validTo: string | null; kind: string; municipality: string | null }>,
>(
  schema: T,
) =>
  schema
    .refine((p) => !p.validTo || p.validTo >= p.validFrom, { error: 'err.policy.validTo', path: ['validTo'] })
    .refine((p) => !['vng_basis', 'vng_plus'].includes(p.kind) || Boolean(p.municipality), {
      error: 'err.policy.municipality',
      path: ['municipality'],
    });

const agreementFields = {
  initiativeId: id,
  residentId: z.uuid({ error: 'err.agreement.volunteer' }),
  tasks: text(2_000).min(1, { error: 'err.agreement.tasks' }),
  startOn: isoDate('err.date.invalid'),
  endOn: isoDate('err.date.invalid').nullable().default(null),
  hoursPerWeek: z
    .number({ error: 'err.agreement.hours' })
    .min(0, { error: 'err.agreement.hours' })
    .max(80, { error: 'err.agreement.hours' })
    .default(0),
  allowanceKind: z.enum(ALLOWANCE_KINDS).default('geen'),
  allowanceCents: cents().default(0),
  paidBy: z.enum(PAID_BY).default('vereniging'),
  guidance: text(500).default(''),
  policyId: id.nullable().default(null),
  vogNeeded: z.boolean().default(false),
  vogDate: isoDate('err.date.invalid').nullable().default(null),
  status: z.enum(AGREEMENT_STATUSES, { error: 'err.agreement.status' }).default('concept'),
  signedDocumentId: id.nullable().default(null),
};
const agreementRefinements = <
  T extends z.ZodType<{ startOn: string; endOn: string | null; status: string; signedDocumentId: string | null }>,
>(
  schema: T,
) =>
  schema
    .refine((a) => !a.endOn || a.endOn >= a.startOn, { error: 'err.agreement.endBeforeStart', path: ['endOn'] })
    .refine((a) => a.status !== 'getekend' || a.signedDocumentId !== null, {
      error: 'err.agreement.signedNeedsDocument',
      path: ['signedDocumentId'],
    });

export const liabilityMethods = {
  /** The insurance register. */
  'policies:list': method<PolicyRow[]>()(z.object({}).strict().default({}), { reads: ['complexes', 'initiatives'] }),
  /** Registers a policy: its risks, amounts, exclusions and validity are data, never hard-coded. */
  'policies:create': method<PolicyRow>()(policyRefinements(z.object(policyFields).strict()), {
    changes: ['initiatives'],
    sync: 'offline',
  }),
  /** Archives a policy that no longer applies, or puts it back; refused when stale. */
  'policies:setArchived': method<PolicyRow>()(z.object({ id, version, archived: z.boolean() }).strict(), {
    changes: ['initiatives'],
    sync: 'offline',
  }),
  /** Corrects a policy (a renewal's new end date, a changed sum insured, the policy document); refused when stale. */
  'policies:update': method<PolicyRow>()(policyRefinements(z.object({ id, version, ...policyFields }).strict()), {
    changes: ['initiatives'],
    sync: 'offline',
  }),
  /** Liability of an initiative: owner, clauses, coverage per risk in claim order, gaps, requirements, agreements. */
  'liability:get': method<LiabilityView>()(z.object({ initiativeId: id }).strict(), {
    reads: ['complexes', 'initiatives'],
  }),
  /** Records the owner of the object, activities, chosen clauses, KLIC report and the policies of the group. */
  'liability:update': method<LiabilityView>()(
    z
      .object({
        initiativeId: id,
        version: z
          .number({ error: 'err.version.invalid' })
          .int({ error: 'err.version.invalid' })
          .min(0, { error: 'err.version.invalid' }),
        objectOwner: z.enum(OBJECT_OWNERS, { error: 'err.liability.owner' }),
        activities: text(2_000).default(''),
        clauses: z.array(z.enum(CLAUSES)).default([]),
        freeText: text(5_000).default(''),
        klicReportedOn: isoDate('err.date.invalid').nullable().default(null),
        policyIds: z.array(id).max(20).default([]),
      })
      .strict(),
    { changes: ['initiatives'], sync: 'offline' },
  ),
  /** Exempts a requirement with a reason (or lifts the exemption with reason null). */
  'liability:exempt': method<LiabilityView>()(
    z
      .object({
        initiativeId: id,
        key: z.string().max(80),
        reason: text(500).min(1, { error: 'err.liability.reason' }).nullable(),
      })
      .strict(),
    { changes: ['initiatives'], sync: 'offline' },
  ),
  /** One volunteer agreement (also for its printable document). */
  'agreements:get': method<Agreement>()(z.object({ id }).strict(), { reads: ['complexes', 'initiatives'] }),
  /** Files a volunteer agreement. */
  'agreements:create': method<Agreement>()(agreementRefinements(z.object(agreementFields).strict()), {
    changes: ['initiatives'],
    sync: 'offline',
  }),
  /** Updates an agreement, e.g. to "getekend" with the signed scan. */
  'agreements:update': method<Agreement>()(
    agreementRefinements(z.object({ id, version, ...agreementFields }).strict()),
    { changes: ['initiatives'], sync: 'offline' },
  ),
  /** "Dossiers incompleet": every requirement across all initiatives that is missing, expiring or expired. */
  'requirements:worklist': method<WorklistRow[]>()(z.object({}).strict().default({}), {
    reads: ['complexes', 'initiatives'],
  }),
  /** The tax-free volunteer allowance limits per year. */
  'allowanceLimits:list': method<AllowanceLimits[]>()(z.object({}).strict().default({}), {
    reads: ['complexes', 'initiatives'],
  }),
  /** Adds (or corrects) a year's limits. */
  'allowanceLimits:set': method<AllowanceLimits[]>()(
    z
      .object({
        year: z.number().int().min(2000).max(2100),
        perHour21PlusCents: cents(),
        perHourUnder21Cents: cents(),
        perMonthCents: cents(),
        perYearCents: cents(),
      })
      .strict(),
    { changes: ['initiatives'], sync: 'online' },
  ),
} as const;
