import type { EChartsCoreOption } from 'echarts/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { DashboardFigures } from '../../../../shared/contract/overview-contract';
import { APPROACHES } from '../../../../shared/domain/recommendation';
import { STATUSES } from '../../../../shared/domain/status';

export interface ChartSpec {
  id: string;
  title: string;
  option: EChartsCoreOption;
  /** The same figures as a table: the chart's text alternative. */
  alternative: ReactNode;
  /** Whether a click on a bar or segment opens the records behind it. */
  clickable: boolean;
}

/** The three charts of the dashboard and the report: approach per wijk, spending per month against budget, status funnel. */
export function dashboardCharts(f: DashboardFigures, t: TFunction, euro: (cents: number) => string): ChartSpec[] {
  let running = 0;
  const cumulative = f.spendingPerMonth.map((m) => (running += m.spentCents) / 100);
  return [
    {
      id: 'approach',
      title: t('dashboard.approachPerWijk'),
      clickable: true,
      option: {
        tooltip: {}, legend: { bottom: 0 }, grid: { left: 40, right: 10, top: 10, bottom: 60 },
        xAxis: { type: 'category', data: f.approachPerWijk.map((r) => r.wijk) }, yAxis: { type: 'value' },
        series: APPROACHES.map((a) => ({ name: t(`approach.${a}`), type: 'bar', stack: 'a', data: f.approachPerWijk.map((r) => r[a]) })),
      },
      alternative: (
        <table>
          <thead><tr><th scope="col">{t('complex.wijk')}</th>{APPROACHES.map((a) => <th key={a} scope="col">{t(`approach.${a}`)}</th>)}</tr></thead>
          <tbody>{f.approachPerWijk.map((r) => <tr key={r.wijk}><th scope="row">{r.wijk}</th>{APPROACHES.map((a) => <td key={a}>{r[a]}</td>)}</tr>)}</tbody>
        </table>
      ),
    },
    {
      id: 'spending',
      title: t('dashboard.spendingPerMonth', { budget: euro(f.money.availableCents) }),
      clickable: false,
      option: {
        tooltip: {}, grid: { left: 60, right: 10, top: 10, bottom: 30 },
        xAxis: { type: 'category', data: f.spendingPerMonth.map((m) => m.month) }, yAxis: { type: 'value' },
        series: [
          { name: t('budget.spent'), type: 'bar', data: f.spendingPerMonth.map((m) => m.spentCents / 100) },
          { name: t('dashboard.cumulative'), type: 'line', data: cumulative },
        ],
      },
      alternative: <table><tbody>{f.spendingPerMonth.map((m) => <tr key={m.month}><th scope="row">{m.month}</th><td>{euro(m.spentCents)}</td></tr>)}</tbody></table>,
    },
    {
      id: 'funnel',
      title: t('dashboard.funnel'),
      clickable: true,
      option: { tooltip: {}, series: [{ type: 'funnel', sort: 'none', left: '5%', width: '60%', data: STATUSES.map((s) => ({ name: t(`status.${s}`), value: f.byStatus[s] ?? 0 })) }] },
      alternative: <table><tbody>{STATUSES.map((s) => <tr key={s}><th scope="row">{t(`status.${s}`)}</th><td>{f.byStatus[s] ?? 0}</td></tr>)}</tbody></table>,
    },
  ];
}

export interface SummaryFigure {
  label: string;
  value: string;
  /** What to search the initiatives grid for to see the records behind the figure. */
  search: string;
}

/** The figures a team lead reports, in the order the dashboard tiles and the report's summary show them. */
export function summaryFigures(f: DashboardFigures, t: TFunction, euro: (cents: number) => string, language: string): SummaryFigure[] {
  const figure = (label: string, value: string, search = '') => ({ label, value, search });
  return [
    figure(t('dashboard.created'), String(f.initiatives.created)),
    figure(t('dashboard.active'), String(f.initiatives.active), t('status.in_uitvoering')),
    figure(t('dashboard.closed'), String(f.initiatives.closed), t('status.gesloten')),
    figure(t('dashboard.followed'), f.adviceFollowed.total ? `${Math.round((100 * f.adviceFollowed.followed) / f.adviceFollowed.total)}%` : '—'),
    figure(t('budget.allocated'), euro(f.money.allocatedCents)),
    figure(t('budget.spent'), euro(f.money.spentCents)),
    figure(t('budget.remaining'), euro(f.money.remainingCents)),
    figure(t('dashboard.effort'), `${f.effortHours.toLocaleString(language)} ${t('dashboard.hours')}`),
    figure(t('dashboard.agreements'), `${f.agreements.signed} / ${f.agreements.total}`),
    figure(t('dashboard.expiring'), String(f.requirementsExpiring)),
  ];
}
