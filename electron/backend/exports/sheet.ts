import type ExcelJS from 'exceljs';
import { neutralizeFormula } from '../../../shared/domain/csv';
import nl from '../../../shared/i18n/nl.json';
import { translate } from '../../../shared/i18n/translate';

/** What every sheet Samenspel writes has in common: formats, safe text, real dates, header and totals. */
export const EURO = '"€" #,##0.00';
export const DATE = 'dd-mm-yyyy';
export const DATE_TIME = 'dd-mm-yyyy hh:mm';
export const label = (key: string) => translate(nl, key);

/** Text as a cell: formula injection neutralised; empty stays empty. */
export const text = (value: string | null | undefined) =>
  value === null || value === undefined ? null : neutralizeFormula(value);

/** A YYYY-MM-DD (or the date part of an instant) as a real Excel date. */
export const asDate = (value: string | null | undefined) =>
  value ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : null;

/** A new sheet with its header row frozen. */
export function frozenSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string) {
  return workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
}

/** Columns with a bold header row and an autofilter over them. */
export function header(sheet: ExcelJS.Worksheet, columns: Partial<ExcelJS.Column>[]) {
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

/**
 * A bold total row under `rows` data rows: in each summed column a SUM formula with its value cached (so the
 * figure shows before Excel recalculates), and the label "Totaal" in `labelColumn`.
 */
export function totalRow(sheet: ExcelJS.Worksheet, rows: number, sums: Map<number, number>, labelColumn = 1) {
  const values: ExcelJS.CellValue[] = [];
  // The streaming writer does not count columns; the row only needs to reach the last summed one.
  for (let column = 1; column <= Math.max(labelColumn, ...sums.keys()); column++) {
    const result = sums.get(column);
    const letter = sheet.getColumn(column).letter;
    // An empty sheet gets 0, not SUM(D2:D1): that range runs upwards into the total itself, a circular reference.
    const total = rows === 0 ? 0 : { formula: `SUM(${letter}2:${letter}${rows + 1})`, result };
    values.push(result === undefined ? (column === labelColumn ? label('export.total') : null) : total);
  }
  const row = sheet.addRow(values);
  row.font = { bold: true };
  row.commit();
}
