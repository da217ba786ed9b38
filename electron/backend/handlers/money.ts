import type { BudgetRow, Grant } from '../../../shared/contract/money';
import { allocates, grantedStatus, isGranted } from '../../../shared/domain/grant-status';
import { budgetCovers, eligibilityComplete, formatEuro, MAX_CENTS, needsApproval } from '../../../shared/domain/money';
import type { Staff } from '../../../shared/domain/entities';
import { AppError, fieldError, notFound, staleVersion } from '../app-error';
import { actor, type HandlerContext, nowIso, todayIso, requireTeamleider } from '../context';
import { uuidv7 } from '../db/ids';
import type { HandlerGroup } from './types';
import type { GrantPatch } from '../db/repositories/money';

const euro = (cents: number) => formatEuro(cents, 'nl');

function loadBudget(ctx: HandlerContext, id: string): BudgetRow {
  const budget = ctx.repos.money.budget(id);
  if (!budget) throw fieldError('budgetId', 'err.grant.budget');
  return budget;
}

function loadGrant(ctx: HandlerContext, id: string): Grant {
  const grant = ctx.repos.money.grant(id);
  if (!grant) throw notFound('grant');
  return grant;
}

/** A closed year is read-only, except for a teamleider (whose changes are audited like any other). */
/** A budget pays only for initiatives of its own complex, or its fund's wijk (a corporation fund for any). */
function guardCovers(ctx: HandlerContext, budget: BudgetRow, initiativeId: string) {
  const initiative = ctx.repos.initiatives.get(initiativeId);
  const complex = initiative && ctx.repos.complexes.get(initiative.complexId);
  if (!complex || !budgetCovers(budget, complex))
    throw fieldError('budgetId', 'err.grant.budgetElsewhere', { budget: budget.name });
}

function guardClosed(budget: BudgetRow, by: Staff) {
  if (budget.closed && by.role !== 'teamleider')
    throw new AppError('CONFLICT', 'err.budget.closed', { year: budget.year });
}

function audit(
  ctx: HandlerContext,
  by: Staff,
  entity: string,
  entityId: string,
  action: 'create' | 'update',
  changes: Record<string, { from: unknown; to: unknown }>,
) {
  ctx.repos.audit.record({ at: nowIso(ctx), actorId: by.id, entity, entityId, action, changes });
}

/** Runs one change to a grant in a transaction, tells every window, and answers with the grant as it now stands. */
function inGrant(ctx: HandlerContext, id: string, change: (grant: Grant) => void): Grant {
  ctx.db.transaction(() => change(loadGrant(ctx, id))).immediate();
  return loadGrant(ctx, id);
}

/** Updates a grant with its audit entry (inside the caller's transaction); a stale version is a conflict. */
function changeGrant(
  ctx: HandlerContext,
  by: Staff,
  grant: Grant,
  version: number,
  patch: GrantPatch,
  changes: Record<string, { from: unknown; to: unknown }>,
) {
  if (!ctx.repos.money.updateGrant(grant.id, version, patch, nowIso(ctx), by.id)) throw staleVersion();
  audit(ctx, by, 'grant', grant.id, 'update', changes);
}

export const moneyHandlers: HandlerGroup<
  | 'budgets:list'
  | 'budgets:create'
  | 'budgets:overrun'
  | 'budgets:setClosed'
  | 'grants:apply'
  | 'grants:decide'
  | 'grants:approve'
  | 'grants:approveOverspend'
  | 'grants:addExpense'
  | 'grants:account'
  | 'grants:close'
  | 'money:ofInitiative'
  | 'inKind:add'
  | 'effort:add'
