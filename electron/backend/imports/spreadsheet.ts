import ExcelJS from 'exceljs';
import { MAX_IMPORT_BYTES } from '../../../shared/contract/overview-contract';

/** An import reads at most this many rows (a corporation's residents fit many times) and columns. */
export const MAX_IMPORT_ROWS = 100_000;
const MAX_IMPORT_COLUMNS = 60;
import { parseCsv } from '../../../shared/domain/csv';
import { fieldError } from '../app-error';


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
    // exceljs computes columnCount by walking every row, so it is read once, not once per row (that was quadratic:
    // 30 s at 17,839 rows). Only the columns an import can map are read, and at most MAX_IMPORT_ROWS rows.
    if (sheet.rowCount > MAX_IMPORT_ROWS + 1) throw fieldError('file', 'err.import.tooManyRows', { max: MAX_IMPORT_ROWS });
    const columns = Math.min(sheet.columnCount, MAX_IMPORT_COLUMNS);
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= columns; c++) cells.push(row.getCell(c).text.trim());
      rows.push(cells);
    });
    return rows;
  }
  const head = bytes.subarray(0, 4096);
  const text = bytes.toString('utf8');
  if (head.includes(0) || text.includes('\uFFFD')) throw fieldError('file', 'err.import.notSpreadsheet');
  const rows = parseCsv(text);
  if (rows.length > MAX_IMPORT_ROWS + 1) throw fieldError('file', 'err.import.tooManyRows', { max: MAX_IMPORT_ROWS });
  return rows;
}
