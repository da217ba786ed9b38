import type { ColDef } from 'ag-grid-community';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ResidentRow } from '../../../../shared/domain/entities';
import { PageHeader } from '../../components/PageHeader';
import { DataGrid } from '../../grid/DataGrid';
import { useCall } from '../../hooks/queries';

export function ResidentsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const residents = useCall('residents:list', {});
  const columns = useMemo<ColDef<ResidentRow>[]>(
    () => [
      { field: 'name', headerName: t('resident.name'), flex: 1, minWidth: 200 },
      { field: 'complexCode', headerName: t('initiative.complexCode'), width: 130 },
      { field: 'houseNumber', headerName: t('resident.houseNumber'), width: 130 },
      {
        field: 'roles',
        headerName: t('resident.roles'),
        width: 260,
        valueFormatter: (p) => (p.value as string[]).map((r) => t(`residentRole.${r}`)).join(', '),
      },
      {
        field: 'hasConsent',
        headerName: t('resident.consent'),
        width: 150,
        valueFormatter: (p) => (p.value ? t('common.yes') : t('common.no')),
      },
    ],
    [t],
  );
  return (
    <>
      <PageHeader
        title={t('nav.residents')}
        actions={
          <Link className="button" to="/bewoners/nieuw">
            {t('resident.new')}
          </Link>
        }
      />
      <DataGrid
        gridId="residents"
        label={t('nav.residents')}
        rows={residents.data}
        columns={columns}
        getRowId={(r) => r.id}
        onOpen={(r) => void navigate(`/bewoners/${r.id}`)}
      />
    </>
  );
}
