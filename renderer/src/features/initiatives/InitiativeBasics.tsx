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
      <Field label={t('initiative.origin')} error={errors.origin} required>
        {(props) => (
          <VocabSelect
            {...props}
            name="origin"
            {...bind('origin')}
            values={ORIGINS}
            group="origin"
            empty={t('common.choose')}
          />
        )}
      </Field>
      <Field label={t('initiative.practiceType')} error={errors.practiceType} required>
        {(props) => (
          <VocabSelect
            {...props}
            name="practiceType"
            {...bind('practiceType')}
            values={PRACTICE_TYPES}
            group="practiceType"
            empty={t('common.choose')}
          />
        )}
      </Field>
      <Field
        label={t('initiative.sharedObject')}
        error={errors.sharedObject}
        hint={
          complex?.sharedObjects.length
            ? t('initiative.complexHasObjects', {
                objects: complex.sharedObjects.map((o) => t(`sharedObject.${o}`)).join(', '),
              })
            : undefined
        }
      >
        {(props) => (
          <VocabSelect
            {...props}
            name="sharedObject"
            {...bind('sharedObject')}
            values={SHARED_OBJECTS}
            group="sharedObject"
            empty={t('common.none')}
          />
        )}
      </Field>
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
