/** Contract for imports: a complexes or residents file, previewed row by row, then imported. */
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

export const importMethods = {
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
