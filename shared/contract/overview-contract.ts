/** Contract for overviews: the Excel workbook for team leads, and importing complexes from a spreadsheet. */
import { z } from 'zod';
import { method } from './method';

export interface ImportRowResult {
  row: number;
  code: string;
  action: 'nieuw' | 'bijwerken' | 'fout';
  errors: { column: string; messageKey: string; params?: Record<string, string | number> }[];
}

export interface ImportPreview {
  /** The columns of the file, for the mapping. */
  columns: string[];
  /** The first rows as they are in the file. */
  sample: string[][];
  /** Per row: new, update (by complex code) or error, with the reasons. */
  results: ImportRowResult[];
  valid: number;
  invalid: number;
}

export const IMPORT_FIELDS = ['code', 'name', 'address', 'postcode', 'place', 'municipality', 'wijk', 'buurt', 'homes', 'buildingType'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

const importInput = z
  .object({
    /** The file, base64: XLSX or CSV recognised by its bytes, at most 50 MB. */
    dataBase64: z.string().max(Math.ceil((50 * 1024 * 1024 * 4) / 3) + 16, { error: 'err.import.tooLarge' }),
    /** Which file column feeds which field; unmapped fields are left empty. */
    mapping: z.partialRecord(z.enum(IMPORT_FIELDS), z.string().max(100)).default({}),
  })
  .strict();

export const overviewMethods = {
  /** Writes the "Overzicht" workbook (Samenvatting, Initiatieven, Budgetten, Overeenkomsten, Verzekeringen); returns its id. */
  'exports:overview': method<{ id: string; rows: number }>()(z.object({}).strict().default({})),
  /** Reads a complexes file and reports, row by row, what importing it would do. Changes nothing. */
  'imports:previewComplexes': method<ImportPreview>()(importInput),
  /** Imports the valid rows (all or nothing when `onlyValid` is false) in one transaction; updates by complex code. */
  'imports:complexes': method<ImportPreview & { created: number; updated: number }>()(importInput.extend({ onlyValid: z.boolean() }).strict()),
} as const;

export interface DashboardFigures {
  filters: { year: number; wijk: string | null; wijkbeheerderId: string | null };
  wijken: string[];
  initiatives: { created: number; active: number; closed: number; total: number };
  byStatus: Record<string, number>;
  byPracticeType: Record<string, number>;
  byChosenApproach: Record<string, number>;
  adviceFollowed: { followed: number; total: number };
  approachPerWijk: { wijk: string; faciliteren: number; coproduceren: number; stimuleren: number }[];
  money: { availableCents: number; allocatedCents: number; spentCents: number; remainingCents: number };
  spendingPerMonth: { month: string; spentCents: number }[];
  effortHours: number;
  agreements: { signed: number; total: number };
  requirementsExpiring: number;
}

export const dashboardMethods = {
  /** The figures of the "Overzicht" dashboard for a year, optionally one wijk and one wijkbeheerder. */
  'dashboard:figures': method<DashboardFigures>()(
    z
      .object({ year: z.number().int().min(2000).max(2100), wijk: z.string().max(100).nullable().default(null), wijkbeheerderId: z.uuid().nullable().default(null) })
      .strict(),
  ),
} as const;

export interface SavedView {
  id: string;
  gridId: string;
  name: string;
  state: Record<string, unknown>;
  shared: boolean;
  ownerName: string;
  mine: boolean;
}

export const viewMethods = {
  /** Saved views of a grid: the user's own and those shared with the team. */
  'views:list': method<SavedView[]>()(z.object({ gridId: z.string().min(1).max(60) }).strict()),
  /** Saves the grid's current filter, sort and columns under a name, for oneself or the whole team. */
  'views:save': method<SavedView>()(
    z
      .object({
        gridId: z.string().min(1).max(60),
        name: z.string().trim().min(1, { error: 'err.view.name' }).max(80, { error: 'err.text.tooLong' }),
        state: z.record(z.string(), z.unknown()),
        shared: z.boolean().default(false),
      })
      .strict(),
  ),
  /** Removes one of the user's own saved views. */
  'views:delete': method<{ id: string }>()(z.object({ id: z.uuid() }).strict()),
} as const;
