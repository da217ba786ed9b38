/** Contract methods for wederkerigheid: welcoming new tenants, promises, appreciation and "wat werkte waar". */
import { z } from 'zod';
import type { FollowUp } from '../domain/entities';
import {
  APPRECIATION_KINDS,
  MAX_WELCOME_STEPS,
  type AppreciationKind,
  type EvidenceCell,
  type PromiseState,
  type PromiseStatus,
  type WelcomeState,
  type WelcomeStep,
} from '../domain/reciprocity';
import { id, isoDate, text, version } from './fields';
import type { ExclusionReach } from './wijk';
import { method } from './method';
import type { BuddyMatch } from '../domain/matching';

/** A neighbour suggested as buddy, with what she shares with the new tenant. */
export type BuddySuggestion = BuddyMatch & { name: string };

export interface WelcomePlan {
  id: string;
  residentId: string;
  residentName: string;
  complexId: string;
  complexCode: string;
  coreValues: string;
  moveInDate: string;
  buddyId: string | null;
  buddyName: string | null;
  state: WelcomeState;
  /** Some moment is open and past its date. */
  overdue: boolean;
  moments: FollowUp[];
}

export interface WelcomeFigures {
  /** Tenants who moved in during the last twelve months and have a welcome plan. */
  newTenants: number;
  welcomed: number;
  aftercareCompleted: number;
  overdue: number;
}

export interface PromiseRecord {
  id: string;
  complexId: string;
  complexCode: string;
  wijk: string;
  initiativeId: string | null;
  initiativeTitle: string | null;
  residentId: string | null;
  residentName: string | null;
  toGroup: string;
  what: string;
  promisedById: string;
  promisedByName: string;
  promisedOn: string;
  dueDate: string;
  status: PromiseStatus;
  keptOn: string | null;
  withdrawnReason: string;
  state: PromiseState;
  version: number;
}

export interface PromiseFigures {
  key: string;
  label: string;
  open: number;
  overdue: number;
  keptOnTime: number;
  keptLate: number;
  withdrawn: number;
  keptOnTimePercent: number | null;
}

export interface Appreciation {
  id: string;
  complexId: string;
  complexCode: string;
  residentId: string | null;
  residentName: string | null;
  groupName: string;
  kind: AppreciationKind;
  givenOn: string;
  note: string;
  givenByName: string;
}

/** An active resident (on an initiative, with own effort or a volunteer agreement) without recent appreciation. */
export interface UnappreciatedResident {
  id: string;
  name: string;
  complexId: string;
  complexCode: string;
  initiatives: number;
  lastAppreciation: string | null;
}

export interface ReciprocityOverview {
  welcome: WelcomeFigures;
  promisesByWijk: PromiseFigures[];
  promisesByStaff: PromiseFigures[];
  /** Kept on time over all promises whose outcome is known. */
  promisesKeptOnTimePercent: number | null;
  appreciation: { givenLast12Months: number; activeWithout: number };
  /** Partners by the number of initiatives they are part of. */
  partners: { id: string; name: string; wijk: string; initiatives: number }[];
  exclusion: ExclusionReach;
}

const stepInput = z
  .object({
    offsetDays: z
      .number({ error: 'err.welcome.offset' })
      .int({ error: 'err.welcome.offset' })
      .min(0, { error: 'err.welcome.offset' })
      .max(730, { error: 'err.welcome.offset' }),
    title: text(200, 'err.welcome.title').min(1, { error: 'err.welcome.title' }),
  })
  .strict();

export const welcomeStepsInput = z
  .object({ steps: z.array(stepInput).min(1, { error: 'err.welcome.empty' }).max(MAX_WELCOME_STEPS) })
  .strict();

export const welcomeStartInput = z
  .object({
    residentId: id,
    moveInDate: isoDate('err.welcome.moveInDate'),
    buddyId: id.nullable().default(null),
    ownerId: id.optional(),
  })
  .strict();

export const promiseCreateInput = z
  .object({
    complexId: z.uuid({ error: 'err.promise.complex' }),
    initiativeId: id.nullable().default(null),
    visitId: id.nullable().default(null),
    residentId: id.nullable().default(null),
    toGroup: text(120).default(''),
    what: text(500, 'err.promise.what.tooLong').min(1, { error: 'err.promise.what.required' }),
    promisedOn: isoDate('err.promise.promisedOn'),
    dueDate: isoDate('err.promise.dueDate'),
  })
  .strict()
  .refine((p) => p.residentId || p.toGroup, { error: 'err.promise.toWhom', path: ['toGroup'] })
  .refine((p) => p.dueDate >= p.promisedOn, { error: 'err.promise.dueBeforePromised', path: ['dueDate'] });

