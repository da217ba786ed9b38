import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { formatDate } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { useCall, useCommand } from '../../hooks/queries';
import type { BackupInfo } from '../../../../shared/contract/backups';

const megabytes = (bytes: number, language: string) => {
  const format = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });
  return `${format.format(bytes / 1024 / 1024)} MB`;
};

/** The kept backups, newest first, each with what it holds and *Terugzetten*. */
function BackupTable({
  backups,
  onRestore,
}: {
  backups: BackupInfo[];
  onRestore: (file: string, date: string) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <table className="rules-table">
      <thead>
        <tr>
          <th scope="col">{t('backup.when')}</th>
          <th scope="col">{t('backup.reason')}</th>
          <th scope="col">{t('backup.holds')}</th>
          <th scope="col">{t('backup.size')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('backup.restore')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => {
          const date = formatDate(backup.createdAt, i18n.language, true);
          return (
            <tr key={backup.file}>
              <td>{date}</td>
              <td>{t(`backup.reason.${backup.reason}`)}</td>
              <td>
                {t('backup.holdsValue', {
                  complexes: backup.complexes,
                  initiatives: backup.initiatives,
                  residents: backup.residents,
                })}
              </td>
              <td>{megabytes(backup.bytes, i18n.language)}</td>
              <td>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={`${t('backup.restore')} ${date}`}
                  onClick={() => onRestore(backup.file, date)}
                >
                  {t('backup.restore')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Instellingen → Back-ups: what is kept, make one now, put one back at the next start. */
export function BackupSettings() {
  const { t } = useTranslation();
  const list = useCall('backups:list', {});
  const create = useCommand('backups:create');
  const restore = useCommand('backups:restore');
  const [notice, setNotice] = useState<string | null>(null);
  const error = create.error ?? restore.error;
  const restoreOne = (file: string, date: string) => {
    if (window.confirm(t('backup.restoreConfirm', { date })))
      restore.mutate({ file }, { onSuccess: () => setNotice(t('backup.staged')) });
  };
  return (
    <section className="panel" aria-labelledby="backups">
      <h2 id="backups">{t('backup.title')}</h2>
      <p>{t('backup.intro')}</p>
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {error ? <Alert kind="error">{error.message}</Alert> : null}
      <div className="form__actions">
        <button
          type="button"
          className="button"
          disabled={create.isPending}
          onClick={() => create.mutate({}, { onSuccess: (b) => setNotice(t('backup.created', { file: b.file })) })}
        >
          {create.isPending ? t('backup.creating') : t('backup.create')}
        </button>
      </div>
      <QueryState query={list}>
        {({ folder, backups }) => (
          <>
            <p className="muted">
              {t('backup.folder')}: <code>{folder}</code>
            </p>
            {backups.length === 0 ? (
              <p>{t('backup.none')}</p>
            ) : (
              <BackupTable backups={backups} onRestore={restoreOne} />
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
