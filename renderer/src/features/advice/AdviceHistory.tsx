import { useTranslation } from 'react-i18next';
import type { AdviceSnapshot } from '../../../../shared/domain/entities';
import { formatDate } from '../../components/format';
import { Panel } from '../../components/Panel';

/** Every advice snapshot of an initiative: what was advised, what was chosen and why, by whom, under which rules. */
export function AdviceHistory({ snapshots }: { snapshots: AdviceSnapshot[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Panel id="advice-history" title={t('advice.history')}>
      {snapshots.length === 0 ? <p className="muted">{t('advice.noHistory')}</p> : null}
      <ol className="audit">
        {snapshots.map((snapshot) => (
          <li key={snapshot.id}>
            <p>
              <strong>
                {t('advice.snapshotLine', {
                  advised: t(`approach.${snapshot.advisedApproach}`),
                  chosen: t(`approach.${snapshot.chosenApproach}`),
                })}
              </strong>
              {snapshot.advisedApproach !== snapshot.chosenApproach ? (
                <span className="badge">{t('advice.deviates')}</span>
              ) : null}
            </p>
            <p className="muted">
              {t(`advice.cause.${snapshot.cause}`)} · {snapshot.createdByName} ·{' '}
              <time dateTime={snapshot.createdAt}>{formatDate(snapshot.createdAt, i18n.language, true)}</time> ·{' '}
              {t('advice.versions', { engine: snapshot.engineVersion, rules: snapshot.ruleSetVersion })}
            </p>
            {snapshot.rationale ? (
              <p>
                {t('advice.rationale')}: {snapshot.rationale}
              </p>
            ) : null}
            <details>
              <summary>
                {t('advice.showReasons', { confidence: t(`confidence.${snapshot.recommendation.confidence}`) })}
              </summary>
              <ul>
                {snapshot.recommendation.reasons.map((reason) => (
                  <li key={reason.ruleId}>
                    {reason.text} <cite>({reason.source})</cite>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
