import type { ImportPreview, ImportRowResult } from '../../../shared/contract/imports';
import { AppError } from '../app-error';
import { pacedBy } from '../pacing';

type RowErrors = ImportRowResult['errors'];

/** What one kind of import (complexes, residents) contributes to the shared plan: fields, validation, identity. */
/** A row's values carry the record they update, found once while planning and used again when writing. */
export interface RowValues {
  existingId: string | undefined;
}

export interface ImportSpec<F extends string, V extends RowValues> {
  fields: readonly F[];
  required: readonly F[];
  /** Column headings that map onto a field without the user choosing (the template's, and common variants). */
  aliases: Record<F, string[]>;
  /** The field's Dutch label: the template's heading and the name in "column missing". */
  label: (field: F) => string;
  /** Validates one row from the text of its cells, with the same rules as the form. */
  validate: (raw: (field: F) => string) => { values?: V; errors: RowErrors };
  /** Identifies the row: `key` finds duplicates inside the file, `label` shows it in the report. */
  identity: (raw: (field: F) => string) => { key: string; label: string };
  /** The message for a row that repeats an earlier one in the file, and the column it is shown under. */
  duplicateKey: string;
  duplicateColumn: F;
  /**
   * The order valid rows are written in, when it matters: rows that sit side by side in the table's indexes touch
   * fewer of the database's pages than the file's order does, and the import's one commit writes each touched page.
   */
  writeOrder?: (values: V) => string;
}

export interface PlannedRow<V extends RowValues> {
  result: ImportRowResult;
  values?: V;
}

export function autoMapping<F extends string, V extends RowValues>(
  spec: ImportSpec<F, V>,
  columns: string[],
): Partial<Record<F, string>> {
  const mapping: Partial<Record<F, string>> = {};
  for (const field of spec.fields) {
    const names = [spec.label(field).toLowerCase(), ...spec.aliases[field]];
    const hit = columns.find((c) => names.includes(c.trim().toLowerCase()));
    if (hit) mapping[field] = hit;
  }
  return mapping;
}

/** The valid rows' values, in the spec's write order (else the file's). */
export function inWriteOrder<V extends RowValues>(spec: ImportSpec<string, V>, plan: PlannedRow<V>[]): V[] {
  const values = plan.flatMap((row) => (row.values ? [row.values] : []));
  const order = spec.writeOrder;
  if (!order) return values;
  const keyed = values.map((value) => ({ key: order(value), value }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((entry) => entry.value);
}

/** Turns zod issues into the report's per-column errors, one per column. */
export function issuesToErrors(issues: { path: PropertyKey[]; message: string }[]): RowErrors {
  return issues
    .filter((issue, n, all) => all.findIndex((o) => o.path[0] === issue.path[0]) === n)
    .map((issue) => ({
      column: String(issue.path[0] ?? ''),
      messageKey: issue.message.startsWith('err.') ? issue.message : 'err.invalidValue',
    }));
}

/**
 * Says, row by row, what importing would do: new, update, or error with the reasons. Changes nothing. It awaits
 * `pause` about every 15 ms of work (pacedBy), so a file of 20,000 rows does not hold up the app.
 */
export async function planImport<F extends string, V extends RowValues>(
  spec: ImportSpec<F, V>,
  rows: string[][],
  requested: Partial<Record<string, string>>,
  pause: () => Promise<void> = async () => undefined,
): Promise<{ preview: ImportPreview; plan: PlannedRow<V>[] }> {
  const [headerRow = [], ...data] = rows;
  const columns = headerRow.map((c) => c.trim());
  const mapping: Partial<Record<string, string>> = { ...autoMapping(spec, columns), ...requested };
  const missing = spec.required.find((field) => !mapping[field] || !columns.includes(mapping[field]));
  if (missing) throw new AppError('VALIDATION', 'err.import.missingColumn', { column: spec.label(missing) });
  const index = new Map(spec.fields.map((field) => [field, mapping[field] ? columns.indexOf(mapping[field]) : -1]));
  const seen = new Map<string, number>();
  const planRow = (cells: string[], i: number): PlannedRow<V> => {
    const raw = (field: F) => {
      const at = index.get(field) ?? -1;
      return at >= 0 ? (cells[at] ?? '') : '';
    };
    const row = i + 2;
    const { values, errors } = spec.validate(raw);
    const { key, label } = spec.identity(raw);
    if (key && seen.has(key))
      errors.push({ column: spec.duplicateColumn, messageKey: spec.duplicateKey, params: { row: seen.get(key)! } });
    else if (key) seen.set(key, row);
    const ok = errors.length === 0 && values !== undefined;
    const action: ImportRowResult['action'] = !ok ? 'fout' : values.existingId ? 'bijwerken' : 'nieuw';
    return { result: { row, code: label, action, errors }, ...(ok ? { values } : {}) };
  };
  const plan: PlannedRow<V>[] = [];
  const paced = pacedBy(pause);
  for (const [i, cells] of data.entries()) {
    plan.push(planRow(cells, i));
    if (paced.due()) await paced.pause();
  }
  const valid = plan.filter((p) => p.values).length;
  const effective = Object.fromEntries(
    Object.entries(mapping).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && columns.includes(entry[1]),
    ),
  );
  return {
    preview: {
      columns,
      sample: data.slice(0, 5),
      mapping: effective,
      results: plan.map((p) => p.result),
      valid,
      invalid: plan.length - valid,
    },
    plan,
  };
}
