import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../bridge/api';

/** Writes the "Overzicht" workbook in the backend and offers it as a download. */
export function OverviewExport() {
  const { t } = useTranslation();
  const [state, setState] = useState<{ busy: boolean; id?: string; rows?: number }>({ busy: false });
  if (state.id) {
    return (
      <a className="button button--secondary" href={`/api/exports/${state.id}.xlsx`} download="Overzicht.xlsx" title={t('export.ready', { rows: state.rows })}>
        {t('export.download')}
      </a>
    );
  }
  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={state.busy}
      onClick={async () => {
        setState({ busy: true });
        const result = await call('exports:overview');
        setState({ busy: false, id: result.id, rows: result.rows });
      }}
    >
      {state.busy ? t('common.loading') : t('export.overview')}
    </button>
  );
}
