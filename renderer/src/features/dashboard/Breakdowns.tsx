import type { TFunction } from 'i18next';
import type { DashboardFigures, DashboardFilters } from '../../../../shared/contract/dashboard';
import { APPROACHES } from '../../../../shared/domain/recommendation';
import { PRACTICE_TYPES } from '../../../../shared/domain/vocabulary';

interface Props {
  f: DashboardFigures;
  t: TFunction;
  /** On the dashboard a count opens its initiatives: the filters narrowed to that row. Absent in the report. */
  onOpen?: ((narrowed: Partial<DashboardFilters>) => void) | undefined;
}

/** Initiatives per practice type, and per approach as advised and as chosen: tables, so they print and read aloud. */
export function Breakdowns({ f, t, onOpen }: Props) {
  const count = (n: number, narrowed: Partial<DashboardFilters>) =>
    onOpen && n > 0 ? (
      <button type="button" className="link-button" onClick={() => onOpen(narrowed)}>
        {n}
      </button>
    ) : (
      n
    );
  return (
    <div className="breakdowns">
      <table className="figure-table">
        <caption>{t('dashboard.perPracticeType')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('initiative.practiceType')}</th>
            <th scope="col" className="num">
              {t('report.initiatives')}
            </th>
          </tr>
        </thead>
        <tbody>
          {PRACTICE_TYPES.map((p) => (
            <tr key={p}>
              <th scope="row">{t(`practiceType.${p}`)}</th>
              <td className="num">{count(f.byPracticeType[p] ?? 0, { practiceType: p })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="figure-table">
        <caption>{t('dashboard.perApproach')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.approach')}</th>
            <th scope="col" className="num">
              {t('initiative.advisedApproach')}
            </th>
            <th scope="col" className="num">
              {t('initiative.chosenApproach')}
            </th>
          </tr>
        </thead>
        <tbody>
          {APPROACHES.map((a) => (
            <tr key={a}>
              <th scope="row">{t(`approach.${a}`)}</th>
              <td className="num">{count(f.byAdvisedApproach[a] ?? 0, { advisedApproach: a })}</td>
              <td className="num">{count(f.byChosenApproach[a] ?? 0, { chosenApproach: a })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
