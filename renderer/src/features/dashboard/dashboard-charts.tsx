import type { EChartsCoreOption } from 'echarts/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { DashboardFigures, DashboardRecordsQuery } from '../../../../shared/contract/dashboard';
import { APPROACHES } from '../../../../shared/domain/recommendation';
import { STATUSES } from '../../../../shared/domain/status';

export interface ChartSpec {
  id: string;
  title: string;
  option: EChartsCoreOption;
  /** The same figures as a table: the chart's text alternative. */
  alternative: ReactNode;
  /** Said instead of an empty chart when there is nothing to draw. */
  empty?: string | undefined;
  /** The records behind a clicked bar or segment (by its series and data index), if the chart has any. */
  select?: (point: { seriesIndex: number; dataIndex: number }) => Omit<DashboardRecordsQuery, 'filters'> | null;
  /** Height in px, for charts that grow with their rows (40 wijken need room). */
  height?: number;
}

/** Numbers and months the Dutch way in axes, tooltips and tables ("6.000.000", "apr 2026"), English in English. */
export function chartFormats(language: string) {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    number: (value: unknown) => number.format(Number(value)),
    month: (yyyyMm: string) => month.format(new Date(`${yyyyMm}-01T00:00:00Z`)),
  };
}

/** How every chart writes its numbers and tooltips, in the user's language. */
function chartStyle(language: string) {
  const fmt = chartFormats(language);
  return {
    fmt,
    valueAxis: { type: 'value', axisLabel: { formatter: fmt.number } },
    // Drawn inside the chart, not as HTML: echarts writes an HTML tooltip with style attributes, which the page's
    // CSP refuses (28 violations on the report page, and the tooltips lost their styling).
    tooltip: { valueFormatter: fmt.number, renderMode: 'richText' },
  };
}
type Style = ReturnType<typeof chartStyle>;

