import type { Column, GridApi, IRowNode } from 'ag-grid-community';
import { csvLine } from '../../../shared/domain/csv';

/** Hands a file to the user: a download in browser mode; Electron shows its save dialog for the same download. */
export function downloadFile(name: string, content: BlobPart, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * What you see is what you export: the displayed columns, the rows after filter and sort, the values as the grid
 * shows them (numbers stay numbers). Built in slices so 100,000 rows never freeze the window, with progress and
 * cancel.
 */
export async function exportGridCsv<T>(api: GridApi<T>, name: string, onProgress: (done: number, total: number) => void, signal: AbortSignal) {
  const columns: Column[] = api.getAllDisplayedColumns();
  const nodes: IRowNode<T>[] = [];
  api.forEachNodeAfterFilterAndSort((node) => nodes.push(node));
  const lines = [`\uFEFF${csvLine(columns.map((c) => c.getColDef().headerName ?? c.getColId()))}`];
  const SLICE = 5_000;
  for (let start = 0; start < nodes.length; start += SLICE) {
    if (signal.aborted) return false;
    for (const node of nodes.slice(start, start + SLICE)) {
      lines.push(
        csvLine(
          columns.map((column) => {
            const raw = api.getCellValue({ rowNode: node, colKey: column });
            return typeof raw === 'number' ? raw : api.getCellValue({ rowNode: node, colKey: column, useFormatter: true });
          }),
        ),
      );
    }
    onProgress(Math.min(start + SLICE, nodes.length), nodes.length);
    await new Promise((resolve) => window.setTimeout(resolve, 0));
  }
  downloadFile(name, `${lines.join('\r\n')}\r\n`, 'text/csv;charset=utf-8');
  return true;
}