export const promiseSettleInput = z.discriminatedUnion(
  'status',
  [
    z.object({ id, version, status: z.literal('nagekomen'), keptOn: isoDate('err.promise.keptOn') }).strict(),
    z
      .object({
        id,
        version,
        status: z.literal('ingetrokken'),
        reason: text(500).min(1, { error: 'err.promise.reason' }),
      })
      .strict(),
    z.object({ id, version, status: z.literal('open') }).strict(),
  ],
  { error: 'err.promise.status' },
);

export const appreciationCreateInput = z
  .object({
    complexId: z.uuid({ error: 'err.appreciation.complex' }),
    residentId: id.nullable().default(null),
    groupName: text(120).default(''),
    kind: z.enum(APPRECIATION_KINDS, { error: 'err.appreciation.kind' }),
    givenOn: isoDate('err.appreciation.givenOn'),
    note: text(500).default(''),
  })
  .strict()
  .refine((a) => a.residentId || a.groupName, { error: 'err.appreciation.toWhom', path: ['groupName'] });

const scope = z
  .object({ complexId: id.optional(), initiativeId: id.optional(), residentId: id.optional() })
  .strict()
  .default({});
const readsFieldWork = { reads: ['complexes', 'initiatives', 'fieldwork'] } as const;

export const reciprocityMethods = {
  /** The team's welcome template: contact moments after a move-in, for at least six months. */
  'welcome:steps': method<WelcomeStep[]>()(z.object({}).strict().default({}), readsFieldWork),
  /** Replaces the welcome template (teamleider); plans already made keep their moments. */
  'welcome:setSteps': method<WelcomeStep[]>()(welcomeStepsInput, { changes: ['fieldwork'], sync: 'online' }),
  /** Starts the welcome plan of a new tenant: the template's moments become follow-ups, with an optional buddy. */
  'welcome:start': method<WelcomePlan>()(welcomeStartInput, { changes: ['fieldwork'], sync: 'offline' }),
  /**
   * Neighbours of a new tenant who share interests or talents with her (consent only), best first: buddy candidates.
   */
  'welcome:buddies': method<BuddySuggestion[]>()(z.object({ residentId: id }).strict(), readsFieldWork),
  /** The welcome plans of a complex (newest move-in first), or of one resident. */
  'welcome:list': method<WelcomePlan[]>()(
    z.object({ complexId: id.optional(), residentId: id.optional() }).strict(),
    readsFieldWork,
  ),
  /** Counts of new tenants, welcomed, aftercare completed and overdue, for a complex or the whole corporation. */
  'welcome:figures': method<WelcomeFigures>()(
    z.object({ complexId: id.optional() }).strict().default({}),
    readsFieldWork,
  ),
  /** Records a promise to a resident or a group, from a visit or on its own. */
  'promises:create': method<PromiseRecord>()(promiseCreateInput, { changes: ['fieldwork'], sync: 'offline' }),
  /** Marks a promise kept (with the date), withdrawn (with a reason) or open again. */
  'promises:settle': method<PromiseRecord>()(promiseSettleInput, { changes: ['fieldwork'], sync: 'offline' }),
  /** Promises of a complex, an initiative or a resident, or all (at most 10,000); open ones first. */
  'promises:list': method<PromiseRecord[]>()(scope, readsFieldWork),
  /** Records an appreciation moment for a resident or a group. */
  'appreciations:create': method<Appreciation>()(appreciationCreateInput, { changes: ['fieldwork'], sync: 'offline' }),
  /** Appreciation moments of a complex or a resident, newest first. */
  'appreciations:list': method<Appreciation[]>()(scope, readsFieldWork),
  /** Active residents without appreciation in the last twelve months, of one complex or all. */
  'appreciations:due': method<UnappreciatedResident[]>()(
    z.object({ complexId: id.optional() }).strict().default({}),
    readsFieldWork,
  ),
  /** Welcome, promise and appreciation figures for the Overzicht. */
  'reciprocity:overview': method<ReciprocityOverview>()(z.object({}).strict().default({}), readsFieldWork),
  /**
   * "Wat werkte waar": closed initiatives per practice type and chosen approach, with how often the result was reached.
   */
  'evidence:table': method<EvidenceCell[]>()(z.object({}).strict().default({}), { reads: ['initiatives'] }),
} as const;
