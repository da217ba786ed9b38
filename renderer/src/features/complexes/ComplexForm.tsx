import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Complex } from '../../../../shared/domain/entities';
import { BUILDING_TYPES, SHARED_OBJECTS, type SharedObject } from '../../../../shared/domain/vocabulary';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { CheckList } from '../../components/CheckList';
import { emptyToNull, parseNumberInput } from '../../components/form-values';
import { useCall, useCommand } from '../../hooks/queries';
import { RecordSelect, VocabSelect } from '../../components/Selects';
import { useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';

const TEXT_FIELDS = ['code', 'name', 'address', 'postcode', 'place', 'municipality', 'wijk', 'buurt'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

interface Draft extends Record<TextField, string> {
  homes: string;
  buildingType: string;
  sharedObjects: SharedObject[];
  wijkbeheerderId: string;
  coreValues: string;
}

function draftOf(complex?: Complex): Draft {
  return {
    code: complex?.code ?? '',
    name: complex?.name ?? '',
    address: complex?.address ?? '',
    postcode: complex?.postcode ?? '',
    place: complex?.place ?? '',
    municipality: complex?.municipality ?? '',
    wijk: complex?.wijk ?? '',
    buurt: complex?.buurt ?? '',
    homes: complex ? String(complex.homes) : '',
    buildingType: complex?.buildingType ?? '',
    sharedObjects: complex?.sharedObjects ?? [],
    wijkbeheerderId: complex?.wijkbeheerderId ?? '',
    coreValues: complex?.coreValues ?? '',
  };
}

/** Create or edit a complex. Editing sends the version it started from, so a parallel change is never overwritten. */
export function ComplexForm({ complex, onReload }: { complex?: Complex; onReload?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const staff = useCall('staff:list');
  const { values: draft, patch, bind } = useDraft<Draft>(() => draftOf(complex));
  const create = useCommand('complexes:create');
  const update = useCommand('complexes:update');
  const form = useFormErrors();

  function submit(event: FormEvent) {
    event.preventDefault();
    const values = {
      ...draft,
      homes: parseNumberInput(draft.homes),
      buildingType: draft.buildingType || undefined,
      wijkbeheerderId: emptyToNull(draft.wijkbeheerderId),
      ...(complex ? { id: complex.id, version: complex.version } : {}),
    };
    const done = {
      onSuccess: (saved: Complex) => void navigate(`/complexen/${saved.id}`),
      onError: (error: unknown) => form.fromError(error),
    };
    if (complex) void update.submit(values, form, done);
    else void create.submit(values, form, done);
  }

  const e = form.errors.fields;
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={complex ? t('complex.edit') : t('complex.new')}>
      <FormAlert errors={form.errors} onReload={onReload} />
      <div className="form__grid">
        {TEXT_FIELDS.map((name) => (
          <Field key={name} label={t(`complex.${name}`)} error={e[name]} required={name === 'code' || name === 'name'}>
            {(props) => <input {...props} name={name} {...bind(name)} />}
          </Field>
        ))}
        <Field label={t('complex.homes')} error={e.homes} required>
          {(props) => <input {...props} name="homes" inputMode="numeric" {...bind('homes')} />}
        </Field>
        <Field label={t('complex.buildingType')} error={e.buildingType} required>
          {(props) => (
            <VocabSelect
              {...props}
              name="buildingType"
              {...bind('buildingType')}
              values={BUILDING_TYPES}
              group="buildingType"
              empty={t('common.choose')}
            />
          )}
        </Field>
        <Field label={t('complex.wijkbeheerder')} error={e.wijkbeheerderId}>
          {(props) => (
            <RecordSelect
              {...props}
              name="wijkbeheerderId"
              {...bind('wijkbeheerderId')}
              records={staff.data ?? []}
              label={(person) => `${person.name} (${t(`role.${person.role}`)})`}
              empty={t('common.none')}
            />
          )}
        </Field>
      </div>
      <CheckList
        legend={t('complex.sharedObjects')}
        values={SHARED_OBJECTS}
        chosen={draft.sharedObjects}
        label={(object) => t(`sharedObject.${object}`)}
        onChange={(sharedObjects) => patch({ sharedObjects })}
        error={e.sharedObjects}
      />
      <Field label={t('complex.coreValues')} hint={t('complex.coreValues.hint')} error={e.coreValues}>
        {(props) => <textarea {...props} name="coreValues" rows={3} {...bind('coreValues')} />}
      </Field>
      <FormActions saving={create.isPending || update.isPending} />
    </form>
  );
}
