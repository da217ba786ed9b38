import type { ReportComplexRow } from '../../../shared/contract/report';
import { AppError } from '../app-error';
import { actor, nowIso } from '../context';
import { initiativeScope, selectionNames } from '../db/repositories/dashboard-scope';
import { dashboardHandlers } from './dashboard';
import type { HandlerGroup } from './types';

/**
 * The report's data: the dashboard's figures for the same filters, plus one line per complex (initiatives in
 * scope, own hours, and the complex's budgets of the year), so the report's tables per wijk and complex add up
 * to the same totals as the dashboard.
 */
export const reportHandlers: HandlerGroup<'report:data' | 'report:savePdf'> = {
  // Printing a page needs the page: only Electron's main process can, and it answers before the backend is asked.
  'report:savePdf': () => {
    throw new AppError('FORBIDDEN', 'err.report.desktopOnly');
  },

  'report:data': async (filters, ctx) => {
    actor(ctx);
    const figures = await dashboardHandlers['dashboard:figures'](filters, ctx);
    const scope = initiativeScope(filters);
    const counts = ctx.repos.dashboard.countsPerComplex(scope);
    const effort = ctx.repos.dashboard.effortPerComplex(scope);
    const money = new Map<string, { availableCents: number; allocatedCents: number; spentCents: number }>();
    for (const b of ctx.repos.money.budgets(filters.year)) {
      if (b.scope !== 'complex' || !b.complexId) continue;
      const m = money.get(b.complexId) ?? { availableCents: 0, allocatedCents: 0, spentCents: 0 };
      money.set(b.complexId, {
        availableCents: m.availableCents + b.available,
        allocatedCents: m.allocatedCents + b.allocated,
        spentCents: m.spentCents + b.spent,
      });
    }
    const countsBy = new Map(counts.map((c) => [c.id, c]));
    const complexes = ctx.repos.dashboard.complexesOf({
      wijk: filters.wijk ?? null,
      complexId: filters.complexId ?? null,
    });
    const rows: ReportComplexRow[] = [];
    for (const c of complexes) {
      const n = countsBy.get(c.id);
      const m = money.get(c.id);
      if (!n && !m) continue;
      rows.push({
        wijk: c.wijk,
        code: c.code,
        name: c.name,
        initiatives: n?.initiatives ?? 0,
        active: n?.active ?? 0,
        closed: n?.closed ?? 0,
        effortHours: Math.round((effort.get(c.id) ?? 0) / 6) / 10,
        availableCents: m?.availableCents ?? 0,
        allocatedCents: m?.allocatedCents ?? 0,
        spentCents: m?.spentCents ?? 0,
      });
    }
    const names = selectionNames(ctx.db, filters);
    return {
      figures,
      complexes: rows,
      complexLabel: names.complex,
      wijkbeheerderName: names.wijkbeheerder,
      generatedAt: nowIso(ctx),
    };
  },
};
