import { readInPieces } from '../pacing';
import type { ClosedCaseCursor } from '../db/repositories/reciprocity';
import type { PromiseFigures, WelcomePlan } from '../../../shared/contract/reciprocity';
import { addDays } from '../../../shared/domain/dates';
import { rankBuddies } from '../../../shared/domain/matching';
import {
  twelveMonthsBefore,
  keptOnTimePercent,
  MAX_MOVE_IN_AHEAD_DAYS,
  summarizeEvidence,
  templateProblem,
  welcomeState,
  type PromiseState,
} from '../../../shared/domain/reciprocity';
import { AppError, fieldError, notFound, staleVersion } from '../app-error';
import { actor, type HandlerContext, nowIso, todayIso } from '../context';
import { uuidv7 } from '../db/ids';
import { openComplex, residentOn, startWelcome } from '../reciprocity';
import type { HandlerGroup } from './types';

function planOf(ctx: HandlerContext, raw: Omit<WelcomePlan, 'state' | 'overdue' | 'moments'>): WelcomePlan {
  const today = todayIso(ctx);
  const moments = ctx.repos.visits.welcomeMoments(raw.id);
  return {
    ...raw,
    moments,
    state: welcomeState(moments.map((m) => ({ step: m.welcomeStep ?? 0, done: m.done }))),
    overdue: moments.some((m) => !m.done && m.dueDate < today),
  };
}