/** Initiatives per approach per wijk, busiest wijk first, as horizontal bars: 40 wijken stay readable. */
function approachChart(f: DashboardFigures, t: TFunction, { fmt, valueAxis, tooltip }: Style): ChartSpec {
  const wijken = [...f.approachPerWijk].sort(
    (a, b) => APPROACHES.reduce((n, x) => n + b[x] - a[x], 0) || a.wijk.localeCompare(b.wijk, 'nl'),
  );
  return {
    id: 'approach',
    title: t('dashboard.approachPerWijk'),
    empty: f.approachPerWijk.length === 0 ? t('dashboard.noInitiatives') : undefined,
    height: Math.max(260, wijken.length * 26 + 90),
    select: ({ seriesIndex, dataIndex }) => {
      const wijk = wijken[dataIndex]?.wijk;
      const approach = APPROACHES[seriesIndex];
      return wijk !== undefined && approach ? { figure: 'wijkApproach', wijk, approach } : null;
    },
    option: {
      tooltip: { ...tooltip, trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 10, right: 20, top: 10, bottom: 50, containLabel: true },
      yAxis: { type: 'category', inverse: true, data: wijken.map((r) => r.wijk) },
      xAxis: valueAxis,
      series: APPROACHES.map((a) => ({
        name: t(`approach.${a}`),
        type: 'bar',
        stack: 'a',
        data: wijken.map((r) => r[a]),
      })),
    },
    alternative: (
      <table>
        <thead>
          <tr>
            <th scope="col">{t('complex.wijk')}</th>
            {APPROACHES.map((a) => (
              <th key={a} scope="col">
                {t(`approach.${a}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {wijken.map((r) => (
            <tr key={r.wijk}>
              <th scope="row">{r.wijk}</th>
              {APPROACHES.map((a) => (
                <td key={a}>{fmt.number(r[a])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    ),
  };
}

/** Spending per month, cumulative, against the budget as a flat line. */
function spendingChart(
  f: DashboardFigures,
  t: TFunction,
  euro: (cents: number) => string,
  { fmt, valueAxis, tooltip }: Style,
): ChartSpec {
  let running = 0;
  const cumulative = f.spendingPerMonth.map((m) => (running += m.spentCents) / 100);
  return {
    id: 'spending',
    title: t('dashboard.spendingPerMonth', { budget: euro(f.money.availableCents) }),
    empty: f.spendingPerMonth.length === 0 ? t('dashboard.noSpending') : undefined,
    option: {
      tooltip: { ...tooltip, trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 10, right: 10, top: 10, bottom: 50, containLabel: true },
      xAxis: { type: 'category', data: f.spendingPerMonth.map((m) => fmt.month(m.month)) },
      yAxis: valueAxis,
      series: [
        { name: t('budget.spent'), type: 'bar', data: f.spendingPerMonth.map((m) => m.spentCents / 100) },
        { name: t('dashboard.cumulative'), type: 'line', data: cumulative },
        // The budget as a flat dashed line, so the cumulative spending can be read against it.
        {
          name: t('budget.available'),
          type: 'line',
          symbol: 'none',
          lineStyle: { type: 'dashed' },
          data: f.spendingPerMonth.map(() => f.money.availableCents / 100),
        },
      ],
    },
    alternative: (
      <table>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.month')}</th>
            <th scope="col">{t('budget.spent')}</th>
            <th scope="col">{t('dashboard.cumulative')}</th>
          </tr>
        </thead>
        <tbody>
          {f.spendingPerMonth.map((m, i) => (
            <tr key={m.month}>
              <th scope="row">{fmt.month(m.month)}</th>
              <td>{euro(m.spentCents)}</td>
              <td>{euro(Math.round(cumulative[i]! * 100))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    ),
  };
}

/** Initiatives per status, in the order of the status machine. */
function statusChart(f: DashboardFigures, t: TFunction, { fmt, valueAxis, tooltip }: Style): ChartSpec {
  return {
    id: 'funnel',
    title: t('dashboard.funnel'),
    empty: f.initiatives.total === 0 ? t('dashboard.noInitiatives') : undefined,
    select: ({ dataIndex }) => (STATUSES[dataIndex] ? { figure: 'status', status: STATUSES[dataIndex] } : null),
    // Bars in the order of the status machine (a funnel sorted its segments by size and stacked their labels).
    option: {
      tooltip: { ...tooltip, trigger: 'axis' },
      grid: { left: 10, right: 40, top: 10, bottom: 10, containLabel: true },
      yAxis: { type: 'category', inverse: true, data: STATUSES.map((s) => t(`status.${s}`)) },
      xAxis: valueAxis,
      series: [
        {
          type: 'bar',
          name: t('dashboard.funnel'),
          label: { show: true, position: 'right', formatter: (p: { value: unknown }) => fmt.number(p.value) },
          data: STATUSES.map((s) => f.byStatus[s] ?? 0),
        },
      ],
    },
    alternative: (
      <table>
        <tbody>
          {STATUSES.map((s) => (
            <tr key={s}>
              <th scope="row">{t(`status.${s}`)}</th>
              <td>{fmt.number(f.byStatus[s] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    ),
  };
}

/** The three charts of the dashboard and the report: approach per wijk, spending against budget, statuses. */
export function dashboardCharts(
  f: DashboardFigures,
  t: TFunction,
  euro: (cents: number) => string,
  language = 'nl',
): ChartSpec[] {
  const style = chartStyle(language);
  return [approachChart(f, t, style), spendingChart(f, t, euro, style), statusChart(f, t, style)];
}

export interface SummaryFigure {
  label: string;
  value: string;
  /** Where the figure's records are: initiatives behind a figure, the budgets, or the worklist of expiring items. */
  opens: DashboardRecordsQuery['figure'] | 'budgets' | 'worklist';
}

/** The figures a team lead reports, in the order the dashboard tiles and the report's summary show them. */
export function summaryFigures(
  f: DashboardFigures,
  t: TFunction,
  euro: (cents: number) => string,
  language: string,
): SummaryFigure[] {
  const figure = (label: string, value: string, opens: SummaryFigure['opens']) => ({ label, value, opens });
  const n = chartFormats(language).number;
  return [
    figure(t('dashboard.created'), n(f.initiatives.created), 'created'),
    figure(t('dashboard.active'), n(f.initiatives.active), 'active'),
    figure(t('dashboard.closed'), n(f.initiatives.closed), 'closed'),
    figure(
      t('dashboard.followed'),
      f.adviceFollowed.total ? `${Math.round((100 * f.adviceFollowed.followed) / f.adviceFollowed.total)}%` : '—',
      'followed',
    ),
    figure(t('budget.allocated'), euro(f.money.allocatedCents), 'budgets'),
    figure(t('budget.spent'), euro(f.money.spentCents), 'budgets'),
    figure(t('budget.remaining'), euro(f.money.remainingCents), 'budgets'),
    figure(t('dashboard.effort'), `${f.effortHours.toLocaleString(language)} ${t('dashboard.hours')}`, 'effort'),
    figure(t('dashboard.agreements'), `${n(f.agreements.signed)} / ${n(f.agreements.total)}`, 'agreements'),
    figure(t('dashboard.expiring'), n(f.requirementsExpiring), 'worklist'),
  ];
}

/** The name of a figure for the grid's "records behind" banner. */
export function figureLabel(query: DashboardRecordsQuery, t: TFunction): string {
  if (query.figure === 'status' && query.status) return t(`status.${query.status}`);
  if (query.figure === 'wijkApproach')
    return `${query.wijk ?? ''}: ${query.approach ? t(`approach.${query.approach}`) : ''}`;
  return t(`dashboard.figure.${query.figure}`);
}
