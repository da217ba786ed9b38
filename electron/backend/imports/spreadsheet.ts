import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { MAX_IMPORT_BYTES } from '../../../shared/contract/imports';

/** An import reads at most this many rows (a corporation's residents fit many times) and columns. */
export const MAX_IMPORT_ROWS = 100_000;
const MAX_IMPORT_COLUMNS = 60;
import { parseCsv } from '../../../shared/domain/csv';
import { fieldError } from '../app-error';

/**
 * Reads a workbook in a worker thread: unpacking and parsing a large XLSX takes seconds of pure computation, and
 * on the main thread that stalled every other request (and, in the desktop app, the window). exceljs computes
 * columnCount by walking every row, so it is read once (per row it was quadratic: 30 s at 17,839 rows).
 */
const XLSX_WORKER =
  `
const { parentPort, workerData } = require('node:worker_threads');
const ExcelJS = require(workerData.exceljs);
(async () => {
  const workbook = new ExcelJS.Workbook();
  try { await workbook.xlsx.load(workerData.bytes); } catch { return parentPort.postMessage({ error: ` +
  `'notSpreadsheet' }); }
  const sheet = workbook.worksheets[0];
  if (!sheet) return parentPort.postMessage({ error: 'empty' });
  if (sheet.rowCount > workerData.maxRows + 1) return parentPort.postMessage({ error: 'tooManyRows' });
  const columns = Math.min(sheet.columnCount, workerData.maxColumns);
  let rows = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells = [];
    for (let c = 1; c <= columns; c++) cells.push(row.getCell(c).text.trim());
    rows.push(cells);
    if (rows.length === workerData.rowsPerMessage) { parentPort.postMessage({ rows }); rows = []; }
  });
  parentPort.postMessage({ rows, done: true });
})();`;

type WorkerAnswer = { rows: string[][]; done?: true } | { error: 'notSpreadsheet' | 'empty' | 'tooManyRows' };

function inWorker(bytes: Buffer): Promise<WorkerAnswer> {
  // The bundled app and Playwright run this as CommonJS (require exists); vitest runs it as ESM from the repository.
  const resolve = typeof require === 'function' ? require : createRequire(join(process.cwd(), 'package.json'));
  const worker = new Worker(XLSX_WORKER, {
    eval: true,
    workerData: {
      bytes,
      exceljs: resolve.resolve('exceljs'),
      maxRows: MAX_IMPORT_ROWS,
      maxColumns: MAX_IMPORT_COLUMNS,
      // In pieces: taking 20,000 rows from the worker in one message held the main thread for about 40 ms.
      rowsPerMessage: 2_000,
    },
  });
  const rows: string[][] = [];
  return new Promise((done, fail) => {
    worker.on('message', (answer: WorkerAnswer) => {
      if (!('error' in answer)) for (const row of answer.rows) rows.push(row);
      if ('error' in answer || answer.done) {
        done('error' in answer ? answer : { rows });
        void worker.terminate();
      }
    });
    worker.once('error', fail);
  });
}

/** Reads the file's rows: XLSX by its ZIP signature, CSV when it is plain UTF-8 text; anything else is refused. */
export async function readSpreadsheet(bytes: Buffer): Promise<string[][]> {
  if (bytes.length === 0) throw fieldError('file', 'err.attachment.empty');
  if (bytes.length > MAX_IMPORT_BYTES) throw fieldError('file', 'err.import.tooLarge');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const answer = await inWorker(bytes);
    if ('error' in answer)
      throw fieldError(
        'file',
        `err.import.${answer.error}`,
        answer.error === 'tooManyRows' ? { max: MAX_IMPORT_ROWS } : undefined,
      );
    return answer.rows;
  }
  const head = bytes.subarray(0, 4096);
  const text = bytes.toString('utf8');
  if (head.includes(0) || text.includes('\uFFFD')) throw fieldError('file', 'err.import.notSpreadsheet');
  const rows = parseCsv(text);
  if (rows.length > MAX_IMPORT_ROWS + 1) throw fieldError('file', 'err.import.tooManyRows', { max: MAX_IMPORT_ROWS });
  return rows;
}
