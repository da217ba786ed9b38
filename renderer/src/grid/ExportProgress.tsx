import { useTranslation } from 'react-i18next';
import type { useExport } from '../hooks/use-export';

/** The running export's bar and cancel button, or the line that says how the last one ended. */
export function ExportProgress({ exporter }: { exporter: ReturnType<typeof useExport> }) {
  const { t } = useTranslation();
  if (exporter.progress) {
    const { done, total } = exporter.progress;
    return (
      <span className="export-progress">
        <progress max={total || 1} value={done} aria-label={t('export.progress')} />
        <span className="muted">{t('export.writing', { done, total })}</span>
        <button type="button" className="button button--secondary" onClick={exporter.cancel}>
          {t('common.cancel')}
        </button>
      </span>
    );
  }
  if (exporter.ended === 'geannuleerd' || exporter.ended === 'mislukt') {
    return (
      <span
        className={exporter.ended === 'mislukt' ? 'export-ended export-ended--error' : 'export-ended'}
        role="status"
      >
        {t(exporter.ended === 'mislukt' ? 'export.failed' : 'export.cancelled')}
      </span>
    );
  }
  return null;
}
