import { useTranslation } from 'react-i18next';
import type { DashboardFilters } from '../../../../shared/contract/dashboard';
import { call } from '../../bridge/api';
import { ExportProgress } from '../../grid/ExportProgress';
import { downloadWorkbook, followBackendExport, useExport } from '../../hooks/use-export';

/**
 * Writes the "Overzicht" workbook in the backend with progress and cancel, then downloads it: on the dashboard
 * for its filters, elsewhere for the whole corporation.
 */
export function OverviewExport({ filters }: { filters?: DashboardFilters }) {
  const { t } = useTranslation();
  const exporter = useExport();
  return (
    <>
      <ExportProgress exporter={exporter} />
      {exporter.progress ? null : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            void exporter.run(async (onProgress, signal) =>
              downloadWorkbook(
                await followBackendExport(
                  await call('exports:overview', filters ? { filters } : {}),
                  onProgress,
                  signal,
                ),
                `Samenspel-overzicht ${new Date().toISOString().slice(0, 10)}.xlsx`,
              ),
            )
          }
        >
          {t('export.overview')}
        </button>
      )}
    </>
  );
}
