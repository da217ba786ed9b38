import { useTranslation } from 'react-i18next';
import { displayChanges } from '../../../shared/i18n/display';
import { useCall } from '../hooks/queries';
import { useDisplayContext } from '../hooks/use-display';
import { formatDate } from './format';

/** The append-only audit log of one record: who changed what, when, from which value to which, in words. */
export function AuditTrail({ entityId, title }: { entityId: string; title?: string }) {
  const { t, i18n } = useTranslation();
  const audit = useCall('audit:list', { entityId });
  const display = useDisplayContext();
  return (
    <section className="panel" aria-labelledby={`audit-${entityId}`}>
      <h2 id={`audit-${entityId}`}>{title ?? t('audit.title')}</h2>
      {audit.data?.length === 0 ? <p className="muted">{t('audit.empty')}</p> : null}
      <ol className="audit">
        {audit.data?.map((entry) => (
          <li key={entry.id}>
            <p>
              <strong>{t(`audit.action.${entry.action}`)}</strong> · {entry.actorName} · <time dateTime={entry.at}>{formatDate(entry.at, i18n.language, true)}</time>
            </p>
            <ul>
              {displayChanges(entry.changes, display).map((line, i) => (
                <li key={i}>
                  <span className="audit__field">{line.label}</span>: {line.from} → {line.to}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
