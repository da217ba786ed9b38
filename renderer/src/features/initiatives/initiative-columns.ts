import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { InitiativeRow } from '../../../../shared/domain/entities';
import { formatDate, vocab } from '../../components/format';
import type { ExportContext } from '../../grid/displayed-view';

/** A vocabulary column: shows, filters and searches on the translated label, sorts on it too. */
function vocabColumn(t: TFunction, field: keyof InitiativeRow, group: string, width: number): ColDef<InitiativeRow> {
  // Each value's label is translated once: a column shows a handful of values on 100,000 rows, and a
  // translation lookup per cell was a tenth of the grid's first row.
  const labels = new Map<unknown, string>();
  const label = (value: unknown) => {
    let text = labels.get(value);
    if (text === undefined) labels.set(value, (text = vocab(t, group, value as string | null)));
    return text;
  };
  return {
    field,
    headerName: t(`initiative.${field}`),
    width,
    valueFormatter: (p) => label(p.value),
    filterValueGetter: (p) => label(p.data?.[field]),
    getQuickFilterText: (p) => label(p.value),
  };
}

function dateColumn(
  t: TFunction,
  field: 'startDate' | 'endDate' | 'updatedAt',
  language: string,
  hide = false,
): ColDef<InitiativeRow> {
  return {
    field,
    headerName: t(`initiative.${field}`),
    width: 150,
    hide,
    filter: false,
    valueFormatter: (p) => formatDate(p.value as string | null, language, field === 'updatedAt'),
    context: { exportKind: field === 'updatedAt' ? 'datetime' : 'date' } satisfies ExportContext,
  };
}

export function initiativeColumns(t: TFunction, language = 'nl'): ColDef<InitiativeRow>[] {
  return [
    { field: 'title', headerName: t('initiative.title'), flex: 1, minWidth: 220 },
    { field: 'complexCode', headerName: t('initiative.complexCode'), width: 110 },
    { field: 'complexName', headerName: t('initiative.complex'), width: 170 },
    vocabColumn(t, 'sharedObject', 'sharedObject', 150),
    vocabColumn(t, 'origin', 'origin', 120),
    vocabColumn(t, 'practiceType', 'practiceType', 190),
    vocabColumn(t, 'status', 'status', 140),
    dateColumn(t, 'startDate', language),
    dateColumn(t, 'endDate', language, true),
    vocabColumn(t, 'advisedApproach', 'approach', 150),
    vocabColumn(t, 'chosenApproach', 'approach', 150),
    { field: 'wijkbeheerderName', headerName: t('initiative.wijkbeheerder'), width: 170 },
    { ...dateColumn(t, 'updatedAt', language), sort: 'desc' },
  ];
}
