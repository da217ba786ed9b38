import { INITIATIVE_FIELDS, type InitiativeDetail, type InitiativeFields } from '../../../shared/contract/initiatives';
import type { ParsedInput } from '../../../shared/contract/methods';
import { UNKNOWN_STORED_FACTS } from '../../../shared/domain/recommendation';
import { saveAdvice } from '../advice';
import type { Initiative, InitiativeRow } from '../../../shared/domain/entities';
import { allowedTransitions, canTransition, isReopening, needsOutcome } from '../../../shared/domain/status';
import { AppError, fieldError, notFound, staleVersion } from '../app-error';
import { diffFields } from '../audit-diff';
import { actor, type HandlerContext, nowIso } from '../context';
import { uuidv7 } from '../db/ids';
import { readInPieces, type Piece } from '../pacing';
import type { Repositories } from '../db/repositories';
import type { RowTable } from '../../../shared/contract/row-table';
import type { HandlerGroup } from './types';

function detail(ctx: HandlerContext, id: string): InitiativeDetail {
  const initiative = ctx.repos.initiatives.get(id);
  if (!initiative) throw notFound('initiative');
  return {
    initiative,
    history: ctx.repos.initiatives.history(id),
    allowedTransitions: [...allowedTransitions(initiative.status)],
    snapshots: ctx.repos.advice.snapshots(id),
  };
}

function load(ctx: HandlerContext, id: string): Initiative {
  const initiative = ctx.repos.initiatives.get(id);
  if (!initiative) throw notFound('initiative');
  return initiative;
}

/** The complex must exist and be in use; the wijkbeheerder, when given, must exist. */
function checkReferences(ctx: HandlerContext, fields: InitiativeFields) {
  const complex = ctx.repos.complexes.reference(fields.complexId);
  if (!complex) throw fieldError('complexId', 'err.initiative.complex.unknown');
  if (complex.archivedAt) throw fieldError('complexId', 'err.complex.archived');
  if (fields.wijkbeheerderId && !ctx.repos.staff.get(fields.wijkbeheerderId))
    throw fieldError('wijkbeheerderId', 'err.notFound.staff');
  return complex;
}

/** What an initiative made in passing (from a visit, from a survey topic) leaves for its form to fill in later. */
export const LEFT_OPEN = {
  sharedObject: null,
  startDate: null,
  endDate: null,
  wijkbeheerderId: null,
  rationale: '',
} as const;

/**
 * Creates an initiative in status "aangemaakt" with its first advice, inside the caller's transaction. Used by
 * the initiative form and by the quick visit log, which creates initiatives with only a title, type and origin.
 */
export function insertInitiative(
  ctx: HandlerContext,
  { facts, chosenApproach, rationale, ...input }: ParsedInput<'initiatives:create'>,
  byId: string,
  at: string,
): string {
  const id = uuidv7();
  const complex = checkReferences(ctx, input);
  // A new initiative is looked after by the complex's wijkbeheerder unless someone else is named.
  const fields = { ...input, wijkbeheerderId: input.wijkbeheerderId ?? complex.wijkbeheerderId };
  ctx.repos.initiatives.insert(id, fields, 'aangemaakt', at, byId);
  const adviceChanges = saveAdvice(ctx, {
    initiativeId: id,
    initiative: fields,
    facts: facts ?? UNKNOWN_STORED_FACTS,
    chosen: chosenApproach,
    rationale,
    at,
    by: byId,
  });
  ctx.repos.initiatives.recordStatusChange({
    id: uuidv7(),
    initiativeId: id,
    fromStatus: null,
    toStatus: 'aangemaakt',
    note: '',
    reopening: false,
    changedAt: at,
    changedBy: byId,
  });
  ctx.repos.audit.record({
    at,
    actorId: byId,
    entity: 'initiative',
    entityId: id,
    action: 'create',
    changes: { ...diffFields(null, fields, INITIATIVE_FIELDS), ...adviceChanges },
  });
  return id;
}

/** About 20 ms of work per piece: 100,000 grid rows took SQLite 350 ms in one statement, as objects 1,000 ms. */
const TABLE_ROWS_PER_PIECE = 5_000;
const LIST_ROWS_PER_PIECE = 2_000;

type Range = { before?: string; limit?: number };
type NewestFirstPiece<T> = (before: string, limit: number) => Piece<T, string>;

/** Initiatives newest first (ids are UUIDv7), from `before` on, `limit` of them (-1: all), read in pieces. */
function newestFirst<T>(piece: NewestFirstPiece<T>, { before = 'g', limit = -1 }: Range, perPiece: number) {
  // Without a cursor, 'g' (after every lowercase hex digit) starts at the newest id.
  let left = limit < 0 ? Infinity : limit;
  return readInPieces<T, string>((after) => {
    const size = Math.min(left, perPiece);
    left -= size;
    const { items, next } = piece(after ?? before, size);
    // A piece that is not full was the last one (its `next` is null then).
    return { items, next: left > 0 ? next : null };
  });
}

