import { useTranslation } from 'react-i18next';
import { useCall } from '../hooks/queries';
import { formatDate } from './format';

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.join(', ') || '—';
  return String(value);
}

/** The append-only audit log of one record: who changed what, when, from which value to which. */
export function AuditTrail({ entityId }: { entityId: string }) {
  const { t, i18n } = useTranslation();
  const audit = useCall('audit:list', { entityId });
  return (
    <section className="panel" aria-labelledby={`audit-${entityId}`}>
      <h2 id={`audit-${entityId}`}>{t('audit.title')}</h2>
      {audit.data?.length === 0 ? <p className="muted">{t('audit.empty')}</p> : null}
      <ol className="audit">
        {audit.data?.map((entry) => (
          <li key={entry.id}>
            <p>
              <strong>{t(`audit.action.${entry.action}`)}</strong> · {entry.actorName} · <time dateTime={entry.at}>{formatDate(entry.at, i18n.language, true)}</time>
            </p>
            <ul>
              {Object.entries(entry.changes).map(([field, change]) => (
                <li key={field}>
                  <span className="audit__field">{t(`field.${field}`, { defaultValue: field })}</span>: {show(change.from)} → {show(change.to)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
