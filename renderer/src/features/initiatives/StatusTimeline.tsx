import { useTranslation } from 'react-i18next';
import type { StatusChange } from '../../../../shared/domain/entities';
import { formatDate } from '../../components/format';

/** The status history as a timeline: who, when, from → to, and the note. */
export function StatusTimeline({ history }: { history: StatusChange[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      <ol className="timeline">
        {[...history].reverse().map((change) => (
          <li key={change.id} className="timeline__item">
            <p>
              <strong>
                {change.fromStatus ? `${t(`status.${change.fromStatus}`)} → ` : ''}
                {t(`status.${change.toStatus}`)}
              </strong>
              {change.reopening ? <span className="badge">{t('timeline.reopened')}</span> : null}
            </p>
            <p className="muted">
              {change.changedByName} ·{' '}
              <time dateTime={change.changedAt}>{formatDate(change.changedAt, i18n.language, true)}</time>
            </p>
            {change.note ? <p>{change.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
