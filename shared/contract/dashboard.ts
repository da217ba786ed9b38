/** Contract for the Overzicht dashboard: its filters, its figures and the records behind each figure. */
import { z } from 'zod';
import { APPROACHES } from '../domain/recommendation/facts';
import { STATUSES } from '../domain/status';
import { PRACTICE_TYPES } from '../domain/vocabulary';
import type { InitiativeRow } from '../domain/entities';
import { method } from './method';

/** What the dashboard and the report are about: a year and, optionally, one of each of the other filters. */
export const dashboardFilters = z
  .object({
    year: z.number().int().min(2000, { error: 'err.dashboard.year' }).max(2100, { error: 'err.dashboard.year' }),
    wijk: z.string().max(100).nullable().default(null),
    wijkbeheerderId: z.uuid({ error: 'err.id.invalid' }).nullable().default(null),
    complexId: z.uuid({ error: 'err.id.invalid' }).nullable().default(null),
    status: z.enum(STATUSES, { error: 'err.status.invalid' }).nullable().default(null),
    practiceType: z.enum(PRACTICE_TYPES, { error: 'err.initiative.practiceType.invalid' }).nullable().default(null),
    advisedApproach: z.enum(APPROACHES, { error: 'err.advice.approach' }).nullable().default(null),
    chosenApproach: z.enum(APPROACHES, { error: 'err.advice.approach' }).nullable().default(null),
  })
  .strict();
export type DashboardFilters = z.output<typeof dashboardFilters>;

export interface DashboardFigures {
  filters: DashboardFilters;
  wijken: string[];
  initiatives: { created: number; active: number; closed: number; total: number };
  byStatus: Record<string, number>;
  byPracticeType: Record<string, number>;
  byAdvisedApproach: Record<string, number>;
  byChosenApproach: Record<string, number>;
  adviceFollowed: { followed: number; total: number };
  approachPerWijk: { wijk: string; faciliteren: number; coproduceren: number; stimuleren: number }[];
  money: { availableCents: number; allocatedCents: number; spentCents: number; remainingCents: number };
  spendingPerMonth: { month: string; spentCents: number }[];
  effortHours: number;
  agreements: { signed: number; total: number };
  requirementsExpiring: number;
}

/** The figures of the dashboard that open their records in the initiatives grid. */
export const DASHBOARD_FIGURES = [
  'all',
  'created',
  'active',
  'closed',
  'followed',
  'effort',
  'agreements',
  'status',
  'wijkApproach',
] as const;
export const dashboardRecordsQuery = z
  .object({
    filters: dashboardFilters,
    figure: z.enum(DASHBOARD_FIGURES, { error: 'err.dashboard.figure' }),
    /** For 'status' (a funnel segment). */
    status: z.enum(STATUSES, { error: 'err.status.invalid' }).optional(),
    /** For 'wijkApproach' (a bar of "initiatives per approach per wijk"). */
    wijk: z.string().max(100).optional(),
    approach: z.enum(APPROACHES, { error: 'err.advice.approach' }).optional(),
  })
  .strict();
export type DashboardRecordsQuery = z.output<typeof dashboardRecordsQuery>;

export const dashboardMethods = {
  /** The figures of the "Overzicht" dashboard for a year, narrowed by any of the other filters. */
  'dashboard:figures': method<DashboardFigures>()(dashboardFilters, { reads: ['complexes', 'initiatives'] }),
  /** The initiatives behind one figure of the dashboard, as grid rows, newest first. */
  'dashboard:records': method<InitiativeRow[]>()(dashboardRecordsQuery, { reads: ['complexes', 'initiatives'] }),
} as const;
