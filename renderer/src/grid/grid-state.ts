import type { GridState } from 'ag-grid-community';

/** Only the view choices a user makes deliberately are remembered or saved; scroll and focus are not. */
export function rememberable(state: GridState): GridState {
  const { columnOrder, columnSizing, columnVisibility, sort, filter } = state;
  return { columnOrder, columnSizing, columnVisibility, sort, filter } as GridState;
}
