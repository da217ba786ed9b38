import ExcelJS from 'exceljs';
import type { GRID_COLUMN_KINDS } from '../../../shared/contract/overview-contract';
import { neutralizeFormula } from '../../../shared/domain/csv';
import nl from '../../../shared/i18n/nl.json';
import { translate } from '../../../shared/i18n/translate';
import { AppError } from '../app-error';
import type { Job } from './jobs';

type Kind = (typeof GRID_COLUMN_KINDS)[number];
const FORMATS: Partial<Record<Kind, string>> = { date: 'dd-mm-yyyy', datetime: 'dd-mm-yyyy hh:mm' };

interface GridWriter {
  workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  sheet: ExcelJS.Worksheet;
  kinds: Kind[];
  /** Running sums of the number columns, for the total row's cached results. */
  sums: number[];
}

const writers = new Map<string, GridWriter>();

/**
 * The current grid view as one sheet: the renderer sends the displayed columns and then the rows in pages, in
 * the grid's order; each page is committed to the streaming writer at once, so neither side holds the workbook.
 */
export function beginGrid(job: Job, sheetName: string, columns: { header: string; kind: Kind; width: number }[]) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: job.partPath, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Samenspel';
  const sheet = workbook.addWorksheet(neutralizeFormula(sheetName).replace(/[[\]*?:/\\']/g, ' ').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: neutralizeFormula(c.header), key: String(i), width: c.width, ...(FORMATS[c.kind] ? { style: { numFmt: FORMATS[c.kind] } } : {}) }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  writers.set(job.id, { workbook, sheet, kinds: columns.map((c) => c.kind), sums: columns.map(() => 0) });
  job.onDrop = () => closeGrid(job);
}

function cell(kind: Kind, value: string | number | null): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if ((kind === 'date' || kind === 'datetime') && typeof value === 'string') {
    const date = new Date(kind === 'date' ? `${value.slice(0, 10)}T00:00:00Z` : value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return typeof value === 'number' ? value : neutralizeFormula(value);
}

export function appendGridRows(job: Job, rows: (string | number | null)[][]) {
  const writer = writers.get(job.id);
  if (!writer || job.state !== 'bezig') throw new AppError('CONFLICT', 'err.export.notRunning');
  if (rows.some((row) => row.length !== writer.kinds.length)) throw new AppError('VALIDATION', 'err.export.columns', { columns: writer.kinds.length });
  for (const row of rows) {
    row.forEach((value, i) => {
      if (writer.kinds[i] === 'number' && typeof value === 'number') writer.sums[i]! += value;
    });
    writer.sheet.addRow(row.map((value, i) => cell(writer.kinds[i]!, value))).commit();
  }
  return rows.length;
}

/** Under the rows, a bold total (a SUM formula with its value) for every number column. */
function addTotals(writer: GridWriter, rows: number) {
  if (rows === 0 || !writer.kinds.includes('number')) return;
  const values = writer.kinds.map((kind, i): ExcelJS.CellValue => {
    if (kind !== 'number') return i === 0 ? translate(nl, 'export.total') : null;
    const column = writer.sheet.getColumn(i + 1).letter;
    return { formula: `SUM(${column}2:${column}${rows + 1})`, result: writer.sums[i]! };
  });
  const total = writer.sheet.addRow(values);
  total.font = { bold: true };
  total.commit();
}

/** Closes the workbook; for a cancelled export too, so the file handle is released before the part file goes. */
export async function closeGrid(job: Job, complete = false) {
  const writer = writers.get(job.id);
  if (!writer) return;
  writers.delete(job.id);
  if (complete) addTotals(writer, job.rows);
  await writer.sheet.commit();
  await writer.workbook.commit();
}

export const isGridExport = (id: string) => writers.has(id);
