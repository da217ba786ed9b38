import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { staffInput } from '../../../../shared/contract/staff';
import type { Session } from '../../../../shared/contract/session';
import { ROLES } from '../../../../shared/domain/vocabulary';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { useCommand } from '../../hooks/queries';
import { useFormErrors } from '../../hooks/use-form-errors';
import { ConnectForm } from '../team/TeamSettings';

/** First start: who are you, and do you want an empty database or the demo corporation? */
export function FirstStartPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [role, setRole] = useState('wijkbeheerder');
  const [demo, setDemo] = useState(false);
  const initialize = useCommand('session:initialize');
  const pickExisting = useCommand('settings:update');
  const form = useFormErrors();

  function submit(event: FormEvent) {
    event.preventDefault();
    const staff = form.validate(staffInput, { name, role });
    if (!staff) return;
    initialize.mutate({ staff, demo }, { onError: (error) => form.fromError(error) });
  }

  return (
    <main className="first-start" id="main">
      <PageHeader title={t('firstStart.title')} subtitle={t('firstStart.intro')} />
      {session.staff.length > 0 ? (
        <section className="panel" aria-labelledby="existing-staff">
          <h2 id="existing-staff">{t('firstStart.existing')}</h2>
          <div className="button-row">
            {session.staff.map((person) => (
              <button
                key={person.id}
                type="button"
                className="button button--secondary"
                onClick={() => pickExisting.mutate({ currentStaffId: person.id })}
              >
                {person.name} ({t(`role.${person.role}`)})
              </button>
            ))}
          </div>
        </section>
      ) : null}
      <form className="form panel" onSubmit={submit} noValidate aria-label={t('firstStart.title')}>
        <FormAlert errors={form.errors} />
        <Field label={t('firstStart.name')} error={form.errors.fields.name} required>
          {(props) => (
            <input {...props} name="name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
          )}
        </Field>
        <fieldset className="checks">
          <legend>{t('firstStart.role')}</legend>
          {ROLES.map((value) => (
            <label key={value}>
              <input type="radio" name="role" value={value} checked={role === value} onChange={() => setRole(value)} />
              {t(`role.${value}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="checks">
          <legend>{t('firstStart.data')}</legend>
          <label>
            <input type="radio" name="data" checked={!demo} onChange={() => setDemo(false)} />
            {t('firstStart.empty')}
          </label>
          <label>
            <input
              type="radio"
              name="data"
              checked={demo}
              onChange={() => setDemo(true)}
              disabled={session.staff.length > 0}
            />
            {t('firstStart.demo')}
          </label>
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button" disabled={initialize.isPending}>
            {initialize.isPending ? t('firstStart.working') : t('firstStart.start')}
          </button>
        </div>
      </form>
      <ConnectForm />
    </main>
  );
}
