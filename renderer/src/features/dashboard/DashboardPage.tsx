import { ReciprocitySummary } from '../reciprocity/ReciprocitySummary';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Session } from '../../../../shared/contract/session';
import type { DashboardFigures, DashboardFilters, DashboardRecordsQuery } from '../../../../shared/contract/dashboard';
import { formatEuro } from '../../../../shared/domain/money';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useCall } from '../../hooks/queries';
import { OverviewExport } from '../exports/OverviewExport';
import { DashboardFilterBar } from './DashboardFilterBar';
import { Breakdowns } from './Breakdowns';
import { dashboardCharts, summaryFigures, type SummaryFigure } from './dashboard-charts';
import { EChart } from './EChart';
import { filtersFromSearch, filtersToSearch, recordsSearch } from './filter-params';

/** Where the figures lead: each opens the grid of exactly the records behind it (the same filters plus its own). */
function useRecordLinks(filters: DashboardFilters) {
  const navigate = useNavigate();
  const open = (query: Omit<DashboardRecordsQuery, 'filters'>) =>
    void navigate(`/initiatieven?${recordsSearch({ ...query, filters })}`);
  const openFigure = (opens: SummaryFigure['opens']) =>
    opens === 'budgets'
      ? void navigate('/budgetten')
      : opens === 'worklist'
        ? void navigate('/dossiers')
        : open({ figure: opens });
  const openNarrowed = (narrowed: Partial<DashboardFilters>) =>
    void navigate(`/initiatieven?${recordsSearch({ figure: 'all', filters: { ...filters, ...narrowed } })}`);
  return { open, openFigure, openNarrowed };
}

/** The figures, the reciprocity summary, the breakdowns and the charts of one set of filters. */
function DashboardBody({ f, filters }: { f: DashboardFigures; filters: DashboardFilters }) {
  const { t, i18n } = useTranslation();
  const { open, openFigure, openNarrowed } = useRecordLinks(filters);
  const euro = (cents: number) => formatEuro(cents, i18n.language);
  return (
    <>
      <ul className="tiles">
        {summaryFigures(f, t, euro, i18n.language).map(({ label, value, opens }) => (
          <li key={label}>
            <button type="button" className="tile" onClick={() => openFigure(opens)}>
              <span className="tile__value">{value}</span>
              <span className="tile__label">{label}</span>
            </button>
          </li>
        ))}
      </ul>
      <ReciprocitySummary />
      <section className="panel" aria-label={t('dashboard.breakdowns')}>
        <Breakdowns f={f} t={t} onOpen={openNarrowed} />
      </section>
      <div className="charts">
        {dashboardCharts(f, t, euro, i18n.language).map((chart) => (
          <EChart
            key={chart.id}
            {...chart}
            onSelect={
              chart.select
                ? (point) => {
                    const query = chart.select!(point);
                    if (query) open(query);
                  }
                : undefined
            }
          />
        ))}
      </div>
    </>
  );
}

/** "Overzicht" for team leads: filters, the figures they report, and charts with text alternatives. */
export function DashboardPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const [filters, setFilters] = useState(() => filtersFromSearch(search, new Date().getFullYear()));
  const figures = useCall('dashboard:figures', filters);
  return (
    <>
      <PageHeader
        title={t('nav.dashboard')}
        actions={
          <div className="button-row">
            <Link className="button button--secondary" to={`/rapportage?${filtersToSearch(filters)}`}>
              {t('report.open')}
            </Link>
            <OverviewExport filters={filters} />
          </div>
        }
      />
      <DashboardFilterBar
        session={session}
        filters={filters}
        wijken={figures.data?.wijken ?? []}
        onChange={setFilters}
      />
      <QueryState query={figures}>{(f) => <DashboardBody f={f} filters={filters} />}</QueryState>
    </>
  );
}