/** The grid's compact rows (see pacing.ts). */
export async function tableInPieces(
  initiatives: Repositories['initiatives'],
  { complexId, ...range }: Range & { complexId?: string },
  perPiece = TABLE_ROWS_PER_PIECE,
): Promise<RowTable<InitiativeRow>> {
  const piece: NewestFirstPiece<string> = (before, limit) => initiatives.tablePiece({ complexId, before, limit });
  return { columns: initiatives.tableColumns, rows: `[${(await newestFirst(piece, range, perPiece)).join(',')}]` };
}

/** The same rows as objects. */
export function listInPieces(
  initiatives: Repositories['initiatives'],
  { complexId, ...range }: Range & { complexId?: string },
  perPiece = LIST_ROWS_PER_PIECE,
): Promise<InitiativeRow[]> {
  return newestFirst((before, limit) => initiatives.listPiece({ complexId, before, limit }), range, perPiece);
}

export const initiativeHandlers: HandlerGroup<
  | 'initiatives:list'
  | 'initiatives:table'
  | 'initiatives:get'
  | 'initiatives:create'
  | 'initiatives:update'
  | 'initiatives:transition'
> = {
  'initiatives:list': (filter, ctx) => listInPieces(ctx.repos.initiatives, filter),
  'initiatives:table': (filter, ctx) => tableInPieces(ctx.repos.initiatives, filter),

  'initiatives:get': ({ id }, ctx) => detail(ctx, id),

  'initiatives:create': (input, ctx) => {
    const by = actor(ctx);
    const id = ctx.db.transaction(() => insertInitiative(ctx, input, by.id, nowIso(ctx))).immediate();
    return detail(ctx, id);
  },

  'initiatives:update': ({ id, version, facts, chosenApproach, rationale, ...fields }, ctx) => {
    const by = actor(ctx);
    const at = nowIso(ctx);
    ctx.db
      .transaction(() => {
        const before = load(ctx, id);
        checkReferences(ctx, fields);
        if (!ctx.repos.initiatives.update(id, version, fields, at, by.id)) throw staleVersion();
        const nextFacts = facts ?? before.facts;
        const adviceChanges = saveAdvice(ctx, {
          initiativeId: id,
          initiative: fields,
          facts: nextFacts,
          chosen: chosenApproach,
          rationale,
          previous: before,
          at,
          by: by.id,
        });
        const changes = {
          ...diffFields(before, fields, INITIATIVE_FIELDS),
          ...diffFields(before, { ...before, facts: nextFacts }, ['facts']),
          ...adviceChanges,
        };
        ctx.repos.audit.record({ at, actorId: by.id, entity: 'initiative', entityId: id, action: 'update', changes });
      })
      .immediate();
    return detail(ctx, id);
  },

  'initiatives:transition': ({ id, version, to, note, outcome, result }, ctx) => {
    const by = actor(ctx);
    const at = nowIso(ctx);
    ctx.db
      .transaction(() => {
        const before = load(ctx, id);
        if (before.version !== version) throw staleVersion();
        if (!canTransition(before.status, to)) {
          throw new AppError('FORBIDDEN_TRANSITION', 'err.status.forbidden', { from: before.status, to });
        }
        const nextOutcome = outcome !== undefined && outcome !== '' ? outcome : before.outcome;
        if (needsOutcome(to) && !nextOutcome) throw fieldError('outcome', 'err.initiative.outcome.required');
        // The result counts for "wat werkte waar" only when closing; a reopened initiative keeps it until closed again.
        const nextResult = result ?? before.result;
        if (needsOutcome(to) && !nextResult) throw fieldError('result', 'err.initiative.result.required');
        if (!ctx.repos.initiatives.setStatus(id, version, to, nextOutcome, at, by.id, nextResult)) throw staleVersion();
        const reopening = isReopening(before.status, to);
        ctx.repos.initiatives.recordStatusChange({
          id: uuidv7(),
          initiativeId: id,
          fromStatus: before.status,
          toStatus: to,
          note,
          reopening,
          changedAt: at,
          changedBy: by.id,
        });
        const changes = diffFields(before, { ...before, status: to, outcome: nextOutcome, result: nextResult }, [
          'status',
          'outcome',
          'result',
        ]);
        ctx.repos.audit.record({ at, actorId: by.id, entity: 'initiative', entityId: id, action: 'status', changes });
      })
      .immediate();
    return detail(ctx, id);
  },
};
