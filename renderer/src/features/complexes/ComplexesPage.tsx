import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { Alert } from '../../components/Alert';
import { DataGrid } from '../../grid/DataGrid';
import { useCall } from '../../hooks/queries';
import { complexColumns } from './complex-columns';

export function ComplexesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [includeArchived, setIncludeArchived] = useState(false);
  const complexes = useCall('complexes:list', { includeArchived });
  const columns = useMemo(() => complexColumns(t), [t]);
  return (
    <>
      <PageHeader
        title={t('nav.complexes')}
        actions={
          <Link className="button" to="/complexen/nieuw">
            {t('complex.new')}
          </Link>
        }
      />
      <label className="inline-check">
        <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
        {t('complex.showArchived')}
      </label>
      {complexes.error ? <Alert kind="error">{t(complexes.error.body.messageKey)}</Alert> : null}
      <DataGrid
        gridId="complexes"
        label={t('nav.complexes')}
        rows={complexes.data}
        columns={columns}
        getRowId={(row) => row.id}
        onOpen={(row) => void navigate(`/complexen/${row.id}`)}
      />
    </>
  );
}
