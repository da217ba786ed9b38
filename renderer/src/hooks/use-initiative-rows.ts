import { useState } from 'react';
import type { InitiativeRow } from '../../../shared/domain/entities';
import { useCall } from './queries';

/** The first page is small, so the grid shows rows at once; the rest follows in one request behind it. */
export const FIRST_PAGE = 1_000;

/**
 * All initiatives (of one complex, or of all), loaded in two steps: the newest 1,000, then, once those are on
 * screen (`onFirstRowsShown`), everything older. Parsing the rest takes the main thread for a moment, so it
 * must not delay the first paint. `complete` tells the grid whether sorting and filtering cover every row.
 */
export function useInitiativeRows(complexId?: string, enabled = true) {
  const scope = complexId ? { complexId } : {};
  const [shown, setShown] = useState(false);
  const first = useCall('initiatives:list', { ...scope, limit: FIRST_PAGE }, { enabled });
  const firstRows = first.data;
  const needsRest = shown && firstRows !== undefined && firstRows.length === FIRST_PAGE;
  const rest = useCall('initiatives:list', { ...scope, before: firstRows?.[FIRST_PAGE - 1]?.id }, { enabled: needsRest });
  const rows: InitiativeRow[] | undefined = firstRows && (needsRest ? (rest.data ? [...firstRows, ...rest.data] : firstRows) : firstRows);
  const complete = firstRows !== undefined && (firstRows.length < FIRST_PAGE || rest.data !== undefined);
  return { rows, complete, error: first.error ?? rest.error, onFirstRowsShown: () => setShown(true) };
}
