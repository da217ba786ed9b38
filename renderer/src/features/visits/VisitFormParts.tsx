import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeRow, Staff } from '../../../../shared/domain/entities';
import { PERSON_ROLES } from '../../../../shared/domain/field-work';
import { ORIGINS, PRACTICE_TYPES } from '../../../../shared/domain/vocabulary';
import { Field } from '../../components/Field';
import { formatDate } from '../../components/format';
import { Combobox } from '../../components/Combobox';
import { fuzzySearch } from '../../components/fuzzy';
import { useCall } from '../../hooks/queries';
import { RecordSelect, VocabSelect } from '../../components/Selects';
import type { VisitDraft } from './visit-draft';

/** The parts of the quick visit form; each edits its own piece of the draft. */
interface PartProps {
  draft: VisitDraft;
  set: (patch: Partial<VisitDraft>) => void;
}

/** A new initiative heard of during the visit: title, type, origin, and the role of the residents met in it. */
export function NewInitiativeFields({ draft, set, error }: PartProps & { error?: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className="subform">
      <legend>{t('visit.newInitiative')}</legend>
      <div className="form__grid">
        <Field label={t('initiative.title')} error={error}>
          {(props) => (
            <input
              {...props}
              name="newInitiativeTitle"
              value={draft.newInitiative.title}
              onChange={(ev) => set({ newInitiative: { ...draft.newInitiative, title: ev.target.value } })}
            />
          )}
        </Field>
        <Field label={t('initiative.practiceType')}>
          {(props) => (
            <VocabSelect
              {...props}
              name="newInitiativeType"
              value={draft.newInitiative.practiceType}
              onChange={(ev) => set({ newInitiative: { ...draft.newInitiative, practiceType: ev.target.value } })}
              values={PRACTICE_TYPES}
              group="practiceType"
              empty={t('common.choose')}
            />
          )}
        </Field>
        <Field label={t('initiative.origin')}>
          {(props) => (
            <VocabSelect
              {...props}
              name="newInitiativeOrigin"
              value={draft.newInitiative.origin}
              onChange={(ev) => set({ newInitiative: { ...draft.newInitiative, origin: ev.target.value } })}
              values={ORIGINS}
              group="origin"
            />
          )}
        </Field>
        {draft.residents.length > 0 ? (
          <Field label={t('visit.peopleRole')} hint={t('visit.peopleRole.hint')}>
            {(props) => (
              <VocabSelect
                {...props}
                name="newInitiativePeopleRole"
                value={draft.newInitiative.personRole ?? 'initiatiefnemer'}
                onChange={(ev) => set({ newInitiative: { ...draft.newInitiative, personRole: ev.target.value } })}
                values={PERSON_ROLES}
                group="personRole"
              />
            )}
          </Field>
        ) : null}
      </div>
    </fieldset>
  );
}

/** The open initiatives of the complex that the visit touched. */
export function TouchedInitiatives({ initiatives, draft, set }: PartProps & { initiatives: InitiativeRow[] }) {
  const { t, i18n } = useTranslation();
  return initiatives.length ? (
    <fieldset className="checks checks--column">
      <legend>{t('visit.touches')}</legend>
      {initiatives.map((initiative) => (
        <label key={initiative.id}>
          <input
            type="checkbox"
            checked={draft.initiativeIds.includes(initiative.id)}
            onChange={(ev) =>
              set({
                initiativeIds: ev.target.checked
                  ? [...draft.initiativeIds, initiative.id]
                  : draft.initiativeIds.filter((i) => i !== initiative.id),
              })
            }
          />
          {initiative.title}{' '}
          <span className="muted">
            ({t(`status.${initiative.status}`)}
            {initiative.startDate ? ` · ${formatDate(initiative.startDate, i18n.language)}` : ''})
          </span>
        </label>
      ))}
    </fieldset>
  ) : null;
}

