/** Contract for overviews: the dashboard and its records, the report, exports (with progress and cancel) and imports. */
import { z } from 'zod';
import { APPROACHES } from '../domain/recommendation/facts';
import { STATUSES } from '../domain/status';
import { PRACTICE_TYPES } from '../domain/vocabulary';
import type { InitiativeRow } from '../domain/entities';
import { method } from './method';
import { boundedJson } from './fields';

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
  /** Which column feeds which field: the user's choices plus the headings recognised by themselves. */
  mapping: Record<string, string>;
  /** Per row: new, update (by complex code) or error, with the reasons. */
  results: ImportRowResult[];
  valid: number;
  invalid: number;
}

export const IMPORT_KINDS = ['complexes', 'residents'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
/** The fields each kind of import can fill, in the template's column order. */
export const IMPORT_FIELDS = {
  complexes: ['code', 'name', 'address', 'postcode', 'place', 'municipality', 'wijk', 'buurt', 'homes', 'buildingType'],
  residents: [
    'complexCode',
    'name',
    'houseNumber',
    'phone',
    'email',
    'consentPurpose',
    'consentDate',
    'roles',
    'ageBand',
    'moveInDate',
  ],
} as const satisfies Record<ImportKind, readonly string[]>;
export type ImportField<K extends ImportKind = ImportKind> = (typeof IMPORT_FIELDS)[K][number];

const RESIDENT_FIELD_LABELS: Record<ImportField<'residents'>, string> = {
  complexCode: 'initiative.complexCode',
  name: 'resident.name',
  houseNumber: 'resident.houseNumber',
  phone: 'resident.phone',
  email: 'resident.email',
  consentPurpose: 'resident.consentPurpose',
  consentDate: 'import.consentDate',
  roles: 'resident.roles',
  ageBand: 'resident.ageBand',
  moveInDate: 'welcome.moveInDate',
};

/** The translation key of a field's label: the template's column heading and the name in the report. */
export function importFieldLabel(kind: ImportKind, field: string): string {
  return kind === 'complexes'
    ? `complex.${field}`
    : (RESIDENT_FIELD_LABELS[field as ImportField<'residents'>] ?? field);
}

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const importFile = {
  kind: z.enum(IMPORT_KINDS),
  /** The file, base64: XLSX or CSV recognised by its bytes, at most 50 MB. */
  dataBase64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 16, { error: 'err.import.tooLarge' }),
  /** Which file column feeds which field; unmapped fields are mapped by their heading or left empty. */
  mapping: z.record(z.string().max(40), z.string().max(100)).default({}),
};

/** Mapping keys must be fields of the chosen kind. */
function knownFields(input: { kind: ImportKind; mapping: Record<string, string> }, ctx: z.RefinementCtx) {
  for (const key of Object.keys(input.mapping)) {
    if (!(IMPORT_FIELDS[input.kind] as readonly string[]).includes(key))
      ctx.addIssue({ code: 'custom', path: ['mapping', key], message: 'err.import.unknownField' });
  }
}

/** A workbook being written in the backend: poll it for progress, cancel it, download it when 'klaar'. */
export interface ExportStatus {
  id: string;
  state: 'bezig' | 'klaar' | 'geannuleerd' | 'mislukt';
  done: number;
  total: number;
  rows: number;
}

export const GRID_COLUMN_KINDS = ['text', 'number', 'date', 'datetime'] as const;
/** One cell of a grid view: text as shown, a number, or an ISO date for date columns; at most 32,767 characters like Excel. */
const gridCell = z.union([z.string().max(32_767, { error: 'err.export.cellTooLong' }), z.number().finite(), z.null()]);
export const GRID_EXPORT_PAGE = 2_000;

const exportId = z.object({ id: z.uuid({ error: 'err.export.unknown' }) }).strict();

export const overviewMethods = {
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
  /** Reads a complexes or residents file and reports, row by row, what importing it would do. Changes nothing. */
  'imports:preview': method<ImportPreview>()(z.object(importFile).strict().superRefine(knownFields), { reads: [] }),
  /**
   * Imports the valid rows (all or nothing when `onlyValid` is false) in one transaction. Complexes update by
   * complex code; residents by complex, name and house number.
   */
  'imports:run': method<ImportPreview & { created: number; updated: number }>()(
    z
      .object({ ...importFile, onlyValid: z.boolean() })
      .strict()
      .superRefine(knownFields),
    { changes: ['complexes', 'fieldwork'], sync: 'online' },
  ),
} as const;

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

export const dashboardMethods = {
  /** The figures of the "Overzicht" dashboard for a year, narrowed by any of the other filters. */
  'dashboard:figures': method<DashboardFigures>()(dashboardFilters, { reads: ['complexes', 'initiatives'] }),
  /** The initiatives behind one figure of the dashboard, as grid rows, newest first. */
  'dashboard:records': method<InitiativeRow[]>()(dashboardRecordsQuery, { reads: ['complexes', 'initiatives'] }),
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
  'views:list': method<SavedView[]>()(z.object({ gridId: z.string().min(1).max(60) }).strict(), {
    reads: ['settings'],
  }),
  /** Saves the grid's current filter, sort and columns under a name, for oneself or the whole team. */
  'views:save': method<SavedView>()(
    z
      .object({
        gridId: z.string().min(1).max(60),
        name: z.string().trim().min(1, { error: 'err.view.name' }).max(80, { error: 'err.text.tooLong' }),
        state: z
          .record(z.string(), z.unknown())
          .refine((state) => boundedJson(state, 100_000), { error: 'err.view.tooLarge' }),
        shared: z.boolean().default(false),
      })
      .strict(),
    { changes: ['settings'], sync: 'local' },
  ),
  /** Removes one of the user's own saved views. */
  'views:delete': method<{ id: string }>()(z.object({ id: z.uuid() }).strict(), {
    changes: ['settings'],
    sync: 'local',
  }),
} as const;
