import type { ColDef } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadWorkbook, useExport } from '../hooks/use-export';
import { ColumnChooser } from './ColumnChooser';
import { exportGridCsv } from './export-csv';
import { ExportProgress } from './ExportProgress';
import { SavedViews } from './SavedViews';

const counts = new Intl.NumberFormat('nl-NL');
const formatCount = (n: number) => counts.format(n);

/** Exports what the grid shows, as CSV or as a workbook, with progress and cancel. */
function useGridExport<T>(gridRef: RefObject<AgGridReact<T> | null>, label: string) {
  const exporter = useExport();
  // Named after what the user sees ("Initiatieven van C1001"), so two exports are told apart in the Downloads folder.
  const fileName = (extension: string) =>
    `${label.replace(/[\\/:*?"<>|]+/g, '').trim()} ${new Date().toISOString().slice(0, 10)}.${extension}`;
  const exportAs = (format: 'csv' | 'xlsx') =>
    void exporter.run(async (onProgress, signal) => {
      const api = gridRef.current?.api;
      if (!api) return 'mislukt';
      if (format === 'csv')
        return (await exportGridCsv(api, fileName('csv'), (done, total) => onProgress({ done, total }), signal))
          ? 'klaar'
          : 'geannuleerd';
      // Loaded when used: it brings the export contract (its schemas), which the grid's first row need not wait for.
      const { exportGridXlsx } = await import('./export-xlsx');
      return downloadWorkbook(await exportGridXlsx(api, label, onProgress, signal), fileName('xlsx'));
    });
  return { exporter, exportAs };
}

/** "16 van 302 rijen" once a search or filter hides rows; "302 rijen (meer worden geladen)" while loading. */
function RowCount({ count }: { count?: { rows: number; shown: number | null; complete: boolean } }) {
  const { t } = useTranslation();
  if (!count) return <>{t('common.loading')}</>;
  const { rows, shown, complete } = count;
  if (shown !== null && shown < rows && complete)
    return <>{t('grid.rowCountOf', { shown: formatCount(shown), count: rows, total: formatCount(rows) })}</>;
  return <>{t(complete ? 'grid.rowCount' : 'grid.rowCountLoading', { count: rows, total: formatCount(rows) })}</>;
}

/** Above every grid: quick search, how many rows, export, saved views and the column chooser. */
export function GridToolbar<T>({
  gridId,
  gridRef,
  columns,
  label,
  quickFilter,
  onQuickFilter,
  count,
}: {
  gridId: string;
  gridRef: RefObject<AgGridReact<T> | null>;
  columns: ColDef<T>[];
  label: string;
  quickFilter: string;
  onQuickFilter: (text: string) => void;
  count?: { rows: number; shown: number | null; complete: boolean };
}) {
  const { t } = useTranslation();
  const { exporter, exportAs } = useGridExport(gridRef, label);
  return (
    <div className="grid-toolbar">
      <label className="grid-toolbar__search">
        <span className="visually-hidden">{t('grid.quickSearch')}</span>
        <input
          type="search"
          placeholder={t('grid.quickSearch')}
          value={quickFilter}
          onChange={(e) => onQuickFilter(e.target.value)}
        />
      </label>
      <span className="muted" role="status">
        <RowCount count={count} />
      </span>
      <ExportProgress exporter={exporter} />
      {exporter.progress ? null : (
        <span className="grid-toolbar__export">
          <button type="button" className="button button--secondary" onClick={() => exportAs('csv')}>
            {t('export.csv')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => exportAs('xlsx')}>
            {t('export.xlsx')}
          </button>
        </span>
      )}
      <SavedViews gridId={gridId} gridRef={gridRef} />
      <ColumnChooser gridRef={gridRef} columns={columns} />
    </div>
  );
}
