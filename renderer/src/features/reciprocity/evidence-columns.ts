import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { EvidenceCell } from '../../../../shared/domain/reciprocity';
import { vocab } from '../../components/format';

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const number = (t: TFunction, field: keyof EvidenceCell, width = 120): ColDef<EvidenceCell> => ({
  field,
  headerName: t(`evidence.${field}`),
  width,
  type: 'numericColumn',
  filter: 'agNumberColumnFilter',
});

/** "Wat werkte waar" as a grid, so it sorts, filters, is saved as a view and exports like every list. */
export function evidenceColumns(t: TFunction): ColDef<EvidenceCell>[] {
  const approach = (value: unknown) =>
    value === 'onbekend' ? t('evidence.approachUnknown') : vocab(t, 'approach', value as string);
  return [
    {
      field: 'practiceType',
      headerName: t('evidence.practiceType'),
      width: 200,
      valueFormatter: (p) => vocab(t, 'practiceType', p.value as string),
      filterValueGetter: (p) => vocab(t, 'practiceType', p.data?.practiceType),
    },
    {
      field: 'approach',
      headerName: t('evidence.approach'),
      width: 150,
      valueFormatter: (p) => approach(p.value),
      filterValueGetter: (p) => approach(p.data?.approach),
    },
    number(t, 'cases', 100),
    number(t, 'achieved'),
    number(t, 'partly'),
    number(t, 'notAchieved'),
    number(t, 'unknown'),
    {
      field: 'achievedPercent',
      headerName: t('evidence.achievedPercent'),
      width: 190,
      valueFormatter: (p) => (p.data?.tooFewToConclude ? t('evidence.tooFew') : `${String(p.value)}%`),
    },
    number(t, 'adviceFollowed', 140),
    number(t, 'ownHours'),
    // Euros as a number, so the workbook can sum them; shown with the euro sign.
    {
      colId: 'spent',
      headerName: t('evidence.spent'),
      width: 140,
      type: 'numericColumn',
      valueGetter: (p) => (p.data?.spentCents ?? 0) / 100,
      valueFormatter: (p) => euro.format(Number(p.value)),
    },
  ];
}
