/** Contract for initiatives: the grid's pages, one initiative with its history, and its changes of field and status. */
import { z } from 'zod';
import { RESULTS } from '../domain/reciprocity';
import { STATUSES } from '../domain/status';
import { ORIGINS, PRACTICE_TYPES, SHARED_OBJECTS } from '../domain/vocabulary';
import { APPROACHES } from '../domain/recommendation/facts';
import type { AdviceSnapshot, Initiative, InitiativeRow, StatusChange } from '../domain/entities';
import { factsInput } from './advice';
import { byId, id, isoDate, requiredText, text, version } from './fields';
import { method } from './method';
import type { RowTable } from './row-table';

export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 20_000;

/**
 * The one declaration of an initiative's own fields: the form's input, the columns of the table (named in
 * snake_case), the grid row, the audited changes and the entity type all derive from it (docs/code-map.md).
 */
export const initiativeFields = {
  complexId: z.uuid({ error: 'err.initiative.complex.required' }),
  title: requiredText(MAX_TITLE, 'err.initiative.title.required', 'err.initiative.title.tooLong'),
  description: text(MAX_DESCRIPTION, 'err.initiative.description.tooLong').default(''),
  sharedObject: z.enum(SHARED_OBJECTS, { error: 'err.complex.sharedObjects.invalid' }).nullable().default(null),
  origin: z.enum(ORIGINS, { error: 'err.initiative.origin.invalid' }),
  practiceType: z.enum(PRACTICE_TYPES, { error: 'err.initiative.practiceType.invalid' }),
  startDate: isoDate().nullable().default(null),
  endDate: isoDate().nullable().default(null),
  wijkbeheerderId: id.nullable().default(null),
};
export type InitiativeFields = z.output<z.ZodObject<typeof initiativeFields>>;
export const INITIATIVE_FIELDS = Object.keys(initiativeFields) as (keyof InitiativeFields)[];
/** Fields read with one initiative only, not with the grid's 100,000 rows. */
export const DETAIL_ONLY_FIELDS: readonly (keyof InitiativeFields)[] = ['description'];

const adviceFields = {
  facts: factsInput.optional(),
  chosenApproach: z.enum(APPROACHES, { error: 'err.advice.approach' }).optional(),
  rationale: text(2_000, 'err.text.tooLong').default(''),
};

type DatedInput = { startDate: string | null; endDate: string | null };
const endNotBeforeStart = (value: DatedInput) => !value.startDate || !value.endDate || value.endDate >= value.startDate;
const dateOrder = { error: 'err.initiative.endBeforeStart', path: ['endDate'] };

export const initiativeCreateInput = z
  .object({ ...initiativeFields, ...adviceFields })
  .strict()
  .refine(endNotBeforeStart, dateOrder);
export const initiativeUpdateInput = z
  .object({ id, version, ...initiativeFields, ...adviceFields })
  .strict()
  .refine(endNotBeforeStart, dateOrder);

export const initiativeTransitionInput = z
  .object({
    id,
    version,
    to: z.enum(STATUSES, { error: 'err.status.invalid' }),
    note: text(2_000, 'err.text.tooLong').default(''),
    outcome: text(5_000, 'err.text.tooLong').optional(),
    result: z.enum(RESULTS, { error: 'err.initiative.result.invalid' }).optional(),
  })
  .strict();

/** A page of initiatives, newest first: all, or of one complex; `before` is the id to continue after. */
const initiativePage = z
  .object({ complexId: id.optional(), before: id.optional(), limit: z.number().int().min(1).max(100_000).optional() })
  .strict()
  .default({});

export interface InitiativeDetail {
  initiative: Initiative;
  history: StatusChange[];
  allowedTransitions: Initiative['status'][];
  /** Advice snapshots, newest first. */
  snapshots: AdviceSnapshot[];
}

export const initiativeMethods = {
  /**
   * Initiatives across all complexes, or of one complex, newest first. `before` and `limit` page through
   * them, so a grid can show the newest rows at once and load the rest behind them.
   */
  'initiatives:list': method<InitiativeRow[]>()(initiativePage, { reads: ['complexes', 'initiatives'] }),
  /** The same rows as `initiatives:list` in the grid's compact form: column names once, each row an array. */
  'initiatives:table': method<RowTable<InitiativeRow>>()(initiativePage, { reads: ['complexes', 'initiatives'] }),
  /** One initiative with its status history and the statuses it may move to. */
  'initiatives:get': method<InitiativeDetail>()(byId, { reads: ['complexes', 'initiatives'] }),
  /** Creates an initiative in status "aangemaakt". */
  'initiatives:create': method<InitiativeDetail>()(initiativeCreateInput, {
    changes: ['initiatives'],
    sync: 'offline',
  }),
  /** Updates an initiative's fields (not its status); `version` must match. */
  'initiatives:update': method<InitiativeDetail>()(initiativeUpdateInput, {
    changes: ['initiatives'],
    sync: 'offline',
  }),
  /** Moves an initiative to another status; closing needs an outcome, reopening is recorded. */
  'initiatives:transition': method<InitiativeDetail>()(initiativeTransitionInput, {
    changes: ['initiatives'],
    sync: 'offline',
  }),
} as const;
