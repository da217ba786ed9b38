import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { BudgetRow } from '../../../../shared/contract/money';
import { formatEuro } from '../../../../shared/domain/money';

/** A money column: sorted and filtered on cents, shown in euros. */
const euros = (
  t: TFunction,
  field: 'available' | 'allocated' | 'spent' | 'remaining',
  language: string,
): ColDef<BudgetRow> => ({
  field,
  headerName: t(`budget.${field}`),
  width: 150,
  type: 'numericColumn',
  filter: 'agNumberColumnFilter',
  valueFormatter: (p) => (typeof p.value === 'number' ? formatEuro(p.value, language) : ''),
});

/** The complex budgets of a year as a grid: at 2,000 complexes, cards would be a page of 225,000 px. */
export function budgetColumns(t: TFunction, language: string): ColDef<BudgetRow>[] {
  return [
    { field: 'complexCode', headerName: t('complex.code'), width: 150, sort: 'asc' },
    { field: 'name', headerName: t('budget.name'), flex: 1, minWidth: 200 },
    euros(t, 'available', language),
    euros(t, 'allocated', language),
    euros(t, 'spent', language),
    euros(t, 'remaining', language),
    // Text, not AG Grid's checkbox for a boolean: read aloud and filtered as "ja" / "nee".
    {
      colId: 'closed',
      headerName: t('budget.closedColumn'),
      width: 130,
      valueGetter: (p) => t(p.data?.closed ? 'common.yes' : 'common.no'),
    },
  ];
}
