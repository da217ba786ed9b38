import type { GridApi } from 'ag-grid-community';
import { GRID_EXPORT_PAGE, type ExportStatus } from '../../../shared/contract/exports';
import { call } from '../bridge/api';
import { displayedView, inSlices } from './displayed-view';

/**
 * The grid view as one Excel sheet: the backend writes it with exceljs's streaming writer while the page sends
 * the rows in pages of 2,000, so neither side holds a 100,000-row workbook. Returns the finished job, or the
 * cancelled one when the signal fired (the backend then removes what it wrote).
 */
export async function exportGridXlsx<T>(
  api: GridApi<T>,
  sheet: string,
  onStatus: (status: ExportStatus) => void,
  signal: AbortSignal,
): Promise<ExportStatus> {
  const view = displayedView(api);
  const begun = await call('exports:gridBegin', {
    // Excel allows 31 characters in a sheet name; a grid's label ("Initiatieven van <code>") can be longer.
    sheet: sheet.slice(0, 31),
    total: view.nodes.length,
    columns: view.headers.map((header, i) => ({ header, kind: view.kinds[i]!, width: view.widths[i]! })),
  });
  onStatus(begun);
  try {
    const complete = await inSlices(view.nodes, GRID_EXPORT_PAGE, signal, async (slice) => {
      onStatus(await call('exports:gridRows', { id: begun.id, rows: slice.map((node) => view.values(node, true)) }));
    });
    return complete
      ? await call('exports:gridFinish', { id: begun.id })
      : await call('exports:cancel', { id: begun.id });
  } catch (error) {
    // A page the backend refused: stop the export so it leaves nothing behind, then report the failure.
    await call('exports:cancel', { id: begun.id }).catch(() => undefined);
    throw error;
  }
}
