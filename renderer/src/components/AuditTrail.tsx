import { useTranslation } from 'react-i18next';
import { displayChanges } from '../../../shared/i18n/display';
import { useCall } from '../hooks/queries';
import { useDisplayContext } from '../hooks/use-display';
import { formatDate } from './format';
import { Panel } from './Panel';

/** The append-only audit log of one record: who changed what, when, from which value to which, in words. */
export function AuditTrail({ entityId, title }: { entityId: string; title?: string }) {
  const { t, i18n } = useTranslation();
  const audit = useCall('audit:list', { entityId });
  const display = useDisplayContext();
  return (
    <Panel id={`audit-${entityId}`} name="audit" title={title ?? t('audit.title')}>
      {audit.data?.length === 0 ? <p className="muted">{t('audit.empty')}</p> : null}
      <ol className="audit">
        {audit.data?.map((entry) => (
          <li key={entry.id}>
            <p>
              <strong>{t(`audit.action.${entry.action}`)}</strong> · {entry.actorName} ·{' '}
              <time dateTime={entry.at}>{formatDate(entry.at, i18n.language, true)}</time>
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
    </Panel>
  );
}
