import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ReportData } from '../../../../shared/contract/report';
import { formatEuro } from '../../../../shared/domain/money';
import { describeSelection } from '../../../../shared/domain/selection';
import { ApiError, bridge, call } from '../../bridge/api';
import { formatDate } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { useCall } from '../../hooks/queries';
import { Breakdowns } from '../dashboard/Breakdowns';
import { dashboardCharts, summaryFigures } from '../dashboard/dashboard-charts';
import { EChart } from '../dashboard/EChart';
import { filtersFromSearch, filtersToSearch } from '../dashboard/filter-params';
import { addPrintedPageFrame } from './page-style';
import { groupByWijk, sumRows, type Totals } from './wijk-totals';

/**
 * "Rapportage leefbaarheid <periode>": its own page without the app's frame, in Dutch (it goes to management, the
 * municipality and tenant organisations), printed by the browser or Electron to paper or PDF. Every printed page
 * carries the title and "Pagina n van m"; tables repeat their header row on each page.
 */
export function ReportPage() {
  const { i18n, t: ui } = useTranslation();
  const t = useMemo(() => i18n.getFixedT('nl'), [i18n]);
  const [search] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(search, new Date().getFullYear()), [search]);
  const report = useCall('report:data', filters);
  const title = t('report.title', { period: filters.year });
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    // The window title becomes the PDF's suggested file name in the print dialog.
    const previous = document.title;
    document.title = title;
    const removeFrame = addPrintedPageFrame(title, 'Samenspel', t('report.page'), t('report.of'));
    return () => {
      removeFrame();
      document.title = previous;
    };
  }, [title, t]);

  async function savePdf() {
    try {
      const result = await call('report:savePdf', { fileName: `${title}.pdf` });
      setSaved(result.saved ? ui('report.saved', { path: result.path }) : null);
    } catch (error) {
      setSaved(ui(error instanceof ApiError ? error.body.messageKey : 'err.internal'));
    }
  }

  return (
    <main className="report" lang="nl">
      <p className="report__toolbar no-print">
        <Link className="button button--secondary" to={`/overzicht?${filtersToSearch(filters)}`}>
          {ui('report.back')}
        </Link>
        <button type="button" className="button" onClick={() => window.print()}>
          {ui('report.print')}
        </button>
        {bridge.transport === 'electron' ? (
          <button type="button" className="button button--secondary" onClick={() => void savePdf()}>
            {ui('report.savePdf')}
          </button>
        ) : null}
        {saved ? <span role="status">{saved}</span> : null}
      </p>
      <QueryState query={report}>{(data) => <ReportBody data={data} title={title} />}</QueryState>
    </main>
  );
}

/** The report speaks Dutch whatever the UI language (it goes to management, the municipality, tenants). */
const useDutch = () => useTranslation().i18n.getFixedT('nl');
const euro = (cents: number) => formatEuro(cents, 'nl');
const TOTAL_COLUMNS = [
  'report.initiatives',
  'dashboard.active',
  'dashboard.closed',
  'report.effortHours',
  'budget.available',
  'budget.allocated',
  'budget.spent',
];

function TotalsHead({ first }: { first: string }) {
  const t = useDutch();
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {TOTAL_COLUMNS.map((key) => (
          <th key={key} scope="col" className="num">
            {t(key)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function TotalsCells({ row }: { row: Totals }) {
  return (
    <>
      <td className="num">{row.initiatives}</td>
      <td className="num">{row.active}</td>
      <td className="num">{row.closed}</td>
      <td className="num">{row.effortHours.toLocaleString('nl-NL')}</td>
      <td className="num">{euro(row.availableCents)}</td>
      <td className="num">{euro(row.allocatedCents)}</td>
      <td className="num">{euro(row.spentCents)}</td>
    </>
  );
}

/** A table of totals: one row per item, a total row at the foot. */
function TotalsTable({
  first,
  rows,
  total,
}: {
  first: string;
  rows: { label: string; totals: Totals }[];
  total: Totals;
}) {
  const t = useDutch();
  return (
    <table className="figure-table">
      <TotalsHead first={first} />
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <TotalsCells row={row.totals} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('export.total')}</th>
          <TotalsCells row={total} />
        </tr>
      </tfoot>
    </table>
  );
}

/** The figures, the breakdowns and the charts, as on the dashboard. */
function ReportFigures({ f }: { f: ReportData['figures'] }) {
  const t = useDutch();
  return (
    <>
      <section>
        <h2>{t('report.summary')}</h2>
        <dl className="report__figures">
          {summaryFigures(f, t, euro, 'nl-NL').map((figure) => (
            <div key={figure.label}>
              <dt>{figure.label}</dt>
              <dd>{figure.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="report__section">
        <h2>{t('dashboard.breakdowns')}</h2>
        <Breakdowns f={f} t={t} />
      </section>
      <section className="report__charts">
        <h2>{t('report.charts')}</h2>
        {dashboardCharts(f, t, euro, 'nl').map((chart) => (
          <EChart key={chart.id} {...chart} />
        ))}
      </section>
    </>
  );
}

/** Totals per wijk, then one table per wijk with its complexes. */
function WijkTables({ complexes }: { complexes: ReportData['complexes'] }) {
  const t = useDutch();
  const wijken = groupByWijk(complexes);
  const wijkName = (wijk: string) => wijk || t('report.noWijk');
  return (
    <>
      <section className="report__section">
        <h2>{t('report.perWijk')}</h2>
        {wijken.length === 0 ? (
          <p>{t('report.empty')}</p>
        ) : (
          <TotalsTable
            first={t('complex.wijk')}
            rows={wijken.map((w) => ({ label: wijkName(w.wijk), totals: w.totals }))}
            total={sumRows(wijken.map((w) => w.totals))}
          />
        )}
      </section>
      {wijken.map((w) => (
        <section key={w.wijk} className="report__section">
          <h2>{t('report.wijkTitle', { wijk: wijkName(w.wijk) })}</h2>
          <TotalsTable
            first={t('initiative.complex')}
            rows={w.complexes.map((c) => ({ label: `${c.code} · ${c.name}`, totals: c }))}
            total={w.totals}
          />
        </section>
      ))}
    </>
  );
}

function ReportBody({ data, title }: { data: ReportData; title: string }) {
  const t = useDutch();
  const filterLine = describeSelection(
    data.figures.filters,
    { complex: data.complexLabel, wijkbeheerder: data.wijkbeheerderName },
    t,
  );
  return (
    <article className="report__body" data-ready="true">
      <header className="report__header">
        <h1>{title}</h1>
        <p className="report__filters">{filterLine.map(([name, value]) => `${name}: ${value}`).join(' · ')}</p>
        <p className="muted">{t('report.generated', { date: formatDate(data.generatedAt.slice(0, 10), 'nl') })}</p>
      </header>
      <ReportFigures f={data.figures} />
      <WijkTables complexes={data.complexes} />
    </article>
  );
}
