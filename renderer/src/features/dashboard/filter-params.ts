import type { DashboardFilters } from '../../../../shared/contract/overview-contract';

/** The filters as URL search parameters, so the report opens with exactly what the dashboard shows. */
const KEYS = ['wijk', 'wijkbeheerderId', 'complexId', 'status', 'practiceType', 'advisedApproach', 'chosenApproach'] as const;

export function emptyFilters(year: number): DashboardFilters {
  return { year, wijk: null, wijkbeheerderId: null, complexId: null, status: null, practiceType: null, advisedApproach: null, chosenApproach: null };
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
