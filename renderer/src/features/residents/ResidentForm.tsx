import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { residentCreateInput, residentUpdateInput } from '../../../../shared/contract/residents';
import type { Resident } from '../../../../shared/domain/entities';
import {
  AGE_BANDS,
  EMPTY_PROFILE,
  RESIDENT_ROLES,
  type Profile,
  type ResidentRole,
} from '../../../../shared/domain/field-work';
import { ApiError, call } from '../../bridge/api';
import { Alert } from '../../components/Alert';
import { CheckList } from '../../components/CheckList';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { emptyToNull } from '../../components/form-values';
import { useCall } from '../../hooks/queries';
import { RecordSelect, VocabSelect } from '../../components/Selects';
import { type FormDraft, useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';
import { ProfileFields } from './ProfileFields';

type ResidentDraft = {
  complexId: string;
  name: string;
  houseNumber: string;
  phone: string;
  email: string;
  consentPurpose: string;
  roles: ResidentRole[];
  ageBand: string;
  profile: Profile;
};

const draftOf = (resident: Resident | undefined, complexId: string): ResidentDraft => ({
  complexId: resident?.complexId ?? complexId,
  name: resident?.name ?? '',
  houseNumber: resident?.houseNumber ?? '',
  phone: resident?.phone ?? '',
  email: resident?.email ?? '',
  consentPurpose: '',
  roles: resident?.roles ?? [],
  ageBand: resident?.ageBand ?? '',
  profile: resident?.profile ?? EMPTY_PROFILE,
});

/** Who and where: name, complex, house number, contact details and age band. */
function ResidentBasics({
  bind,
  errors: e,
}: {
  bind: FormDraft<ResidentDraft>['bind'];
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const complexes = useCall('complexes:list', {});
  return (
    <div className="form__grid">
      <Field label={t('resident.name')} error={e.name} required>
        {(props) => <input {...props} name="name" {...bind('name')} />}
      </Field>
      <Field label={t('initiative.complex')} error={e.complexId} required>
        {(props) => (
          <RecordSelect
            {...props}
            name="complexId"
            {...bind('complexId')}
            records={complexes.data ?? []}
            label={(c) => `${c.code} · ${c.name}`}
            empty={t('common.choose')}
          />
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
          <VocabSelect
            {...props}
            name="ageBand"
            {...bind('ageBand')}
            values={AGE_BANDS}
            group="ageBand"
            empty={t('common.none')}
          />
        )}
      </Field>
    </div>
  );
}

/** Create or edit a resident: minimal data, contact details only with a consent, an optional profielschets. */
export function ResidentForm({ resident, complexId = '' }: { resident?: Resident; complexId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useFormErrors();
  const [duplicate, setDuplicate] = useState<{ id: string; name: string } | null>(null);
  const { values: d, patch: set, bind } = useDraft(() => draftOf(resident, complexId));
  const setProfile = (patch: Partial<Profile>) => set({ profile: { ...d.profile, ...patch } });
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
      <ResidentBasics bind={bind} errors={e} />
      {needsConsent ? (
        <Field label={t('resident.consentPurpose')} error={e.consentPurpose} required hint={t('resident.consentHint')}>
          {(props) => <input {...props} name="consentPurpose" {...bind('consentPurpose')} />}
        </Field>
      ) : null}
      <CheckList
        legend={t('resident.roles')}
        values={RESIDENT_ROLES}
        chosen={d.roles}
        label={(role) => t(`residentRole.${role}`)}
        onChange={(roles) => set({ roles })}
      />
      <ProfileFields profile={d.profile} onChange={setProfile} />
      <FormActions />
    </form>
  );
}
