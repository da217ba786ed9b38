import { APPROACHES } from '../../../shared/domain/recommendation';
import { OPEN_STATUSES } from '../../../shared/domain/status';
import { actor } from '../context';
import { allRequirements } from '../liability';
import { budgetScope, figureCondition, initiativeScope } from '../dashboard-scope';
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
    const { year } = filters;
    const { sql: scope, params } = initiativeScope(filters);
    // One scan over the initiatives in scope, grouped by everything the figures count; folded here.
    const groups = ctx.db
      .prepare(`SELECT i.status AS status, i.practice_type AS practiceType, i.advised_approach AS advised, i.chosen_approach AS chosen,
          c.wijk AS wijk, (substr(i.created_at, 1, 4) = @year) AS created, count(*) AS n ${scope} GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY c.wijk`)
      .all(params) as { status: string; practiceType: string; advised: string | null; chosen: string | null; wijk: string; created: number; n: number }[];
    const count = (key: (g: (typeof groups)[number]) => string | null) => {
      const counts: Record<string, number> = {};
      for (const g of groups) {
        const k = key(g);
        if (k !== null) counts[k] = (counts[k] ?? 0) + g.n;
      }
      return counts;
    };
    const sum = (keep: (g: (typeof groups)[number]) => boolean) => groups.reduce((n, g) => (keep(g) ? n + g.n : n), 0);
    const byStatus = count((g) => g.status);
    const total = sum(() => true);
    const created = sum((g) => g.created === 1);
    const followed = { total: sum((g) => g.chosen !== null), followed: sum((g) => g.chosen !== null && g.advised === g.chosen) };
    const approachPerWijk = [...new Set(groups.map((g) => g.wijk))].map((w) => ({
      wijk: w,
      ...(Object.fromEntries(APPROACHES.map((a) => [a, sum((g) => g.wijk === w && g.chosen === a)])) as Record<(typeof APPROACHES)[number], number>),
    }));
    const budgets = ctx.repos.money.budgets(year).filter(budgetScope(ctx.db, filters));
    const money = budgets.reduce((m, b) => ({ availableCents: m.availableCents + b.available, allocatedCents: m.allocatedCents + b.allocated, spentCents: m.spentCents + b.spent, remainingCents: m.remainingCents + b.remaining }), { availableCents: 0, allocatedCents: 0, spentCents: 0, remainingCents: 0 });
    const spendingPerMonth = (ctx.db
      .prepare(`SELECT substr(x.spent_on, 1, 7) AS month, sum(x.amount_cents) AS spentCents FROM expenses x JOIN grants g ON g.id = x.grant_id
        WHERE substr(x.spent_on, 1, 4) = @year AND g.initiative_id IN (SELECT i.id ${scope}) GROUP BY month ORDER BY month`)
      .all(params)) as { month: string; spentCents: number }[];
    // Hours and agreements of the same initiatives: the scope is materialised once for both.
    const linked = ctx.db
      .prepare(`WITH s AS MATERIALIZED (SELECT i.id ${scope})
        SELECT (SELECT coalesce(sum(e.minutes * e.people), 0) FROM own_effort e WHERE e.initiative_id IN s) AS minutes,
               (SELECT count(*) FROM agreements a WHERE a.initiative_id IN s) AS agreementsTotal,
               (SELECT coalesce(sum(a.status = 'getekend'), 0) FROM agreements a WHERE a.initiative_id IN s) AS agreementsSigned`)
      .get(params) as { minutes: number; agreementsTotal: number; agreementsSigned: number };
    const expiringCandidates = allRequirements(ctx, filters.wijkbeheerderId ?? undefined).filter((r) => r.state === 'verloopt_binnenkort');
    // Only the candidates' initiatives are looked up in scope (by primary key), not every initiative in scope.
    const candidateIds = JSON.stringify([...new Set(expiringCandidates.map((r) => r.initiativeId))]);
    const inScopeIds = new Set(expiringCandidates.length ? (ctx.db.prepare(`SELECT i.id ${scope} AND i.id IN (SELECT value FROM json_each(@candidateIds))`).pluck().all({ ...params, candidateIds }) as string[]) : []);
    return {
      filters,
      wijken: (ctx.db.prepare("SELECT DISTINCT wijk FROM complexes WHERE wijk <> '' ORDER BY wijk").all() as { wijk: string }[]).map((r) => r.wijk),
      initiatives: { created, active: OPEN_STATUSES.reduce((n, s) => n + (byStatus[s] ?? 0), 0), closed: byStatus.gesloten ?? 0, total },
      byStatus,
      byPracticeType: count((g) => g.practiceType),
      byAdvisedApproach: count((g) => g.advised),
      byChosenApproach: count((g) => g.chosen),
      adviceFollowed: followed,
      approachPerWijk,
      money,
      spendingPerMonth,
      effortHours: Math.round(linked.minutes / 6) / 10,
      agreements: { signed: linked.agreementsSigned, total: linked.agreementsTotal },
      requirementsExpiring: expiringCandidates.filter((r) => inScopeIds.has(r.initiativeId)).length,
    };
  },
};
