import { AG_GRID_LOCALE_NL } from '@ag-grid-community/locale';

/** AG Grid's own texts (filters, menus, "no rows") in the UI language; English is the grid's default. */
export function gridLocale(language: string): Record<string, string> | undefined {
  return language === 'nl' ? AG_GRID_LOCALE_NL : undefined;
}
