import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { residentCreateInput, residentUpdateInput } from '../../../../shared/contract/residents';
import type { Resident } from '../../../../shared/domain/entities';
import {
  AGE_BANDS,
  EMPTY_PROFILE,
  LIFE_PHASES,
  RESIDENT_ROLES,
  TALENTS,
  type Profile,
  type ResidentRole,
} from '../../../../shared/domain/field-work';
import { MOTIVES } from '../../../../shared/domain/recommendation';
import { ApiError, call } from '../../bridge/api';
import { Alert } from '../../components/Alert';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { emptyToNull } from '../../components/form-values';
import { useCall } from '../../hooks/queries';
import { useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';

type ListKey = 'talents' | 'interests' | 'motives';

/** Create or edit a resident: minimal data, contact details only with a consent, an optional profielschets. */
export function ResidentForm({ resident, complexId = '' }: { resident?: Resident; complexId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const complexes = useCall('complexes:list', {});
  const form = useFormErrors();
  const [duplicate, setDuplicate] = useState<{ id: string; name: string } | null>(null);
  const {
    values: d,
    patch: set,
    bind,
  } = useDraft({
    complexId: resident?.complexId ?? complexId,
    name: resident?.name ?? '',
    houseNumber: resident?.houseNumber ?? '',
    phone: resident?.phone ?? '',
    email: resident?.email ?? '',
    consentPurpose: '',
    roles: resident?.roles ?? ([] as ResidentRole[]),
    ageBand: resident?.ageBand ?? '',
    profile: resident?.profile ?? EMPTY_PROFILE,
  });
  const setProfile = (patch: Partial<Profile>) => set({ profile: { ...d.profile, ...patch } });
  const toggle = (key: ListKey, value: string) => {
    const list = d.profile[key] as string[];
    setProfile({
      [key]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value],
    } as Partial<Profile>);
  };
  const needsConsent = !resident?.consent && (d.phone.trim() !== '' || d.email.trim() !== '');

  async function submit(event: FormEvent, confirmDuplicate = false) {
    event.preventDefault();
    const values = {
      ...d,
      complexId: d.complexId || undefined,
      ageBand: emptyToNull(d.ageBand),
      consentPurpose: d.consentPurpose.trim() || undefined,
      ...(resident ? { id: resident.id, version: resident.version } : { confirmDuplicate }),
    };
    const update = resident ? form.validate(residentUpdateInput, values) : null;
    const create = resident ? null : form.validate(residentCreateInput, values);
    if (!update && !create) return;
    try {
      const saved = update ? await call('residents:update', update) : await call('residents:create', create!);
      void navigate(`/bewoners/${saved.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.body.messageKey === 'err.resident.duplicate')
        setDuplicate({ id: String(error.body.params?.id), name: String(error.body.params?.name) });
      form.fromError(error);
    }
  }

  const e = form.errors.fields;
  const checks = (key: ListKey, values: readonly string[], group: string) => (
    <fieldset className="checks">
      <legend>{t(`profile.${key}`)}</legend>
      {values.map((value) => (
        <label key={value}>
          <input
            type="checkbox"
            checked={(d.profile[key] as string[]).includes(value)}
            onChange={() => toggle(key, value)}
          />
          {t(`${group}.${value}`)}
        </label>
      ))}
    </fieldset>
  );

  return (
    <form
      className="form"
      onSubmit={(ev) => void submit(ev)}
      noValidate
      aria-label={resident ? t('resident.edit') : t('resident.new')}
    >
      <FormAlert errors={form.errors} />
      {duplicate ? (
        <Alert kind="info">
          {t('resident.duplicateFound')} <Link to={`/bewoners/${duplicate.id}`}>{duplicate.name}</Link>
          <button type="button" className="button button--secondary" onClick={(ev) => void submit(ev, true)}>
            {t('resident.addAnyway')}
          </button>
        </Alert>
      ) : null}
      <div className="form__grid">
        <Field label={t('resident.name')} error={e.name} required>
          {(props) => <input {...props} name="name" {...bind('name')} />}
        </Field>
        <Field label={t('initiative.complex')} error={e.complexId} required>
          {(props) => (
            <select {...props} name="complexId" {...bind('complexId')}>
              <option value="">{t('common.choose')}</option>
              {complexes.data?.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.code} · {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('resident.houseNumber')} error={e.houseNumber}>
          {(props) => <input {...props} name="houseNumber" {...bind('houseNumber')} />}
        </Field>
        <Field label={t('resident.phone')} error={e.phone}>
          {(props) => <input {...props} name="phone" type="tel" {...bind('phone')} />}
        </Field>
        <Field label={t('resident.email')} error={e.email}>
          {(props) => <input {...props} name="email" type="email" {...bind('email')} />}
        </Field>
        <Field label={t('resident.ageBand')} hint={t('resident.ageBandHint')}>
          {(props) => (
            <select {...props} name="ageBand" {...bind('ageBand')}>
              <option value="">{t('common.none')}</option>
              {AGE_BANDS.map((band) => (
                <option key={band} value={band}>
                  {t(`ageBand.${band}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {needsConsent ? (
        <Field label={t('resident.consentPurpose')} error={e.consentPurpose} required hint={t('resident.consentHint')}>
          {(props) => <input {...props} name="consentPurpose" {...bind('consentPurpose')} />}
        </Field>
      ) : null}
      <fieldset className="checks">
        <legend>{t('resident.roles')}</legend>
        {RESIDENT_ROLES.map((role) => (
          <label key={role}>
            <input
              type="checkbox"
              checked={d.roles.includes(role)}
              onChange={() =>
                set({ roles: d.roles.includes(role) ? d.roles.filter((r) => r !== role) : [...d.roles, role] })
              }
            />
            {t(`residentRole.${role}`)}
          </label>
        ))}
      </fieldset>
      <h2>{t('profile.title')}</h2>
      {checks('talents', TALENTS, 'talent')}
      {checks('interests', TALENTS, 'talent')}
      {checks('motives', MOTIVES, 'motive')}
      <div className="form__grid">
        <Field label={t('profile.offers')}>
          {(props) => (
            <input
              {...props}
              name="offers"
              value={d.profile.offers}
              onChange={(ev) => setProfile({ offers: ev.target.value })}
            />
          )}
        </Field>
        <Field label={t('profile.wishes')}>
          {(props) => (
            <input
              {...props}
              name="wishes"
              value={d.profile.wishes}
              onChange={(ev) => setProfile({ wishes: ev.target.value })}
            />
          )}
        </Field>
        <Field label={t('profile.lifePhase')}>
          {(props) => (
            <select
              {...props}
              name="lifePhase"
              value={d.profile.lifePhase ?? ''}
              onChange={(ev) => setProfile({ lifePhase: (ev.target.value || null) as Profile['lifePhase'] })}
            >
              <option value="">{t('common.none')}</option>
              {LIFE_PHASES.map((phase) => (
                <option key={phase} value={phase}>
                  {t(`lifePhase.${phase}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <FormActions />
    </form>
  );
}