> = {
  'budgets:list': ({ year, complexId }, ctx) => ctx.repos.money.budgets(year, complexId),

  'budgets:create': (input, ctx) => {
    const by = actor(ctx);
    const id = uuidv7();
    ctx.db
      .transaction(() => {
        let amountCents = input.amountCents ?? 0;
        if (input.scope === 'complex') {
          const complex = ctx.repos.complexes.get(input.complexId!);
          if (!complex) throw fieldError('complexId', 'err.budget.complex');
          if (ctx.repos.money.budgets(input.year, complex.id).some((b) => b.scope === 'complex'))
            throw fieldError('year', 'err.budget.duplicate', { year: input.year });
          // Per home × homes, fixed at creation: later changes to the number of homes do not move a decided budget.
          if (input.kind === 'per_woning') amountCents = input.perHomeCents! * complex.homes;
        }
        if (amountCents > MAX_CENTS) throw fieldError('perHomeCents', 'err.money.tooLarge');
        ctx.repos.money.insertBudget({
          id,
          scope: input.scope,
          complexId: input.scope === 'complex' ? (input.complexId ?? null) : null,
          wijk: input.scope === 'wijk' ? (input.wijk ?? null) : null,
          year: input.year,
          name: input.name,
          perHomeCents: input.kind === 'per_woning' ? (input.perHomeCents ?? null) : null,
          amountCents,
          maxPerApplicationCents: input.maxPerApplicationCents ?? null,
          at: nowIso(ctx),
          by: by.id,
        });
        audit(ctx, by, 'budget', id, 'create', {
          name: { from: null, to: input.name },
          amountCents: { from: null, to: amountCents },
          year: { from: null, to: input.year },
        });
      })
      .immediate();
    return ctx.repos.money.budget(id)!;
  },

  'budgets:overrun': ({ budgetId, amountCents, reason }, ctx) => {
    const by = requireTeamleider(ctx);
    ctx.db
      .transaction(() => {
        loadBudget(ctx, budgetId);
        ctx.repos.money.insertOverrun({ id: uuidv7(), budgetId, amountCents, reason, at: nowIso(ctx), by: by.id });
        audit(ctx, by, 'budget', budgetId, 'update', {
          overrun: { from: null, to: `${euro(amountCents)}: ${reason}` },
        });
      })
      .immediate();
    return ctx.repos.money.budget(budgetId)!;
  },

  'budgets:setClosed': ({ id, version, closed }, ctx) => {
    const by = requireTeamleider(ctx);
    const at = nowIso(ctx);
    ctx.db
      .transaction(() => {
        loadBudget(ctx, id);
        if (!ctx.repos.money.setClosed({ id, version, closedAt: closed ? at : null, at, by: by.id }))
          throw staleVersion();
        audit(ctx, by, 'budget', id, 'update', { closed: { from: !closed, to: closed } });
      })
      .immediate();
    return ctx.repos.money.budget(id)!;
  },

  'grants:apply': (input, ctx) => {
    const by = actor(ctx);
    const id = uuidv7();
    ctx.db
      .transaction(() => {
        if (!ctx.repos.initiatives.get(input.initiativeId)) throw fieldError('initiativeId', 'err.notFound.initiative');
        const budget = loadBudget(ctx, input.budgetId);
        guardCovers(ctx, budget, input.initiativeId);
        guardClosed(budget, by);
        if (budget.maxPerApplicationCents !== null && input.requestedCents > budget.maxPerApplicationCents) {
          throw fieldError('requestedCents', 'err.grant.aboveCap', { cap: euro(budget.maxPerApplicationCents) });
        }
        const lines = input.lines.reduce((sum, line) => sum + line.amountCents, 0);
        if (input.lines.length > 0 && lines !== input.requestedCents + input.ownContributionCents) {
          throw fieldError('lines', 'err.grant.linesSum', {
            lines: euro(lines),
            total: euro(input.requestedCents + input.ownContributionCents),
          });
        }
        ctx.repos.money.insertGrant(input, id, nowIso(ctx), by.id);
        audit(ctx, by, 'grant', id, 'create', {
          requestedCents: { from: null, to: input.requestedCents },
          budgetId: { from: null, to: budget.name },
        });
      })
      .immediate();
    return loadGrant(ctx, id);
  },

  'grants:decide': ({ id, version, decision, grantedCents, motivation, eligibility, final }, ctx) => {
    const by = actor(ctx);
    return inGrant(ctx, id, (grant) => {
      const budget = loadBudget(ctx, grant.budgetId);
      guardClosed(budget, by);
      if (grant.status !== 'aangevraagd') throw new AppError('CONFLICT', 'err.grant.alreadyDecided');
      const granted = decision === 'afgewezen' ? 0 : grantedCents;
      if (decision === 'toegekend' && granted !== grant.requestedCents)
        throw fieldError('grantedCents', 'err.grant.fullMismatch', { requested: euro(grant.requestedCents) });
      if (decision === 'gedeeltelijk_toegekend' && (granted <= 0 || granted >= grant.requestedCents))
        throw fieldError('grantedCents', 'err.grant.partialRange', { requested: euro(grant.requestedCents) });
      if (decision !== 'afgewezen' && !eligibilityComplete(eligibility))
        throw fieldError('eligibility', 'err.grant.eligibility');
      if (granted > budget.remaining)
        throw fieldError('grantedCents', 'err.grant.overBudget', { remaining: euro(budget.remaining) });
      const mandate = ctx.repos.money.mandateOf(by.id)!;
      const waits = needsApproval(granted, mandate, by.role);
      if (waits && final) throw fieldError('grantedCents', 'err.grant.aboveMandate', { mandate: euro(mandate) });
      const status = waits ? 'wacht_op_goedkeuring' : decision;
      changeGrant(
        ctx,
        by,
        grant,
        version,
        {
          status,
          grantedCents: granted,
          motivation,
          eligibility,
          decidedOn: todayIso(ctx),
          decidedBy: by.id,
        },
        {
          status: { from: grant.status, to: status },
          grantedCents: { from: grant.grantedCents, to: granted },
          motivation: { from: null, to: motivation },
        },
      );
    });
  },

  'grants:approve': ({ id, version }, ctx) => {
    const by = requireTeamleider(ctx);
    return inGrant(ctx, id, (grant) => {
      if (grant.status !== 'wacht_op_goedkeuring') throw new AppError('CONFLICT', 'err.grant.notWaiting');
      const status = grantedStatus(grant.grantedCents, grant.requestedCents);
      changeGrant(
        ctx,
        by,
        grant,
        version,
        { status, approvedBy: by.id },
        { status: { from: grant.status, to: status }, approvedBy: { from: null, to: by.name } },
      );
    });
  },

  'grants:approveOverspend': ({ id, version, reason }, ctx) => {
    const by = requireTeamleider(ctx);
    return inGrant(ctx, id, (grant) => {
      changeGrant(
        ctx,
        by,
        grant,
        version,
        { overspendReason: reason, overspendApprovedBy: by.id },
        { overspendReason: { from: grant.overspendReason, to: reason } },
      );
    });
  },

  'grants:addExpense': (input, ctx) => {
    const by = actor(ctx);
    return inGrant(ctx, input.grantId, (grant) => {
      guardClosed(loadBudget(ctx, grant.budgetId), by);
      if (!isGranted(grant.status)) throw new AppError('CONFLICT', 'err.expense.notGranted');
      const initiative = ctx.repos.initiatives.get(grant.initiativeId)!;
      if (input.spentOn < initiative.createdAt.slice(0, 10))
        throw fieldError('spentOn', 'err.expense.beforeInitiative', { date: initiative.createdAt.slice(0, 10) });
      if (input.receiptId && !ctx.repos.visits.attachment(input.receiptId))
        throw fieldError('receiptId', 'err.attachment.unknown');
      if (grant.spentCents + input.amountCents > grant.grantedCents && !grant.overspendReason) {
        throw fieldError('amountCents', 'err.expense.overGrant', {
          remaining: euro(grant.grantedCents - grant.spentCents),
        });
      }
      const expenseId = uuidv7();
      ctx.repos.money.insertExpense(input, expenseId, nowIso(ctx), by.id);
      audit(ctx, by, 'grant', grant.id, 'update', {
        expense: { from: null, to: `${euro(input.amountCents)} ${input.description}` },
      });
    });
  },

  'grants:account': ({ id, version, ...accountability }, ctx) => {
    const by = actor(ctx);
    return inGrant(ctx, id, (grant) => {
      guardClosed(loadBudget(ctx, grant.budgetId), by);
      if (accountability.photoId && !ctx.repos.visits.attachment(accountability.photoId))
        throw fieldError('photoId', 'err.attachment.unknown');
      changeGrant(ctx, by, grant, version, { accountability }, { accountability: { from: null, to: 'bijgewerkt' } });
    });
  },

  'grants:close': ({ id, version, waivedReason }, ctx) => {
    const by = actor(ctx);
    return inGrant(ctx, id, (grant) => {
      guardClosed(loadBudget(ctx, grant.budgetId), by);
      if (!isGranted(grant.status)) throw new AppError('CONFLICT', 'err.grant.notClosable');
      const a = grant.accountability;
      const complete = Boolean(
        a.receiptsComplete &&
        a.report?.trim() &&
        a.photoId &&
        (a.participants ?? 0) > 0 &&
        a.tenantsReached !== undefined,
      );
      if (!complete && !waivedReason?.trim()) throw fieldError('waivedReason', 'err.grant.accountabilityIncomplete');
      changeGrant(
        ctx,
        by,
        grant,
        version,
        { status: 'gesloten', closedAt: nowIso(ctx), waivedReason: complete ? null : waivedReason },
        {
          status: { from: grant.status, to: 'gesloten' },
          ...(complete ? {} : { waivedReason: { from: null, to: waivedReason } }),
        },
      );
    });
  },

  'money:ofInitiative': ({ initiativeId }, ctx) => {
    const grants = ctx.repos.money.grantsOf(initiativeId);
    const inKind = ctx.repos.money.inKindOf(initiativeId);
    const effort = ctx.repos.money.effortOf(initiativeId);
    const sum = <T>(list: T[], pick: (item: T) => number) => list.reduce((total, item) => total + pick(item), 0);
    return {
      grants,
      inKind,
      effort,
      totals: {
        requestedCents: sum(grants, (g) => g.requestedCents),
        grantedCents: sum(grants, (g) => (allocates(g.status) ? g.grantedCents : 0)),
        spentCents: sum(grants, (g) => g.spentCents),
        ownContributionCents: sum(grants, (g) => g.ownContributionCents),
        inKindCents: sum(inKind, (k) => k.valueCents),
        effortMinutes: sum(effort, (e) => e.minutes * e.people),
      },
    };
  },

  'inKind:add': (input, ctx) => {
    const by = actor(ctx);
    const id = uuidv7();
    const at = nowIso(ctx);
    ctx.db
      .transaction(() => {
        const initiative = ctx.repos.initiatives.get(input.initiativeId);
        if (!initiative) throw fieldError('initiativeId', 'err.notFound.initiative');
        if (input.budgetId) {
          const budget = loadBudget(ctx, input.budgetId);
          guardCovers(ctx, budget, input.initiativeId);
          guardClosed(budget, by);
          if (input.valueCents > budget.remaining)
            throw fieldError('valueCents', 'err.grant.overBudget', { remaining: euro(budget.remaining) });
        }
        let followUpId: string | null = null;
        if (input.mode === 'geleend') {
          // A loan comes back: the return is a follow-up for the one who lent it.
          followUpId = uuidv7();
          ctx.repos.visits.insertFollowUp({
            id: followUpId,
            title: `Teruggave: ${input.item}`,
            dueDate: input.returnOn!,
            ownerId: by.id,
            initiativeId: initiative.id,
            complexId: initiative.complexId,
            residentId: null,
            visitId: null,
            at,
            by: by.id,
          });
        }
        ctx.repos.money.insertInKind(input, id, followUpId, at, by.id);
        audit(ctx, by, 'initiative', initiative.id, 'update', {
          inKind: { from: null, to: `${input.item} (${input.mode}, ${euro(input.valueCents)})` },
        });
      })
      .immediate();
    return ctx.repos.money.inKindOf(input.initiativeId).find((k) => k.id === id)!;
  },

  'effort:add': (input, ctx) => {
    const by = actor(ctx);
    const id = uuidv7();
    if (!ctx.repos.initiatives.get(input.initiativeId)) throw fieldError('initiativeId', 'err.notFound.initiative');
    ctx.repos.money.insertEffort(input, id, nowIso(ctx), by.id);
    return ctx.repos.money.effortOf(input.initiativeId).find((e) => e.id === id)!;
  },
};
