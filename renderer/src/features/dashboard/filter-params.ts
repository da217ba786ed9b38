import type { DashboardFilters, DashboardRecordsQuery } from '../../../../shared/contract/dashboard';

/** The filters as URL search parameters, so the report opens with exactly what the dashboard shows. */
const KEYS = [
  'wijk',
  'wijkbeheerderId',
  'complexId',
  'status',
  'practiceType',
  'advisedApproach',
  'chosenApproach',
] as const;

export function emptyFilters(year: number): DashboardFilters {
  return {
    year,
    wijk: null,
    wijkbeheerderId: null,
    complexId: null,
    status: null,
    practiceType: null,
    advisedApproach: null,
    chosenApproach: null,
  };
}

export function filtersToSearch(filters: DashboardFilters): string {
  const params = new URLSearchParams({ jaar: String(filters.year) });
  for (const key of KEYS) if (filters[key]) params.set(key, filters[key]!);
  return params.toString();
}

/** Unknown values are passed on as they are: the contract refuses them with a specific message. */
export function filtersFromSearch(search: URLSearchParams, fallbackYear: number): DashboardFilters {
  const year = Number(search.get('jaar'));
  const filters = emptyFilters(Number.isInteger(year) && search.has('jaar') ? year : fallbackYear);
  for (const key of KEYS) (filters as Record<string, unknown>)[key] = search.get(key) || null;
  return filters;
}

/** A figure's records: the dashboard's filters plus the figure (and the funnel status or the wijk/approach bar). */
export function recordsSearch(query: DashboardRecordsQuery): string {
  const params = new URLSearchParams(filtersToSearch(query.filters));
  params.set('cijfer', query.figure);
  if (query.status) params.set('cijferStatus', query.status);
  if (query.wijk !== undefined) params.set('cijferWijk', query.wijk);
  if (query.approach) params.set('cijferAanpak', query.approach);
  return params.toString();
}

/** The figure query in a grid's address, or undefined for the plain list. The contract checks the values. */
export function recordsFromSearch(search: URLSearchParams): DashboardRecordsQuery | undefined {
  const figure = search.get('cijfer');
  if (!figure) return undefined;
  return {
    filters: filtersFromSearch(search, new Date().getFullYear()),
    figure: figure as DashboardRecordsQuery['figure'],
    ...(search.get('cijferStatus') ? { status: search.get('cijferStatus') as DashboardRecordsQuery['status'] } : {}),
    ...(search.has('cijferWijk') ? { wijk: search.get('cijferWijk')! } : {}),
    ...(search.get('cijferAanpak')
      ? { approach: search.get('cijferAanpak') as DashboardRecordsQuery['approach'] }
      : {}),
  };
}
