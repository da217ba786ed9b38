import {
  CellApiModule,
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  DateFilterModule,
  EventApiModule,
  GridStateModule,
  LocaleModule,
  ModuleRegistry,
  NumberFilterModule,
  QuickFilterModule,
  RenderApiModule,
  RowApiModule,
  RowStyleModule,
  TextFilterModule,
  TooltipModule,
  ValidationModule,
  themeQuartz,
  type ColDef,
  type GridApi,
  type GridState,
  type RowClickedEvent,
  type CellKeyDownEvent,
  type StateUpdatedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../bridge/api';
import { useCall } from '../hooks/queries';
import { warmQuickSearch } from './quick-search-warmup';
import { rememberable } from './grid-state';
import { gridLocale } from './grid-locale';
import { GridToolbar } from './GridToolbar';
import { styleNonce } from './style-nonce';

// Only what the app's grids use: all of AG Grid's community modules were 1 MB of the 2 MB the page loads first.
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  ClientSideRowModelApiModule,
  TextFilterModule,
  NumberFilterModule,
  DateFilterModule,
  QuickFilterModule,
  GridStateModule,
  ColumnApiModule,
  RowApiModule,
  CellApiModule,
  EventApiModule,
  RenderApiModule,
  RowStyleModule,
  CellStyleModule,
  TooltipModule,
  LocaleModule,
  // Names a missing module in development; left out of the build.
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);

const theme = themeQuartz.withParams({
  accentColor: '#1d5c63',
  headerBackgroundColor: '#eef3f3',
  fontFamily: 'inherit',
});

interface DataGridProps<T> {
  /** Names the remembered column choice, sort and filters in settings. */
  gridId: string;
  rows: T[] | undefined;
  /** False while older rows are still loading behind the first page. */
  complete?: boolean;
  /** Called once the first rows are painted (to start loading the rest). */
  onFirstRowsShown?: () => void;
  /** Quick search to start with, e.g. when a dashboard figure opens the grid. */
  initialQuickFilter?: string;
  columns: ColDef<T>[];
  getRowId: (row: T) => string;
  onOpen?: (row: T) => void;
  label: string;
  height?: number | string;
}

const defaultColDef: ColDef = { sortable: true, filter: true, floatingFilter: true, resizable: true, minWidth: 90 };

/**
 * The view this user last left the grid in, remembered in the settings. AG Grid takes its initial state once,
 * when it is made (once the session is there); the state it saves back into the settings as the user works must
 * not come round again as a new initial state.
 */
function useRememberedState(gridId: string) {
  const session = useCall('session:get');
  const savedState = (data: typeof session.data) => data?.settings.gridState[gridId] as GridState | undefined;
  const [initial, setInitial] = useState(() => ({
    taken: session.data !== undefined,
    state: savedState(session.data),
  }));
  if (!initial.taken && session.data) setInitial({ taken: true, state: savedState(session.data) });
  const saveTimer = useRef<number | undefined>(undefined);
  function onStateUpdated<T>(event: StateUpdatedEvent<T>) {
    window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(() => {
      void call('settings:update', { gridState: { [gridId]: rememberable(event.state) } });
    }, 600);
  }
  return { ready: session.data !== undefined, initialState: initial.state, onStateUpdated };
}

/**
 * Each row's quick-search text is made in idle moments once rows or visible columns change; the host says when it
 * is ready (data-quick-search), which the benchmark waits for as a person glancing at the list would.
 */
function useQuickSearchWarmup() {
  const hostRef = useRef<HTMLDivElement>(null);
  const stopWarmup = useRef<() => void>(() => {});
  useEffect(() => () => stopWarmup.current(), []);
  function warmup<T>(api: GridApi<T>) {
    stopWarmup.current();
    const host = hostRef.current;
    if (host) host.dataset.quickSearch = 'warming';
    stopWarmup.current = warmQuickSearch(api, () => {
      if (host) host.dataset.quickSearch = 'ready';
    });
  }
  return { hostRef, warmup };
}

/**
 * The app's grid: AG Grid with sorting, column filters, quick search, a column chooser, and the user's view
 * remembered per grid. Enter or a click on a row opens it.
 */
export function DataGrid<T>({
  gridId,
  rows,
  complete = true,
  onFirstRowsShown,
  initialQuickFilter = '',
  columns,
  getRowId,
  onOpen,
  label,
  height = '70vh',
}: DataGridProps<T>) {
  const { i18n } = useTranslation();
  const remembered = useRememberedState(gridId);
  const [quickFilter, setQuickFilter] = useState(initialQuickFilter);
  // Rows left after the quick search and the column filters: "16 van 302 rijen".
  const [shown, setShown] = useState<number | null>(null);
  const gridRef = useRef<AgGridReact<T>>(null);
  const { hostRef, warmup } = useQuickSearchWarmup();
  const localeText = useMemo(() => gridLocale(i18n.language), [i18n.language]);

  return (
    <section className="grid-panel" aria-label={label}>
      <GridToolbar
        gridId={gridId}
        gridRef={gridRef}
        columns={columns}
        label={label}
        quickFilter={quickFilter}
        onQuickFilter={setQuickFilter}
        count={rows && { rows: rows.length, shown, complete }}
      />
      <div style={{ height }} className="grid-host" ref={hostRef}>
        {remembered.ready ? (
          <AgGridReact<T>
            ref={gridRef}
            key={i18n.language}
            theme={theme}
            styleNonce={styleNonce()}
            rowData={rows}
            columnDefs={columns}
            defaultColDef={defaultColDef}
            getRowId={(params) => getRowId(params.data)}
            quickFilterText={quickFilter}
            cacheQuickFilter
            onModelUpdated={(event) => setShown(event.api.getDisplayedRowCount())}
            localeText={localeText}
            initialState={remembered.initialState}
            onStateUpdated={remembered.onStateUpdated}
            onFirstDataRendered={(event) => {
              window.setTimeout(() => onFirstRowsShown?.(), 0);
              warmup(event.api);
            }}
            onRowDataUpdated={(event) => warmup(event.api)}
            onColumnVisible={(event) => warmup(event.api)}
            loading={rows === undefined}
            animateRows={false}
            rowClass={onOpen ? 'grid-row--link' : undefined}
            onRowClicked={(event: RowClickedEvent<T>) => event.data && onOpen?.(event.data)}
            onCellKeyDown={(event: CellKeyDownEvent<T>) => {
              if ((event.event as KeyboardEvent | null)?.key === 'Enter' && event.data) onOpen?.(event.data);
            }}
          />
        ) : null}
      </div>
    </section>
  );
}
