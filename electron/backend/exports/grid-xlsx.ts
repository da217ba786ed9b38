import ExcelJS from 'exceljs';
import type { GRID_COLUMN_KINDS } from '../../../shared/contract/exports';
import { neutralizeFormula } from '../../../shared/domain/csv';
import { AppError } from '../app-error';
import type { Job } from './jobs';
import { asDate, DATE, DATE_TIME, frozenSheet, header, text, totalRow } from './sheet';

type Kind = (typeof GRID_COLUMN_KINDS)[number];
const FORMATS: Partial<Record<Kind, string>> = { date: DATE, datetime: DATE_TIME };

interface GridWriter {
  workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  sheet: ExcelJS.Worksheet;
  kinds: Kind[];
  /** Running sums of the number columns (by 1-based column), for the total row's cached results. */
  sums: Map<number, number>;
}

const writers = new Map<string, GridWriter>();

/**
 * The current grid view as one sheet: the renderer sends the displayed columns and then the rows in pages, in
 * the grid's order; each page is committed to the streaming writer at once, so neither side holds the workbook.
 */
export function beginGrid(job: Job, sheetName: string, columns: { header: string; kind: Kind; width: number }[]) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: job.partPath,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Samenspel';
  const sheet = frozenSheet(
    workbook,
    neutralizeFormula(sheetName)
      .replace(/[[\]*?:/\\']/g, ' ')
      .slice(0, 31),
  );
  header(
    sheet,
    columns.map((c, i) => ({
      header: neutralizeFormula(c.header),
      key: String(i),
      width: c.width,
      ...(FORMATS[c.kind] ? { style: { numFmt: FORMATS[c.kind] } } : {}),
    })),
  );
  const sums = new Map(columns.flatMap((c, i) => (c.kind === 'number' ? [[i + 1, 0] as [number, number]] : [])));
  writers.set(job.id, { workbook, sheet, kinds: columns.map((c) => c.kind), sums });
  job.onDrop = () => closeGrid(job);
}

function cell(kind: Kind, value: string | number | null): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if ((kind === 'date' || kind === 'datetime') && typeof value === 'string') {
    const date = kind === 'date' ? asDate(value)! : new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return typeof value === 'number' ? value : text(value);
}

export function appendGridRows(job: Job, rows: (string | number | null)[][]) {
  const writer = writers.get(job.id);
  if (!writer || job.state !== 'bezig') throw new AppError('CONFLICT', 'err.export.notRunning');
  if (rows.some((row) => row.length !== writer.kinds.length))
    throw new AppError('VALIDATION', 'err.export.columns', { columns: writer.kinds.length });
  for (const row of rows) {
    row.forEach((value, i) => {
      const sum = writer.sums.get(i + 1);
      if (sum !== undefined && typeof value === 'number') writer.sums.set(i + 1, sum + value);
    });
    writer.sheet.addRow(row.map((value, i) => cell(writer.kinds[i]!, value))).commit();
  }
  return rows.length;
}

/**
 * Closes the workbook; for a cancelled export too, so the file handle is released before the part file goes.
 * A complete one gets a total row under its number columns.
 */
export async function closeGrid(job: Job, complete = false) {
  const writer = writers.get(job.id);
  if (!writer) return;
  writers.delete(job.id);
  if (complete && job.rows > 0 && writer.sums.size > 0) totalRow(writer.sheet, job.rows, writer.sums);
  writer.sheet.commit();
  await writer.workbook.commit();
}

export const isGridExport = (id: string) => writers.has(id);
