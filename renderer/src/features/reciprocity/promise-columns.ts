import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { PromiseRecord } from '../../../../shared/contract/reciprocity';
import { formatDate } from '../../components/format';
import type { ExportContext } from '../../grid/displayed-view';

/** Every promise of the team as a grid: sortable, filterable, saved as a view and exported like every list. */
export function promiseColumns(t: TFunction, language: string): ColDef<PromiseRecord>[] {
  const date = (field: 'promisedOn' | 'dueDate' | 'keptOn', header: string): ColDef<PromiseRecord> => ({
    field,
    headerName: header,
    width: 140,
    filter: false,
    valueFormatter: (p) => formatDate(p.value as string | null, language),
    context: { exportKind: 'date' } satisfies ExportContext,
  });
  const state = (value: unknown) => t(`promise.state.${String(value)}`);
  return [
    { field: 'what', headerName: t('promise.what'), flex: 1, minWidth: 220 },
    {
      field: 'state',
      headerName: t('promise.stateHeader'),
      width: 170,
      valueFormatter: (p) => state(p.value),
      filterValueGetter: (p) => state(p.data?.state),
      getQuickFilterText: (p) => state(p.value),
    },
    {
      colId: 'whom',
      headerName: t('promise.whom'),
      width: 180,
      valueGetter: (p) => p.data?.residentName ?? p.data?.toGroup ?? '',
    },
    { field: 'complexCode', headerName: t('initiative.complexCode'), width: 110 },
    { field: 'wijk', headerName: t('complex.wijk'), width: 130 },
    { field: 'promisedByName', headerName: t('promise.promisedBy'), width: 170 },
    date('promisedOn', t('promise.promisedOn')),
    { ...date('dueDate', t('promise.dueDate')), sort: 'asc' },
    date('keptOn', t('promise.keptOnHeader')),
  ];
}
