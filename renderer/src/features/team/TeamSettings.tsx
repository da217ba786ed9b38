import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { formatTime } from '../../components/format';
import { useCall, useCommand } from '../../hooks/queries';
import { useFormErrors } from '../../hooks/use-form-errors';
import { methods } from '../../../../shared/contract/methods';
import { TeamAccounts } from './TeamAccounts';

/** Instellingen → Team: link this laptop to a team server, or see where it stands and sync now. */
export function TeamSettings() {
  const { t, i18n } = useTranslation();
  const status = useCall('team:status', {});
  const sync = useCommand('team:sync');
  const data = status.data;
  if (!data) return null;
  if (data.mode === 'solo') return <ConnectForm />;
  return (
    <>
      <section className="panel" aria-labelledby="team">
        <h2 id="team">{t('team.title')}</h2>
        <dl className="details">
          <div>
            <dt>{t('team.server')}</dt>
            <dd>
              <code>{data.serverUrl}</code>
            </dd>
          </div>
          <div>
            <dt>{t('team.account')}</dt>
            <dd>
              {data.account.name} · {t(`role.${data.account.role}`)}
              {data.account.wijken.length ? ` · ${data.account.wijken.join(', ')}` : ''}
            </dd>
          </div>
          <div>
            <dt>{t('team.lastSync')}</dt>
            <dd>{data.lastSyncAt ? formatTime(data.lastSyncAt, i18n.language) : t('team.status.never')}</dd>
          </div>
          <div>
            <dt>{t('team.waiting')}</dt>
            <dd>{t('team.waitingCount', { count: data.pending })}</dd>
          </div>
        </dl>
        <p>{t('team.roleNote')}</p>
        {data.lastError ? <Alert kind="error">{data.lastError.message}</Alert> : null}
        <div className="form__actions">
          <button type="button" className="button" disabled={sync.isPending} onClick={() => sync.mutate({})}>
            {sync.isPending ? t('team.syncing') : t('team.syncNow')}
          </button>
          {data.refused > 0 ? <Link to="/niet-verwerkt">{t('team.status.refused', { count: data.refused })}</Link> : null}
        </div>
      </section>
      {data.account.role === 'teamleider' ? <TeamAccounts /> : null}
    </>
  );
}

/** Links this laptop to a team server: at first start (instead of working alone) or later in Instellingen. */
export function ConnectForm() {
  const { t } = useTranslation();
  const [values, setValues] = useState({ serverUrl: '', login: '', password: '' });
  const connect = useCommand('team:connect');
  const form = useFormErrors();
  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(methods['team:connect'].input, values);
    if (!input) return;
    connect.mutate(input, { onError: (error) => form.fromError(error), onSuccess: () => setValues({ ...values, password: '' }) });
  }
  const field = (name: keyof typeof values) => ({ name, value: values[name], onChange: (e: { target: { value: string } }) => setValues({ ...values, [name]: e.target.value }) });
  return (
    <form className="form panel" onSubmit={submit} noValidate aria-labelledby="team-connect">
      <h2 id="team-connect">{t('team.connect')}</h2>
      <p>{t('team.connectIntro')}</p>
      <FormAlert errors={form.errors} />
      <div className="form__grid">
        <Field label={t('team.serverUrl')} error={form.errors.fields.serverUrl} required>
          {(props) => <input {...props} {...field('serverUrl')} type="url" inputMode="url" placeholder="https://samenspel.corporatie.nl" />}
        </Field>
        <Field label={t('team.login')} error={form.errors.fields.login} required>
          {(props) => <input {...props} {...field('login')} autoComplete="username" />}
        </Field>
        <Field label={t('team.password')} error={form.errors.fields.password} required>
          {(props) => <input {...props} {...field('password')} type="password" autoComplete="current-password" />}
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={connect.isPending}>
          {connect.isPending ? t('team.connecting') : t('team.connectButton')}
        </button>
      </div>
    </form>
  );
}
