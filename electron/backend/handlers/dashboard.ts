import { APPROACHES } from '../../../shared/domain/recommendation';
import { OPEN_STATUSES } from '../../../shared/domain/status';
import { actor } from '../context';
import { allRequirements } from '../liability';
import { budgetScope, figureCondition, initiativeScope } from '../db/repositories/dashboard-scope';
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

  'dashboard:figures': async (filters, ctx) => {
    actor(ctx);
    const { year } = filters;
    const scope = initiativeScope(filters);
    const groups = ctx.repos.dashboard.groups(scope);
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
    const followed = {
      total: sum((g) => g.chosen !== null),
      followed: sum((g) => g.chosen !== null && g.advised === g.chosen),
    };
    const approachPerWijk = [...new Set(groups.map((g) => g.wijk))].map((w) => ({
      wijk: w,
      ...(Object.fromEntries(APPROACHES.map((a) => [a, sum((g) => g.wijk === w && g.chosen === a)])) as Record<
        (typeof APPROACHES)[number],
        number
      >),
    }));
    const budgets = ctx.repos.money.budgets(year).filter(budgetScope(ctx.db, filters));
    const money = budgets.reduce(
      (m, b) => ({
        availableCents: m.availableCents + b.available,
        allocatedCents: m.allocatedCents + b.allocated,
        spentCents: m.spentCents + b.spent,
        remainingCents: m.remainingCents + b.remaining,
      }),
      { availableCents: 0, allocatedCents: 0, spentCents: 0, remainingCents: 0 },
    );
    const spendingPerMonth = ctx.repos.dashboard.spendingPerMonth(scope);
    const linked = ctx.repos.dashboard.effortAndAgreements(scope);
    const expiringCandidates = (await allRequirements(ctx, filters.wijkbeheerderId ?? undefined)).filter(
      (r) => r.state === 'verloopt_binnenkort',
    );
    const inScopeIds = ctx.repos.dashboard.inScope(scope, [...new Set(expiringCandidates.map((r) => r.initiativeId))]);
    return {
      filters,
      wijken: ctx.repos.dashboard.wijken(),
      initiatives: {
        created,
        active: OPEN_STATUSES.reduce((n, s) => n + (byStatus[s] ?? 0), 0),
        closed: byStatus.gesloten ?? 0,
        total,
      },
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
