import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { QueryState } from '../../components/QueryState';
import { useCall, useCommand } from '../../hooks/queries';

/**
 * Instellingen → Versleuteling: encrypt the database, backups and attachments of this installation. The recovery
 * key is shown once, right after the key was made; it is never read back.
 */
export function EncryptionSettings() {
  const { t } = useTranslation();
  const status = useCall('encryption:status', {});
  const enable = useCommand('encryption:enable');
  return (
    <section className="panel" aria-labelledby="encryption">
      <h2 id="encryption">{t('encryption.title')}</h2>
      <p>{t('encryption.intro')}</p>
      {enable.error ? <Alert kind="error">{enable.error.message}</Alert> : null}
      {enable.data ? (
        <Alert kind="success">
          <p>{t('encryption.recovery')}</p>
          <p>
            <code className="recovery-key">{enable.data.recoveryKey}</code>
          </p>
        </Alert>
      ) : null}
      <QueryState query={status}>
        {(current) => (
          <>
            <p>
              <strong>{t(`encryption.state.${current.state}`)}</strong>
              {current.custody ? ` ${t(`encryption.custody.${current.custody}`, { where: current.where })}` : null}
            </p>
            {current.unavailable ? <p className="muted">{t(current.unavailable)}</p> : null}
            {current.state === 'plain' && !current.unavailable ? (
              <div className="form__actions">
                <button
                  type="button"
                  className="button"
                  disabled={enable.isPending}
                  onClick={() => {
                    if (window.confirm(t('encryption.confirm'))) enable.mutate({});
                  }}
                >
                  {enable.isPending ? t('encryption.enabling') : t('encryption.enable')}
                </button>
              </div>
            ) : null}
          </>
        )}
      </QueryState>
    </section>
  );
}
