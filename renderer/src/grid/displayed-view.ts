import type { ColDef, Column, GridApi, IRowNode } from 'ag-grid-community';
import type { GRID_COLUMN_KINDS } from '../../../shared/contract/exports';

export type ColumnKind = (typeof GRID_COLUMN_KINDS)[number];

/** Column definitions mark date columns with `context: { exportKind }` so the workbook gets real dates. */
export interface ExportContext {
  exportKind?: ColumnKind;
}

/**
 * What you see is what you export: the displayed columns in their order and the rows after filter and sort.
 * Values are as the grid shows them; numbers stay numbers, and for a typed export date columns give the ISO value.
 */
export function displayedView<T>(api: GridApi<T>) {
  const columns: Column[] = api.getAllDisplayedColumns();
  const nodes: IRowNode<T>[] = [];
  api.forEachNodeAfterFilterAndSort((node) => nodes.push(node));
  // Numeric columns (AG Grid's 'numericColumn' type) get a total in the workbook; dates are marked by the column.
  const kindOf = (def: ColDef): ColumnKind =>
    (def.context as ExportContext | undefined)?.exportKind ??
    ([def.type].flat().includes('numericColumn') ? 'number' : 'text');
  const kinds: ColumnKind[] = columns.map((c) => kindOf(c.getColDef()));
  const values = (node: IRowNode<T>, typed: boolean): (string | number | null)[] =>
    columns.map((column, i) => {
      const raw: unknown = api.getCellValue({ rowNode: node, colKey: column });
      if (typeof raw === 'number') return raw;
      if (typed && kinds[i] !== 'text') return typeof raw === 'string' && raw ? raw : null;
      return (
        (api.getCellValue({ rowNode: node, colKey: column, useFormatter: true }) as string | null | undefined) ?? null
      );
    });
  return {
    headers: columns.map((c) => c.getColDef().headerName ?? c.getColId()),
    widths: columns.map((c) => Math.max(4, Math.min(120, Math.round(c.getActualWidth() / 7)))),
    kinds,
    nodes,
    values,
  };
}

/** Walks the rows in slices, yielding to the page between slices so 100,000 rows never freeze the window. */
export async function inSlices<T>(
  items: T[],
  size: number,
  signal: AbortSignal,
  each: (slice: T[], done: number) => Promise<void> | void,
): Promise<boolean> {
  for (let start = 0; start < items.length; start += size) {
    if (signal.aborted) return false;
    const slice = items.slice(start, start + size);
    await each(slice, start + slice.length);
    await new Promise((resolve) => window.setTimeout(resolve, 0));
  }
  return !signal.aborted;
}
