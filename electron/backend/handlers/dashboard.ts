import { APPROACHES } from '../../../shared/domain/recommendation';
import { OPEN_STATUSES } from '../../../shared/domain/status';
import { actor } from '../context';
import { allRequirements } from '../liability';
import { figureCondition, initiativeScope } from '../dashboard-scope';
import type { HandlerGroup } from './types';

/**
 * The team lead's figures. Every count comes from one grouped query over the initiatives in scope (see
 * initiativeScope). Budgets belong to complexes and wijken, not to initiatives, so the money tiles follow the
 * year, wijk and complex filters; spending per month follows every filter through the grants of the initiatives.
 */
export const dashboardHandlers: HandlerGroup<'dashboard:figures' | 'dashboard:records'> = {
  'dashboard:records': (query, ctx) => {
    actor(ctx);
    const scope = initiativeScope(query.filters);
    const figure = figureCondition(query);
    return ctx.repos.initiatives.listWhere(`${scope.where} AND ${figure.sql}`, { ...scope.params, ...figure.params });
  },

  'dashboard:figures': (filters, ctx) => {
    actor(ctx);
    const { year, wijk, complexId } = filters;
    const { sql: scope, params } = initiativeScope(filters);
    const grouped = (column: string) =>
      Object.fromEntries((ctx.db.prepare(`SELECT ${column} AS k, count(*) AS n ${scope} GROUP BY ${column}`).all(params) as { k: string; n: number }[]).map((r) => [r.k, r.n]));
    const byStatus = grouped('i.status');
    const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
    const created = (ctx.db.prepare(`SELECT count(*) AS n ${scope} AND substr(i.created_at, 1, 4) = @year`).get(params) as { n: number }).n;
    const followed = ctx.db.prepare(`SELECT count(i.chosen_approach) AS total, sum(i.advised_approach = i.chosen_approach) AS followed ${scope}`).get(params) as { total: number; followed: number | null };
    const perWijk = ctx.db.prepare(`SELECT c.wijk AS wijk, i.chosen_approach AS approach, count(*) AS n ${scope} GROUP BY c.wijk, i.chosen_approach ORDER BY c.wijk`).all(params) as { wijk: string; approach: string; n: number }[];
    const approachPerWijk = [...new Set(perWijk.map((r) => r.wijk))].map((w) => ({
      wijk: w,
      ...(Object.fromEntries(APPROACHES.map((a) => [a, perWijk.find((r) => r.wijk === w && r.approach === a)?.n ?? 0])) as Record<(typeof APPROACHES)[number], number>),
    }));
    const complexWijk = new Map((ctx.db.prepare('SELECT id, wijk FROM complexes').all() as { id: string; wijk: string }[]).map((c) => [c.id, c.wijk]));
    // A wijk's money: its complexes' budgets and its own fund; corporation-wide funds only count without a wijk or complex filter.
    const inScope = (b: { scope: string; wijk: string | null; complexId: string | null }) =>
      complexId
        ? b.complexId === complexId
        : !wijk || (b.scope === 'wijk' ? b.wijk === wijk : b.scope === 'complex' && complexWijk.get(b.complexId!) === wijk);
    const budgets = ctx.repos.money.budgets(year).filter(inScope);
    const money = budgets.reduce((m, b) => ({ availableCents: m.availableCents + b.available, allocatedCents: m.allocatedCents + b.allocated, spentCents: m.spentCents + b.spent, remainingCents: m.remainingCents + b.remaining }), { availableCents: 0, allocatedCents: 0, spentCents: 0, remainingCents: 0 });
    const spendingPerMonth = (ctx.db
      .prepare(`SELECT substr(x.spent_on, 1, 7) AS month, sum(x.amount_cents) AS spentCents FROM expenses x JOIN grants g ON g.id = x.grant_id
        WHERE substr(x.spent_on, 1, 4) = @year AND g.initiative_id IN (SELECT i.id ${scope}) GROUP BY month ORDER BY month`)
      .all(params)) as { month: string; spentCents: number }[];
    const effort = ctx.db.prepare(`SELECT coalesce(sum(e.minutes * e.people), 0) AS minutes FROM own_effort e WHERE e.initiative_id IN (SELECT i.id ${scope})`).get(params) as { minutes: number };
    const agreements = ctx.db.prepare(`SELECT count(*) AS total, coalesce(sum(a.status = 'getekend'), 0) AS signed FROM agreements a WHERE a.initiative_id IN (SELECT i.id ${scope})`).get(params) as { total: number; signed: number };
    const expiringCandidates = allRequirements(ctx, filters.wijkbeheerderId ?? undefined).filter((r) => r.state === 'verloopt_binnenkort');
    const inScopeIds = expiringCandidates.length ? new Set((ctx.db.prepare(`SELECT i.id ${scope}`).pluck().all(params) as string[])) : new Set<string>();
    return {
      filters,
      wijken: (ctx.db.prepare("SELECT DISTINCT wijk FROM complexes WHERE wijk <> '' ORDER BY wijk").all() as { wijk: string }[]).map((r) => r.wijk),
      initiatives: { created, active: OPEN_STATUSES.reduce((n, s) => n + (byStatus[s] ?? 0), 0), closed: byStatus.gesloten ?? 0, total },
      byStatus,
      byPracticeType: grouped('i.practice_type'),
      byChosenApproach: grouped('i.chosen_approach'),
      adviceFollowed: { followed: followed.followed ?? 0, total: followed.total },
      approachPerWijk,
      money,
      spendingPerMonth,
      effortHours: Math.round(effort.minutes / 6) / 10,
      agreements,
      requirementsExpiring: expiringCandidates.filter((r) => inScopeIds.has(r.initiativeId)).length,
    };
  },
};
