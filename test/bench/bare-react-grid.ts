/**
 * The best the product's fixed stack does: nothing but React and AG Grid's React component (ag-grid-react), asking
 * the same server the same way for the same first page of initiatives as the bare AG Grid page (foundation.ts).
 * The benchmark bundles this file for the browser; it is not part of the app. Beside the bare AG Grid page it
 * tells how much of the app's first row is the React grid itself and how much is the app around it.
 */
import { AllCommunityModule, type ColDef, ModuleRegistry } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

// As the bare page, which loads AG Grid's whole community bundle.
ModuleRegistry.registerModules([AllCommunityModule]);

type Row = Record<string, unknown>;
type Table = { columns: string[]; rows: string };

void fetch('/api/call', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  credentials: 'same-origin',
  body: JSON.stringify({ method: 'initiatives:table', input: { limit: 1000 } }),
})
  .then((response) => response.json() as Promise<{ data: Table }>)
  .then(({ data }) => {
    const rowData = (JSON.parse(data.rows) as unknown[][]).map(
      (values) => Object.fromEntries(data.columns.map((column, i) => [column, values[i]])) as Row,
    );
    const columnDefs: ColDef<Row>[] = data.columns.map((field) => ({ field }));
    createRoot(document.getElementById('grid')!).render(createElement(AgGridReact<Row>, { columnDefs, rowData }));
  });
