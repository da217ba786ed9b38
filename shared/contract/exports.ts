/**
 * Contract for exports: the Overzicht workbook and the grid workbooks, written in the background with progress
 * and cancel.
 */
import { z } from 'zod';
import { method } from './method';
import { dashboardFilters } from './dashboard';

/** A workbook being written in the backend: poll it for progress, cancel it, download it when 'klaar'. */
export interface ExportStatus {
  id: string;
  state: 'bezig' | 'klaar' | 'geannuleerd' | 'mislukt';
  done: number;
  total: number;
  rows: number;
}

export const GRID_COLUMN_KINDS = ['text', 'number', 'date', 'datetime'] as const;
/**
 * One cell of a grid view: text as shown, a number, or an ISO date for date columns; at most 32,767 characters,
 * like Excel.
 */
const gridCell = z.union([z.string().max(32_767, { error: 'err.export.cellTooLong' }), z.number().finite(), z.null()]);
export const GRID_EXPORT_PAGE = 2_000;

const exportId = z.object({ id: z.uuid({ error: 'err.export.unknown' }) }).strict();

export const exportMethods = {
  /**
   * Starts writing the "Overzicht" workbook (Samenvatting, Initiatieven, Budgetten, Overeenkomsten, Verzekeringen)
   * in the background: for the whole corporation, or for the dashboard's filters.
   */
  'exports:overview': method<ExportStatus>()(z.object({ filters: dashboardFilters.optional() }).strict().default({}), {
    changes: [],
    sync: 'local',
  }),
  /** Progress of a workbook being written. */
  'exports:status': method<ExportStatus>()(exportId, { reads: [] }),
  /** Stops a workbook being written; nothing is left behind. */
  'exports:cancel': method<ExportStatus>()(exportId, { changes: [], sync: 'local' }),
  /** Starts a one-sheet workbook of the current grid view with these columns (what you see is what you export). */
  'exports:gridBegin': method<ExportStatus>()(
    z
      .object({
        sheet: z.string().trim().min(1).max(31, { error: 'err.export.sheetName' }),
        total: z.number().int().min(0).max(10_000_000),
        columns: z
          .array(
            z
              .object({
                header: z.string().max(200),
                kind: z.enum(GRID_COLUMN_KINDS),
                width: z.number().min(4).max(120),
              })
              .strict(),
          )
          .min(1)
          .max(200),
      })
      .strict(),
    { changes: [], sync: 'local' },
  ),
  /** Appends a page of rows (in grid order) to a grid workbook; each row has one cell per column. */
  'exports:gridRows': method<ExportStatus>()(
    z
      .object({
        id: z.uuid({ error: 'err.export.unknown' }),
        rows: z.array(z.array(gridCell).max(200)).max(GRID_EXPORT_PAGE),
      })
      .strict(),
    { changes: [], sync: 'local' },
  ),
  /** Closes a grid workbook so it can be downloaded. */
  'exports:gridFinish': method<ExportStatus>()(exportId, { changes: [], sync: 'local' }),
} as const;