/** The follow-up agreed during the visit: what, when, and who does it. */
export function FollowUpFields({ draft, set, staff, error }: PartProps & { staff: Staff[]; error?: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className="subform">
      <legend>{t('visit.followUp')}</legend>
      <div className="form__grid">
        <Field label={t('followUp.title')} error={error}>
          {(props) => (
            <input
              {...props}
              name="followUpTitle"
              value={draft.followUp.title}
              onChange={(ev) => set({ followUp: { ...draft.followUp, title: ev.target.value } })}
            />
          )}
        </Field>
        <Field label={t('followUp.dueDate')}>
          {(props) => (
            <input
              {...props}
              type="date"
              name="followUpDue"
              value={draft.followUp.dueDate}
              onChange={(ev) => set({ followUp: { ...draft.followUp, dueDate: ev.target.value } })}
            />
          )}
        </Field>
        <Field label={t('followUp.owner')}>
          {(props) => (
            <RecordSelect
              {...props}
              name="followUpOwner"
              value={draft.followUp.ownerId}
              onChange={(ev) => set({ followUp: { ...draft.followUp, ownerId: ev.target.value } })}
              records={staff}
              label={(person) => person.name}
            />
          )}
        </Field>
      </div>
    </fieldset>
  );
}

/** The complex, by typing part of its code, name or street; Enter picks the first match. */
export function ComplexPicker({ draft, set, error }: PartProps & { error?: string | undefined }) {
  const { t } = useTranslation();
  const [complexQuery, setComplexQuery] = useState(draft.complexLabel);
  const complexes = useCall('complexes:list', {});
  const options = useMemo(() => fuzzySearch(complexQuery, complexes.data ?? []), [complexQuery, complexes.data]);
  return (
    <Combobox
      label={t('visit.complex')}
      query={complexQuery}
      onQuery={(q) => {
        setComplexQuery(q);
        if (draft.complexId) set({ complexId: '', complexLabel: '', initiativeIds: [] });
      }}
      options={options}
      optionKey={(c) => c.id}
      optionLabel={(c) => `${c.code} · ${c.name} · ${c.address}`}
      onPick={(c) => {
        const label = `${c.code} · ${c.name}`;
        setComplexQuery(label);
        set({ complexId: c.id, complexLabel: label, initiativeIds: [] });
      }}
      hint={t('visit.complexHint')}
      error={error}
      autoFocus
    />
  );
}

/** Who was met: residents of the complex by name, or a new name with Enter; each can be taken off again. */
export function PeopleMet({ draft, set }: PartProps) {
  const { t } = useTranslation();
  const [residentQuery, setResidentQuery] = useState('');
  const residents = useCall(
    'residents:search',
    { query: residentQuery, complexId: draft.complexId || undefined },
    { enabled: residentQuery.trim().length > 0 },
  );
  return (
    <>
      <Combobox
        label={t('visit.residents')}
        query={residentQuery}
        onQuery={setResidentQuery}
        options={(residents.data ?? []).filter((r) => !draft.residents.some((m) => m.id === r.id))}
        optionKey={(r) => r.id}
        optionLabel={(r) => `${r.name}${r.houseNumber ? ` (${r.houseNumber})` : ''} · ${r.complexCode}`}
        onPick={(r) => {
          set({ residents: [...draft.residents, { id: r.id, name: r.name }] });
          setResidentQuery('');
        }}
        onEnterWithoutMatch={(name) => {
          set({ residents: [...draft.residents, { name }] });
          setResidentQuery('');
        }}
        hint={t('visit.residentsHint')}
      />
      {draft.residents.length ? (
        <ul className="chips" aria-label={t('visit.residentsMet')}>
          {draft.residents.map((r, index) => (
            <li key={`${r.id ?? 'new'}-${r.name}`}>
              {r.name}
              {r.id ? '' : ` (${t('visit.newResident')})`}
              <button
                type="button"
                aria-label={t('visit.remove', { name: r.name })}
                onClick={() => set({ residents: draft.residents.filter((_, i) => i !== index) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
