import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Session, USER_SWITCH_LOG_ID } from '../../../../shared/contract/session';
import { AuditTrail } from '../../components/AuditTrail';
import { staffInput } from '../../../../shared/contract/staff';
import { ROLES } from '../../../../shared/domain/vocabulary';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { useCall, useCommand } from '../../hooks/queries';
import { RecordSelect, VocabSelect } from '../../components/Selects';
import { useFormErrors } from '../../hooks/use-form-errors';
import { AllowanceLimits } from './AllowanceLimits';
import { MandateSettings } from './MandateSettings';
import { TeamSettings } from '../team/TeamSettings';
import { BackupSettings } from './BackupSettings';
import { EncryptionSettings } from './EncryptionSettings';
import { WelcomeTemplate } from '../reciprocity/WelcomeTemplate';

/** Who works on this laptop. Switching person (and so role) is confirmed first and lands in the change log. */
function SwitchUser({ session }: { session: Session }) {
  const { t } = useTranslation();
  const update = useCommand('settings:update');
  const [pending, setPending] = useState<string | null>(null);
  const person = session.staff.find((p) => p.id === pending);
  return (
    <>
      <Field label={t('settings.currentUser')}>
        {(props) => (
          <RecordSelect
            {...props}
            name="currentStaffId"
            value={pending ?? session.settings.currentStaffId ?? ''}
            onChange={(e) => setPending(e.target.value === session.settings.currentStaffId ? null : e.target.value)}
            records={session.staff}
            label={(p) => `${p.name} (${t(`role.${p.role}`)})`}
          />
        )}
      </Field>
      {person ? (
        <div className="notice" role="alertdialog" aria-label={t('settings.switchButton')}>
          <p>{t('settings.switchConfirm', { name: person.name, role: t(`role.${person.role}`) })}</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => update.mutate({ currentStaffId: person.id }, { onSuccess: () => setPending(null) })}
            >
              {t('settings.switchButton')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setPending(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}

function AddStaff() {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [role, setRole] = useState('wijkbeheerder');
  const [added, setAdded] = useState<string | null>(null);
  const create = useCommand('staff:create');
  const form = useFormErrors();
  function submit(event: FormEvent) {
    event.preventDefault();
    const staff = form.validate(staffInput, { name, role });
    if (!staff) return;
    create.mutate(staff, {
      onSuccess: (person) => {
        setAdded(person.name);
        setName('');
      },
      onError: (error) => form.fromError(error),
    });
  }
  return (
    <form className="form panel" onSubmit={submit} noValidate aria-labelledby="add-staff">
      <h2 id="add-staff">{t('settings.addStaff')}</h2>
      {added ? <Alert kind="success">{t('settings.staffAdded', { name: added })}</Alert> : null}
      <div className="form__grid">
        <Field label={t('firstStart.name')} error={form.errors.fields.name} required>
          {(props) => <input {...props} name="staffName" value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('firstStart.role')} error={form.errors.fields.role}>
          {(props) => (
            <VocabSelect
              {...props}
              name="staffRole"
              value={role}
              onChange={(e) => setRole(e.target.value)}
              values={ROLES}
              group="role"
            />
          )}
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button">
          {t('settings.addStaffButton')}
        </button>
      </div>
    </form>
  );
}

export function SettingsPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const update = useCommand('settings:update');
  const info = useCall('app:info');
  // In a team the server says who you are and what your role is; the laptop only shows it.
  const inTeam = useCall('team:status', {}).data?.mode === 'team';
  return (
    <>
      <PageHeader title={t('nav.settings')} />
      <section className="panel form">
        <Field label={t('settings.language')}>
          {(props) => (
            <select
              {...props}
              name="language"
              value={session.settings.language}
              onChange={(e) => update.mutate({ language: LANGUAGES.find((l) => l === e.target.value) ?? 'nl' })}
            >
              <option value="nl">Nederlands</option>
              <option value="en">English</option>
            </select>
          )}
        </Field>
        {inTeam ? null : <SwitchUser session={session} />}
      </section>
      <TeamSettings />
      {inTeam ? null : <AddStaff />}
      {session.currentStaff?.role === 'teamleider' ? <MandateSettings staff={session.staff} /> : null}
      {inTeam ? null : <BackupSettings />}
      <EncryptionSettings />
      <AllowanceLimits canEdit={session.currentStaff?.role !== 'wijkbeheerder'} />
      <WelcomeTemplate canEdit={session.currentStaff?.role === 'teamleider'} />
      {inTeam ? null : <AuditTrail entityId={USER_SWITCH_LOG_ID} title={t('settings.switchLog')} />}
      {info.data ? (
        <section className="panel" aria-labelledby="about">
          <h2 id="about">{t('settings.about')}</h2>
          <dl className="details">
            <div>
              <dt>{t('settings.version')}</dt>
              <dd>{info.data.version}</dd>
            </div>
            <div>
              <dt>{t('settings.schema')}</dt>
              <dd>{info.data.schemaVersion}</dd>
            </div>
            <div>
              <dt>{t('settings.mode')}</dt>
              <dd>{t(`settings.mode.${info.data.mode}`)}</dd>
            </div>
            <div>
              <dt>{t('settings.dataDir')}</dt>
              <dd>
                <code>{info.data.dataDir}</code>
              </dd>
            </div>
          </dl>
        </section>
      ) : null}
    </>
  );
}
