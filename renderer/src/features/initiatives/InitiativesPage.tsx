import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { DataGrid } from '../../grid/DataGrid';
import { useInitiativeRows } from '../../hooks/use-initiative-rows';
import { initiativeColumns } from './initiative-columns';
import { OverviewExport } from '../overview/OverviewExport';

export function InitiativesPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const initiatives = useInitiativeRows();
  const [params] = useSearchParams();
  const columns = useMemo(() => initiativeColumns(t, i18n.language), [t, i18n.language]);
  const [deviatingOnly, setDeviatingOnly] = useState(false);
  const rows = useMemo(
    () => (deviatingOnly ? initiatives.rows?.filter((row) => row.chosenApproach !== row.advisedApproach) : initiatives.rows),
    [deviatingOnly, initiatives.rows],
  );
  return (
    <>
      <PageHeader
        title={t('nav.initiatives')}
        actions={
          <>
            <OverviewExport />
            <Link className="button" to="/initiatieven/nieuw">
              {t('initiative.new')}
            </Link>
          </>
        }
      />
      <label className="inline-check">
        <input type="checkbox" checked={deviatingOnly} onChange={(e) => setDeviatingOnly(e.target.checked)} />
        {t('initiative.deviatingOnly')}
      </label>
      {initiatives.error ? <Alert kind="error">{t(initiatives.error.body.messageKey)}</Alert> : null}
      <DataGrid
        gridId="initiatives"
        label={t('nav.initiatives')}
        rows={rows}
        initialQuickFilter={params.get('zoek') ?? ''}
        complete={initiatives.complete}
        onFirstRowsShown={initiatives.onFirstRowsShown}
        columns={columns}
        getRowId={(row) => row.id}
        onOpen={(row) => void navigate(`/initiatieven/${row.id}`)}
      />
    </>
  );
}
