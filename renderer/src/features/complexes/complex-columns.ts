import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { Complex } from '../../../../shared/domain/entities';
import { vocab } from '../../components/format';

const sharedObjectLabels = (t: TFunction, complex: Complex | undefined) =>
  complex?.sharedObjects.map((value) => vocab(t, 'sharedObject', value)).join(', ') ?? '';

export function complexColumns(t: TFunction): ColDef<Complex>[] {
  return [
    { field: 'code', headerName: t('complex.code'), width: 110, sort: 'asc' },
    { field: 'name', headerName: t('complex.name'), flex: 1, minWidth: 180 },
    { field: 'address', headerName: t('complex.address'), width: 170 },
    { field: 'postcode', headerName: t('complex.postcode'), width: 110 },
    { field: 'place', headerName: t('complex.place'), width: 130 },
    { field: 'municipality', headerName: t('complex.municipality'), width: 140, hide: true },
    { field: 'wijk', headerName: t('complex.wijk'), width: 140 },
    { field: 'buurt', headerName: t('complex.buurt'), width: 150, hide: true },
    {
      field: 'homes',
      headerName: t('complex.homes'),
      width: 110,
      filter: 'agNumberColumnFilter',
      type: 'numericColumn',
    },
    {
      field: 'buildingType',
      headerName: t('complex.buildingType'),
      width: 160,
      valueFormatter: (p) => vocab(t, 'buildingType', p.value),
      getQuickFilterText: (p) => vocab(t, 'buildingType', p.value),
    },
    {
      field: 'sharedObjects',
      headerName: t('complex.sharedObjects'),
      width: 200,
      valueFormatter: (p) => sharedObjectLabels(t, p.data),
      filterValueGetter: (p) => sharedObjectLabels(t, p.data),
      getQuickFilterText: (p) => sharedObjectLabels(t, p.data),
    },
    { field: 'wijkbeheerderName', headerName: t('complex.wijkbeheerder'), width: 170 },
    {
      field: 'openInitiatives',
      headerName: t('complex.openInitiatives'),
      width: 140,
      filter: 'agNumberColumnFilter',
      type: 'numericColumn',
    },
  ];
}
