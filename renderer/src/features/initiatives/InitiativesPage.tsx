import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { DataGrid } from '../../grid/DataGrid';
import { useInitiativeRows } from '../../hooks/use-initiative-rows';
import { initiativeColumns } from './initiative-columns';
import { OverviewExport } from '../exports/OverviewExport';
import { useCall } from '../../hooks/queries';
import { figureLabel } from '../dashboard/dashboard-charts';
import { filtersToSearch, recordsFromSearch } from '../dashboard/filter-params';

/**
 * All initiatives, or, when a dashboard figure was clicked, exactly the records behind it (the figure and the
 * dashboard's filters travel in the address), with a line that says so and a way back to everything.
 */
export function InitiativesPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const records = useMemo(() => recordsFromSearch(params), [params]);
  const all = useInitiativeRows(undefined, records === undefined);
  const behindFigure = useCall('dashboard:records', records!, { enabled: records !== undefined });
  const initiatives = records
    ? { rows: behindFigure.data, complete: true, error: behindFigure.error, onFirstRowsShown: undefined }
    : all;
  const columns = useMemo(() => initiativeColumns(t, i18n.language), [t, i18n.language]);
  const [deviatingOnly, setDeviatingOnly] = useState(false);
  const rows = useMemo(
    () =>
      deviatingOnly ? initiatives.rows?.filter((row) => row.chosenApproach !== row.advisedApproach) : initiatives.rows,
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
      {records ? (
        <p className="figure-scope" role="status">
          {t('dashboard.recordsOf', { figure: figureLabel(records, t), year: records.filters.year })}{' '}
          <Link to={`/overzicht?${filtersToSearch(records.filters)}`}>{t('report.back')}</Link>
          {' · '}
          <Link to="/initiatieven">{t('dashboard.showAll')}</Link>
        </p>
      ) : null}
      {initiatives.error ? <Alert kind="error">{t(initiatives.error.body.messageKey)}</Alert> : null}
      <DataGrid
        key={records ? 'records' : 'all'}
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
