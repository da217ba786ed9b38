import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountCreate, type Account } from '../../../../shared/contract/team-protocol';
import { ROLES } from '../../../../shared/domain/vocabulary';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import { QueryState } from '../../components/QueryState';
import { useCall, useCommand } from '../../hooks/queries';
import { VocabSelect } from '../../components/Selects';
import { useFormErrors } from '../../hooks/use-form-errors';

const splitWijken = (text: string) =>
  text
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);

/** A teamleider manages the team's accounts on the server: name, role, wijken, active or not. */
export function TeamAccounts() {
  const { t } = useTranslation();
  const accounts = useCall('team:accounts', {});
  const status = useCall('team:status', {}).data;
  const me = status?.mode === 'team' ? status.account.staffId : null;
  const update = useCommand('team:updateAccount');
  const [error, setError] = useState<string | null>(null);
  const toggle = (account: Account) =>
    update.mutate(
      {
        staffId: account.staffId,
        name: account.name,
        role: account.role,
        wijken: account.wijken,
        active: !account.active,
      },
      { onError: (e) => setError(e.message) },
    );
  return (
    <section className="panel" aria-labelledby="team-accounts">
      <h2 id="team-accounts">{t('team.accounts')}</h2>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <QueryState query={accounts}>
        {(list) => (
          <table className="rules-table">
            <thead>
              <tr>
                <th scope="col">{t('firstStart.name')}</th>
                <th scope="col">{t('team.login')}</th>
                <th scope="col">{t('firstStart.role')}</th>
                <th scope="col">{t('team.wijken')}</th>
                <th scope="col">{t('team.active')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((account) => (
                <tr key={account.staffId}>
                  <td>{account.name}</td>
                  <td>{account.login}</td>
                  <td>{t(`role.${account.role}`)}</td>
                  <td>{account.wijken.join(', ') || t('team.allWijken')}</td>
                  <td>
                    {account.staffId === me ? (
                      t('team.you')
                    ) : (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => toggle(account)}
                      >
                        {account.active
                          ? t('team.deactivate', { name: account.name })
                          : t('team.activate', { name: account.name })}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
      <AddAccount />
    </section>
  );
}

function AddAccount() {
  const { t } = useTranslation();
  const empty = { name: '', login: '', password: '', role: 'wijkbeheerder', wijken: '' };
  const [values, setValues] = useState(empty);
  const [added, setAdded] = useState<string | null>(null);
  const create = useCommand('team:createAccount');
  const form = useFormErrors();
  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(accountCreate, { ...values, wijken: splitWijken(values.wijken), active: true });
    if (!input) return;
    create.mutate(input, {
      onError: (error) => form.fromError(error),
      onSuccess: (account) => {
        setAdded(account.name);
        setValues(empty);
      },
    });
  }
  const field = (name: keyof typeof values) => ({
    name: `account-${name}`,
    value: values[name],
    onChange: (e: { target: { value: string } }) => setValues({ ...values, [name]: e.target.value }),
  });
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="add-account">
      <h3 id="add-account">{t('team.addAccount')}</h3>
      {added ? <Alert kind="success">{t('team.accountAdded', { name: added })}</Alert> : null}
      <FormAlert errors={form.errors} />
      <div className="form__grid">
        <Field label={t('firstStart.name')} error={form.errors.fields.name} required>
          {(props) => <input {...props} {...field('name')} />}
        </Field>
        <Field label={t('team.login')} error={form.errors.fields.login} required>
          {(props) => <input {...props} {...field('login')} autoComplete="off" />}
        </Field>
        <Field label={t('team.newPassword')} error={form.errors.fields.password} hint={t('team.passwordHint')} required>
          {(props) => <input {...props} {...field('password')} type="password" autoComplete="new-password" />}
        </Field>
        <Field label={t('firstStart.role')} error={form.errors.fields.role}>
          {(props) => <VocabSelect {...props} {...field('role')} values={ROLES} group="role" />}
        </Field>
        <Field label={t('team.wijken')} error={form.errors.fields.wijken} hint={t('team.wijkenHint')}>
          {(props) => <input {...props} {...field('wijken')} />}
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('team.addAccountButton')}
        </button>
      </div>
    </form>
  );
}
