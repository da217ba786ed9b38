import type { InitiativeRow } from '../../../shared/domain/entities';
import { useCall } from './queries';

/** The first page is small, so the grid shows rows at once; the rest follows in one request behind it. */
export const FIRST_PAGE = 1_000;

/**
 * All initiatives (of one complex, or of all), loaded in two steps: the newest 1,000, then everything older.
 * `complete` tells the grid whether sorting and filtering already cover every row.
 */
export function useInitiativeRows(complexId?: string) {
  const scope = complexId ? { complexId } : {};
  const first = useCall('initiatives:list', { ...scope, limit: FIRST_PAGE });
  const firstRows = first.data;
  const needsRest = firstRows !== undefined && firstRows.length === FIRST_PAGE;
  const rest = useCall('initiatives:list', { ...scope, before: firstRows?.[FIRST_PAGE - 1]?.id }, { enabled: needsRest });
  const rows: InitiativeRow[] | undefined = firstRows && (needsRest ? (rest.data ? [...firstRows, ...rest.data] : firstRows) : firstRows);
  return { rows, complete: firstRows !== undefined && (!needsRest || rest.data !== undefined), error: first.error ?? rest.error };
}
