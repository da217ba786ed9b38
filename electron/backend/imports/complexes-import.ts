import ExcelJS from 'exceljs';
import type { ImportField, ImportPreview, ImportRowResult } from '../../../shared/contract/overview-contract';
import { IMPORT_FIELDS } from '../../../shared/contract/overview-contract';
import { complexCreateInput } from '../../../shared/contract/schemas';
import { parseCsv } from '../../../shared/domain/csv';
import { BUILDING_TYPES } from '../../../shared/domain/vocabulary';
import nl from '../../../shared/i18n/nl.json';
import { translate } from '../../../shared/i18n/translate';
import { AppError, fieldError } from '../app-error';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const REQUIRED: ImportField[] = ['code', 'name', 'homes', 'buildingType'];

/** Column headings that map onto a field without the user having to choose (the template's, and common variants). */
const ALIASES: Record<ImportField, string[]> = {
  code: ['complexcode', 'code', 'complex'],
  name: ['naam', 'name', 'complexnaam'],
  address: ['adres', 'address', 'straat'],
  postcode: ['postcode', 'zip'],
  place: ['plaats', 'woonplaats', 'place'],
  municipality: ['gemeente', 'municipality'],
  wijk: ['wijk', 'district'],
  buurt: ['buurt', 'neighbourhood'],
  homes: ['aantal woningen', 'woningen', 'eenheden', 'homes'],
  buildingType: ['bouwtype', 'type', 'building type'],
};

/** Reads the file's rows: XLSX by its ZIP signature, CSV when it is plain UTF-8 text; anything else is refused. */
export async function readSpreadsheet(bytes: Buffer): Promise<string[][]> {
  if (bytes.length === 0) throw fieldError('file', 'err.attachment.empty');
  if (bytes.length > MAX_IMPORT_BYTES) throw fieldError('file', 'err.import.tooLarge');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw fieldError('file', 'err.import.notSpreadsheet');
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw fieldError('file', 'err.import.empty');
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).text.trim());
      rows.push(cells);
    });
    return rows;
  }
  const head = bytes.subarray(0, 4096);
  const text = bytes.toString('utf8');
  if (head.includes(0) || text.includes('\uFFFD')) throw fieldError('file', 'err.import.notSpreadsheet');
  return parseCsv(text);
}

export function autoMapping(columns: string[]): Partial<Record<ImportField, string>> {
  const mapping: Partial<Record<ImportField, string>> = {};
  for (const field of IMPORT_FIELDS) {
    const label = translate(nl, `complex.${field}`).toLowerCase();
    const hit = columns.find((c) => [label, ...ALIASES[field]].includes(c.trim().toLowerCase()));
    if (hit) mapping[field] = hit;
  }
  return mapping;
}

/** "Portiekflat", "portiekflat" or the Dutch label all mean the same building type. */
function buildingTypeOf(text: string): string {
  const t = text.trim().toLowerCase();
  return BUILDING_TYPES.find((type) => type === t || translate(nl, `buildingType.${type}`).toLowerCase() === t) ?? text;
}

/** "48" and "48,0" are numbers; "twintig" stays text so validation names it. */
function numberOf(text: string): number | string {
  const normalised = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : text;
}

export interface PlannedRow {
  result: ImportRowResult;
  values?: ReturnType<typeof complexCreateInput.parse>;
}

/** Validates every row against the same rules as the complex form, and says per row what importing would do. */
export function planImport(rows: string[][], requested: Partial<Record<ImportField, string>>, existingCode: (code: string) => boolean): { preview: ImportPreview; plan: PlannedRow[] } {
  const [headerRow = [], ...data] = rows;
  const columns = headerRow.map((c) => c.trim());
  const mapping = { ...autoMapping(columns), ...requested };
  const missing = REQUIRED.find((field) => !mapping[field] || !columns.includes(mapping[field]!));
  if (missing) throw new AppError('VALIDATION', 'err.import.missingColumn', { column: translate(nl, `complex.${missing}`) });
  const index = Object.fromEntries(Object.entries(mapping).map(([field, column]) => [field, columns.indexOf(column!)])) as Partial<Record<ImportField, number>>;
  const seen = new Map<string, number>();
  const plan = data.map((cells, i): PlannedRow => {
    const raw = (field: ImportField) => (index[field] !== undefined && index[field]! >= 0 ? (cells[index[field]!] ?? '') : '');
    const candidate = {
      code: raw('code').trim(), name: raw('name'), address: raw('address'), postcode: raw('postcode'), place: raw('place'), municipality: raw('municipality'),
      wijk: raw('wijk'), buurt: raw('buurt'), homes: numberOf(raw('homes')), buildingType: buildingTypeOf(raw('buildingType')),
    };
    const row = i + 2;
    const parsed = complexCreateInput.safeParse(candidate);
    const errors: ImportRowResult['errors'] = parsed.success
      ? []
      : parsed.error.issues
          .filter((issue, n, all) => all.findIndex((o) => o.path[0] === issue.path[0]) === n)
          .map((issue) => ({ column: String(issue.path[0] ?? ''), messageKey: issue.message.startsWith('err.') ? issue.message : 'err.invalidValue' }));
    const key = candidate.code.toLowerCase();
    if (key && seen.has(key)) errors.push({ column: 'code', messageKey: 'err.import.duplicateCode', params: { row: seen.get(key)! } });
    else if (key) seen.set(key, row);
    const action: ImportRowResult['action'] = errors.length ? 'fout' : existingCode(candidate.code) ? 'bijwerken' : 'nieuw';
    return { result: { row, code: candidate.code, action, errors }, ...(errors.length === 0 && parsed.success ? { values: parsed.data } : {}) };
  });
  const valid = plan.filter((p) => p.values).length;
  return { preview: { columns, sample: data.slice(0, 5), results: plan.map((p) => p.result), valid, invalid: plan.length - valid }, plan };
}
