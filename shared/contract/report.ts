/** Contract for the printable report "Rapportage leefbaarheid" and its PDF. */
import { z } from 'zod';
import { method } from './method';
import { dashboardFilters, type DashboardFigures } from './dashboard';

/** One complex's line in the report: its initiatives in scope and its budgets of the year. */
export interface ReportComplexRow {
  wijk: string;
  code: string;
  name: string;
  initiatives: number;
  active: number;
  closed: number;
  effortHours: number;
  availableCents: number;
  allocatedCents: number;
  spentCents: number;
}

export interface ReportData {
  figures: DashboardFigures;
  /** Complexes with initiatives in scope or a budget in the year, ordered by wijk and code. */
  complexes: ReportComplexRow[];
  /** Names for the filters that hold ids, for the report's filter line. */
  complexLabel: string | null;
  wijkbeheerderName: string | null;
  generatedAt: string;
}

export const reportMethods = {
  /**
   * Desktop only: prints the page that asks (the report) to PDF with its own @page rules and saves it where the
   * user chooses in the native save dialog. Electron's main process answers it; the backend refuses it.
   */
  'report:savePdf': method<{ saved: boolean; path: string | null }>()(
    z
      .object({ fileName: z.string().regex(/^[\p{L}\p{N} .()_-]{1,120}\.pdf$/u, { error: 'err.report.fileName' }) })
      .strict(),
    { changes: [], sync: 'local' },
  ),
  /** Everything the printable report "Rapportage leefbaarheid <periode>" shows: the figures plus a line per complex. */
  'report:data': method<ReportData>()(dashboardFilters, { reads: ['complexes', 'initiatives'] }),
} as const;
