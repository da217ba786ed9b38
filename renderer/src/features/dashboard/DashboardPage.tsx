import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Session } from '../../../../shared/contract/methods';
import { formatEuro } from '../../../../shared/domain/money';
import { APPROACHES } from '../../../../shared/domain/recommendation';
import { STATUSES } from '../../../../shared/domain/status';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useCall } from '../../hooks/queries';
import { EChart } from './EChart';

/** "Overzicht" for team leads: filters, the figures they report, and charts with text alternatives. */
export function DashboardPage({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [year, setYear] = useState(new Date().getFullYear());
  const [wijk, setWijk] = useState<string | null>(null);
  const [staffId, setStaffId] = useState<string | null>(null);
  const figures = useCall('dashboard:figures', { year, wijk, wijkbeheerderId: staffId });
  const euro = (cents: number) => formatEuro(cents, i18n.language);
  /** A figure opens the grid of the records behind it, searched for what the figure counts. */
  const open = useCallback((search: string) => void navigate(`/initiatieven?zoek=${encodeURIComponent(search)}`), [navigate]);

  return (
    <>
      <PageHeader
        title={t('nav.dashboard')}
        actions={
          <div className="button-row">
            <label className="inline-check">{t('budget.year')}
              <select value={year} onChange={(e) => setYear(Number(e.target.value))}>{Array.from({ length: 8 }, (_, i) => new Date().getFullYear() - i).map((y) => <option key={y} value={y}>{y}</option>)}</select>
            </label>
            <label className="inline-check">{t('complex.wijk')}
              <select value={wijk ?? ''} onChange={(e) => setWijk(e.target.value || null)}>
                <option value="">{t('dashboard.all')}</option>
                {figures.data?.wijken.map((w) => <option key={w} value={w}>{w}</option>)}
              </select>
            </label>
            <label className="inline-check">{t('initiative.wijkbeheerder')}
              <select value={staffId ?? ''} onChange={(e) => setStaffId(e.target.value || null)}>
                <option value="">{t('dashboard.all')}</option>
                {session.staff.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
              </select>
            </label>
          </div>
        }
      />
      <QueryState query={figures}>
        {(f) => {
          const tiles: [string, string, string][] = [
            [t('dashboard.created'), String(f.initiatives.created), ''],
            [t('dashboard.active'), String(f.initiatives.active), t('status.in_uitvoering')],
            [t('dashboard.closed'), String(f.initiatives.closed), t('status.gesloten')],
            [t('dashboard.followed'), f.adviceFollowed.total ? `${Math.round((100 * f.adviceFollowed.followed) / f.adviceFollowed.total)}%` : '—', ''],
            [t('budget.allocated'), euro(f.money.allocatedCents), ''],
            [t('budget.spent'), euro(f.money.spentCents), ''],
            [t('budget.remaining'), euro(f.money.remainingCents), ''],
            [t('dashboard.effort'), `${f.effortHours.toLocaleString(i18n.language)} ${t('dashboard.hours')}`, ''],
            [t('dashboard.agreements'), `${f.agreements.signed} / ${f.agreements.total}`, ''],
            [t('dashboard.expiring'), String(f.requirementsExpiring), ''],
          ];
          const statusNames = STATUSES.map((s) => t(`status.${s}`));
          return (
            <>
              <ul className="tiles">
                {tiles.map(([label, value, search]) => (
                  <li key={label}>
                    <button type="button" className="tile" onClick={() => (label === t('dashboard.expiring') ? void navigate('/dossiers') : open(search))}>
                      <span className="tile__value">{value}</span>
                      <span className="tile__label">{label}</span>
                    </button>
                  </li>
                ))}
              </ul>
              <div className="charts">
                <EChart
                  title={t('dashboard.approachPerWijk')}
                  onSelect={open}
                  option={{
                    tooltip: {}, legend: { bottom: 0 }, grid: { left: 40, right: 10, top: 10, bottom: 60 },
                    xAxis: { type: 'category', data: f.approachPerWijk.map((r) => r.wijk) }, yAxis: { type: 'value' },
                    series: APPROACHES.map((a) => ({ name: t(`approach.${a}`), type: 'bar', stack: 'a', data: f.approachPerWijk.map((r) => r[a]) })),
                  }}
                  alternative={
                    <table><thead><tr><th scope="col">{t('complex.wijk')}</th>{APPROACHES.map((a) => <th key={a} scope="col">{t(`approach.${a}`)}</th>)}</tr></thead>
                      <tbody>{f.approachPerWijk.map((r) => <tr key={r.wijk}><th scope="row">{r.wijk}</th>{APPROACHES.map((a) => <td key={a}>{r[a]}</td>)}</tr>)}</tbody></table>
                  }
                />
                <EChart
                  title={t('dashboard.spendingPerMonth', { budget: euro(f.money.availableCents) })}
                  option={{
                    tooltip: {}, grid: { left: 60, right: 10, top: 10, bottom: 30 },
                    xAxis: { type: 'category', data: f.spendingPerMonth.map((m) => m.month) }, yAxis: { type: 'value' },
                    series: [
                      { name: t('budget.spent'), type: 'bar', data: f.spendingPerMonth.map((m) => m.spentCents / 100) },
                      { name: t('dashboard.cumulative'), type: 'line', data: f.spendingPerMonth.map((_, i) => f.spendingPerMonth.slice(0, i + 1).reduce((s, m) => s + m.spentCents, 0) / 100) },
                    ],
                  }}
                  alternative={<table><tbody>{f.spendingPerMonth.map((m) => <tr key={m.month}><th scope="row">{m.month}</th><td>{euro(m.spentCents)}</td></tr>)}</tbody></table>}
                />
                <EChart
                  title={t('dashboard.funnel')}
                  onSelect={open}
                  option={{ tooltip: {}, series: [{ type: 'funnel', sort: 'none', left: '5%', width: '60%', data: STATUSES.map((s, i) => ({ name: statusNames[i], value: f.byStatus[s] ?? 0 })) }] }}
                  alternative={<table><tbody>{STATUSES.map((s) => <tr key={s}><th scope="row">{t(`status.${s}`)}</th><td>{f.byStatus[s] ?? 0}</td></tr>)}</tbody></table>}
                />
              </div>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
