import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Complex } from '../../../../shared/domain/entities';
import { ORIGINS, PRACTICE_TYPES, SHARED_OBJECTS } from '../../../../shared/domain/vocabulary';
import { Field } from '../../components/Field';
import { RecordSelect, VocabSelect } from '../../components/Selects';
import { useCall } from '../../hooks/queries';

type Bound = {
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => void;
};
type BasicsKey = 'complexId' | 'origin' | 'practiceType' | 'sharedObject' | 'startDate' | 'endDate' | 'wijkbeheerderId';

/** A choice from one of the initiative's vocabularies; a required one offers "Kies", the others "Geen". */
function VocabField({
  field,
  values,
  bind,
  error,
  hint,
  required = false,
}: {
  field: 'origin' | 'practiceType' | 'sharedObject';
  values: readonly string[];
  bind: (key: BasicsKey) => Bound;
  error: string | undefined;
  hint?: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Field label={t(`initiative.${field}`)} error={error} hint={hint} required={required}>
      {(props) => (
        <VocabSelect
          {...props}
          name={field}
          {...bind(field)}
          values={values}
          group={field}
          empty={t(required ? 'common.choose' : 'common.none')}
        />
      )}
    </Field>
  );
}

/**
 * Where and what: the complex, origin, practice type, common object, period and who looks after it. For a new
 * initiative the hints say what the complex brings along (its objects, its wijkbeheerder).
 */
export function InitiativeBasics({
  draft,
  bind,
  errors,
  complex,
  isNew,
  onComplex,
}: {
  draft: Record<BasicsKey, string>;
  bind: (key: BasicsKey) => Bound;
  errors: Record<string, string>;
  complex: Complex | undefined;
  isNew: boolean;
  onComplex: (id: string) => void;
}) {
  const { t } = useTranslation();
  const complexes = useCall('complexes:list', {});
  const staff = useCall('staff:list');
  return (
    <div className="form__grid">
      <Field label={t('initiative.complex')} error={errors.complexId} required>
        {(props) => (
          <RecordSelect
            {...props}
            name="complexId"
            value={draft.complexId}
            onChange={(ev) => onComplex(ev.target.value)}
            records={complexes.data ?? []}
            label={(c) => `${c.code} · ${c.name}`}
            empty={t('common.choose')}
          />
        )}
      </Field>
      <VocabField field="origin" values={ORIGINS} bind={bind} error={errors.origin} required />
      <VocabField field="practiceType" values={PRACTICE_TYPES} bind={bind} error={errors.practiceType} required />
      <VocabField
        field="sharedObject"
        values={SHARED_OBJECTS}
        bind={bind}
        error={errors.sharedObject}
        hint={
          complex?.sharedObjects.length
            ? t('initiative.complexHasObjects', {
                objects: complex.sharedObjects.map((o) => t(`sharedObject.${o}`)).join(', '),
              })
            : undefined
        }
      />
      <Field label={t('initiative.startDate')} error={errors.startDate}>
        {(props) => <input {...props} type="date" name="startDate" {...bind('startDate')} />}
      </Field>
      <Field label={t('initiative.endDate')} error={errors.endDate}>
        {(props) => <input {...props} type="date" name="endDate" {...bind('endDate')} />}
      </Field>
      <Field
        label={t('initiative.wijkbeheerder')}
        error={errors.wijkbeheerderId}
        hint={
          !isNew
            ? undefined
            : complex
              ? t('initiative.wijkbeheerderOfComplex', { code: complex.code })
              : t('initiative.wijkbeheerderHint')
        }
      >
        {(props) => (
          <RecordSelect
            {...props}
            name="wijkbeheerderId"
            {...bind('wijkbeheerderId')}
            records={staff.data ?? []}
            label={(person) => person.name}
            empty={t('common.none')}
          />
        )}
      </Field>
    </div>
  );
}