/** Promise figures per group (a wijk, a person): the states of each group counted once. */
function figuresOf<R extends { state: PromiseState }>(
  rows: readonly R[],
  groupOf: (row: R) => string,
): PromiseFigures[] {
  const groups = new Map<string, PromiseState[]>();
  for (const row of rows) {
    const key = groupOf(row);
    const states = groups.get(key);
    if (states) states.push(row.state);
    else groups.set(key, [row.state]);
  }
  return [...groups]
    .map(([key, states]) => ({
      key,
      label: key,
      open: states.filter((s) => s === 'open').length,
      overdue: states.filter((s) => s === 'te_laat').length,
      keptOnTime: states.filter((s) => s === 'op_tijd_nagekomen').length,
      keptLate: states.filter((s) => s === 'te_laat_nagekomen').length,
      withdrawn: states.filter((s) => s === 'ingetrokken').length,
      keptOnTimePercent: keptOnTimePercent(states),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}

export const reciprocityHandlers: HandlerGroup<
  | 'welcome:steps'
  | 'welcome:setSteps'
  | 'welcome:start'
  | 'welcome:buddies'
  | 'welcome:list'
  | 'welcome:figures'
  | 'promises:create'
  | 'promises:settle'
  | 'promises:list'
  | 'appreciations:create'
  | 'appreciations:list'
  | 'appreciations:due'
  | 'reciprocity:overview'
  | 'evidence:table'
> = {
  'welcome:steps': (_input, ctx) => ctx.repos.reciprocity.steps(),

  'welcome:setSteps': ({ steps }, ctx) => {
    const by = actor(ctx);
    if (by.role !== 'teamleider') throw new AppError('FORBIDDEN', 'err.role.teamleider');
    const numbered = steps.map((s, i) => ({ ...s, step: i + 1 }));
    const problem = templateProblem(numbered);
    if (problem) throw fieldError('steps', `err.welcome.${problem}`);
    const at = nowIso(ctx);
    ctx.db
      .transaction(() => {
        ctx.repos.reciprocity.replaceSteps(numbered);
        ctx.repos.audit.record({
          at,
          actorId: by.id,
          entity: 'welcome_template',
          entityId: 'welcome',
          action: 'update',
          changes: { steps: { from: null, to: numbered.length } },
        });
      })
      .immediate();
    return ctx.repos.reciprocity.steps();
  },

  'welcome:start': (input, ctx) => {
    const by = actor(ctx);
    if (input.moveInDate > addDays(todayIso(ctx), MAX_MOVE_IN_AHEAD_DAYS))
      throw fieldError('moveInDate', 'err.welcome.moveInFuture');
    ctx.db.transaction(() => startWelcome(ctx, input, nowIso(ctx), by.id)).immediate();
    return planOf(ctx, ctx.repos.reciprocity.welcomes({ residentId: input.residentId })[0]!);
  },

  'welcome:buddies': ({ residentId }, ctx) => {
    const newcomer = ctx.repos.residents.get(residentId);
    if (!newcomer || newcomer.erased) throw notFound('resident');
    const complex = ctx.repos.complexes.get(newcomer.complexId)!;
    // A buddy lives in the same complex and agreed to be asked (consent); never the new tenant herself.
    const neighbours = ctx.repos.residents
      .candidates(complex.id, complex.wijk)
      .filter((c) => c.sameComplex && c.id !== residentId);
    const names = new Map(neighbours.map((c) => [c.id, c.name]));
    return rankBuddies(newcomer.profile, neighbours).map((match) => ({ ...match, name: names.get(match.id)! }));
  },

  'welcome:list': ({ complexId, residentId }, ctx) => {
    if (!complexId && !residentId) throw fieldError('complexId', 'err.invalidValue');
    return ctx.repos.reciprocity.welcomes({ complexId, residentId }).map((raw) => planOf(ctx, raw));
  },

  'welcome:figures': ({ complexId }, ctx) => {
    const today = todayIso(ctx);
    return ctx.repos.reciprocity.welcomeFigures(twelveMonthsBefore(today), today, complexId);
  },

  'promises:create': (input, ctx) => {
    const by = actor(ctx);
    const at = nowIso(ctx);
    const today = todayIso(ctx);
    if (input.promisedOn > addDays(today, 1)) throw fieldError('promisedOn', 'err.promise.promisedInFuture');
    const id = uuidv7();
    ctx.db
      .transaction(() => {
        openComplex(ctx, input.complexId);
        if (input.initiativeId) {
          const initiative = ctx.repos.initiatives.get(input.initiativeId);
          if (!initiative) throw fieldError('initiativeId', 'err.notFound.initiative');
          if (initiative.complexId !== input.complexId)
            throw fieldError('initiativeId', 'err.visit.initiativeElsewhere', { title: initiative.title });
        }
        if (input.residentId) residentOn(ctx, input.residentId, input.complexId, 'residentId');
        if (input.visitId && ctx.repos.visits.visit(input.visitId)?.complexId !== input.complexId)
          throw fieldError('visitId', 'err.promise.visit');
        ctx.repos.reciprocity.insertPromise({ id, ...input, at, by: by.id });
        ctx.repos.audit.record({
          at,
          actorId: by.id,
          entity: 'promise',
          entityId: id,
          action: 'create',
          changes: { dueDate: { from: null, to: input.dueDate } },
        });
      })
      .immediate();
    return ctx.repos.reciprocity.promise(id, today)!;
  },

  'promises:settle': (input, ctx) => {
    const by = actor(ctx);
    const at = nowIso(ctx);
    const today = todayIso(ctx);
    ctx.db
      .transaction(() => {
        const before = ctx.repos.reciprocity.promise(input.id, today);
        if (!before) throw notFound('promise');
        const keptOn = input.status === 'nagekomen' ? input.keptOn : null;
        if (keptOn && keptOn < before.promisedOn) throw fieldError('keptOn', 'err.promise.keptBeforePromised');
        if (keptOn && keptOn > today) throw fieldError('keptOn', 'err.promise.keptInFuture');
        const reason = input.status === 'ingetrokken' ? input.reason : '';
        if (
          !ctx.repos.reciprocity.settlePromise({
            id: input.id,
            version: input.version,
            status: input.status,
            keptOn,
            reason,
            at,
            by: by.id,
          })
        )
          throw staleVersion();
        ctx.repos.audit.record({
          at,
          actorId: by.id,
          entity: 'promise',
          entityId: input.id,
          action: 'update',
          changes: { status: { from: before.status, to: input.status } },
        });
      })
      .immediate();
    return ctx.repos.reciprocity.promise(input.id, today)!;
  },

  'promises:list': (filter, ctx) => ctx.repos.reciprocity.promises(filter, todayIso(ctx)),

  'appreciations:create': (input, ctx) => {
    const by = actor(ctx);
    const at = nowIso(ctx);
    if (input.givenOn > todayIso(ctx)) throw fieldError('givenOn', 'err.appreciation.future');
    const id = uuidv7();
    ctx.db
      .transaction(() => {
        openComplex(ctx, input.complexId);
        if (input.residentId) residentOn(ctx, input.residentId, input.complexId, 'residentId');
        ctx.repos.reciprocity.insertAppreciation({ id, ...input, at, by: by.id });
        // No personal values in the log: which kind, not for whom.
        ctx.repos.audit.record({
          at,
          actorId: by.id,
          entity: 'appreciation',
          entityId: id,
          action: 'create',
          changes: { kind: { from: null, to: input.kind } },
        });
      })
      .immediate();
    return ctx.repos.reciprocity.appreciation(id)!;
  },

  'appreciations:list': (filter, ctx) => ctx.repos.reciprocity.appreciations(filter),

  'appreciations:due': ({ complexId }, ctx) =>
    ctx.repos.reciprocity.unappreciated(twelveMonthsBefore(todayIso(ctx)), { complexId }),

  'reciprocity:overview': (_input, ctx) => {
    const today = todayIso(ctx);
    const cutoff = twelveMonthsBefore(today);
    const promises = ctx.repos.reciprocity.promiseStates(today);
    return {
      welcome: ctx.repos.reciprocity.welcomeFigures(cutoff, today),
      promisesByWijk: figuresOf(promises, (p) => p.wijk),
      promisesKeptOnTimePercent: keptOnTimePercent(promises.map((p) => p.state)),
      promisesByStaff: figuresOf(promises, (p) => p.staffName),
      partners: ctx.repos.wijk
        .partners()
        .filter((p) => p.initiatives > 0)
        .sort((a, b) => b.initiatives - a.initiatives)
        .map(({ id, name, wijk, initiatives }) => ({ id, name, wijk, initiatives })),
      exclusion: ctx.repos.wijk.exclusionReach(),
      appreciation: {
        givenLast12Months: ctx.repos.reciprocity.appreciationsSince(cutoff),
        activeWithout: ctx.repos.reciprocity.unappreciatedCount(cutoff),
      },
    };
  },

  'evidence:table': async (_input, ctx) =>
    summarizeEvidence(
      await readInPieces((after: ClosedCaseCursor | null) => ctx.repos.reciprocity.closedCasesPiece(after, 4_000)),
    ),
};
