import type { ColDef } from 'ag-grid-community';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { WorklistRow } from '../../../../shared/contract/liability';
import { formatDate } from '../../components/format';
import type { ExportContext } from '../../grid/displayed-view';
import { PageHeader } from '../../components/PageHeader';
import { DataGrid } from '../../grid/DataGrid';
import { useCall } from '../../hooks/queries';

/** "Dossiers incompleet": every missing, expiring or expired requirement across all complexes. */
export function WorklistPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const rows = useCall('requirements:worklist');
  const columns = useMemo<ColDef<WorklistRow>[]>(
    () => [
      {
        field: 'state',
        headerName: t('requirement.state'),
        width: 170,
        valueFormatter: (p) => t(`requirementState.${p.value}`),
        filterValueGetter: (p) => t(`requirementState.${p.data?.state}`),
      },
      {
        field: 'kind',
        headerName: t('requirement.kind'),
        width: 180,
        valueFormatter: (p) => t(`requirementKindShort.${p.value}`),
        filterValueGetter: (p) => t(`requirementKindShort.${p.data?.kind}`),
      },
      {
        field: 'subject',
        headerName: t('requirement.subject'),
        width: 180,
        valueFormatter: (p) => (p.data?.kind === 'insurance' ? t(`risk.${p.value}`) : String(p.value)),
      },
      { field: 'title', headerName: t('initiative.title'), flex: 1, minWidth: 200 },
      { field: 'complexCode', headerName: t('initiative.complexCode'), width: 120 },
      { field: 'wijk', headerName: t('complex.wijk'), width: 140 },
      { field: 'wijkbeheerderName', headerName: t('initiative.wijkbeheerder'), width: 170 },
      {
        field: 'until',
        headerName: t('requirement.untilHeader'),
        width: 140,
        valueFormatter: (p) => formatDate(p.value as string | null, i18n.language),
        context: { exportKind: 'date' } satisfies ExportContext,
      },
    ],
    [t, i18n.language],
  );
  return (
    <>
      <PageHeader title={t('nav.worklist')} subtitle={t('worklist.intro')} />
      <DataGrid
        gridId="worklist"
        label={t('nav.worklist')}
        rows={rows.data}
        columns={columns}
        getRowId={(r) => `${r.initiativeId}-${r.key}`}
        onOpen={(r) => void navigate(`/initiatieven/${r.initiativeId}`)}
      />
    </>
  );
}
