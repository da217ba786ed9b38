import { useTranslation } from 'react-i18next';
import type { TeamConflict } from '../../../../shared/contract/team';
import { Alert } from '../../components/Alert';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useCall, useCommand } from '../../hooks/queries';

/** A stored value as a person reads it (lists joined, nothing as a dash). */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** "Niet verwerkt": changes the team server refused, with what was tried, why not, and the record now. */
export function ConflictsPage() {
  const { t } = useTranslation();
  const conflicts = useCall('team:conflicts', {});
  return (
    <>
      <PageHeader title={t('team.conflicts')} />
      <p>{t('team.conflictsIntro')}</p>
      <QueryState query={conflicts}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('team.noConflicts')}</p>
          ) : (
            <ul className="plain-list">
              {list.map((c) => (
                <Conflict key={c.seq} conflict={c} />
              ))}
            </ul>
          )
        }
      </QueryState>
    </>
  );
}

function Conflict({ conflict }: { conflict: TeamConflict }) {
  const { t, i18n } = useTranslation();
  const retry = useCommand('team:retry');
  const discard = useCommand('team:discard');
  const error = retry.error ?? discard.error;
  return (
    <li className="panel" aria-label={t(`method.${conflict.method}`)}>
      <h2>{t(`method.${conflict.method}`)}</h2>
      <p>
        {t('team.triedAt', { date: formatDate(conflict.madeAt, i18n.language, true) })} ·{' '}
        <strong>
          {conflict.error.messageKey === 'err.conflict.changed' ? t('team.changedFirst') : conflict.error.message}
        </strong>
      </p>
      <ul className="audit">
        {conflict.changes.map(({ field, from, to }) => (
          <li key={field}>
            <span className="audit__field">{t(`field.${field}`, { defaultValue: field })}</span>: {shown(from)} →{' '}
            {shown(to)}
          </li>
        ))}
      </ul>
      {conflict.current ? (
        <p>
          {t('team.currentRecord', {
            version: conflict.current.version ?? '–',
            by: conflict.current.updatedBy ?? t('team.someone'),
            date: formatDate(conflict.current.updatedAt, i18n.language, true),
          })}
        </p>
      ) : null}
      {error ? <Alert kind="error">{error.message}</Alert> : null}
      <div className="form__actions">
        <button
          type="button"
          className="button"
          disabled={retry.isPending}
          onClick={() => retry.mutate({ seq: conflict.seq })}
        >
          {t('team.retry')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={discard.isPending}
          onClick={() => discard.mutate({ seq: conflict.seq })}
        >
          {t('team.discard')}
        </button>
      </div>
    </li>
  );
}
