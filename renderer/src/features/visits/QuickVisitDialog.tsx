import { type FormEvent, type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Draft } from '../../../../shared/domain/entities';
import { isOpen } from '../../../../shared/domain/status';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { useCall, useCommand } from '../../hooks/queries';
import { useFormErrors } from '../../hooks/use-form-errors';
import { Combobox } from '../../components/Combobox';
import { fuzzySearch } from '../../components/fuzzy';
import { PhotoPicker } from './PhotoPicker';
import { FollowUpFields, NewInitiativeFields, TouchedInitiatives } from './VisitFormParts';
import { emptyVisitDraft, todayInNl, toVisitInput, type VisitDraft } from './visit-draft';
import { useDraftAutosave } from './use-draft-autosave';

interface Props {
  meId: string;
  resume?: Draft | undefined;
  onClose: () => void;
}

/**
 * "Nieuw bezoek": log a visit from anywhere, keyboard only if you like. Complex by typing part of its code,
 * name or street; a new initiative needs only title, type and origin; everything autosaves as a draft.
 */
export function QuickVisitDialog({ meId, resume, onClose }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<VisitDraft>(() => ({
    ...emptyVisitDraft(todayInNl(), meId),
    ...(resume?.payload as Partial<VisitDraft> | undefined),
  }));
  const [complexQuery, setComplexQuery] = useState(draft.complexLabel);
  const [residentQuery, setResidentQuery] = useState('');
  const complexes = useCall('complexes:list', {});
  const staff = useCall('staff:list');
  const residents = useCall(
    'residents:search',
    { query: residentQuery, complexId: draft.complexId || undefined },
    { enabled: residentQuery.trim().length > 0 },
  );
  const initiatives = useCall(
    'initiatives:list',
    { complexId: draft.complexId || undefined, limit: 200 },
    { enabled: Boolean(draft.complexId) },
  );
  const save = useCommand('visits:create');
  const form = useFormErrors();
  const touched =
    draft.complexId !== '' || draft.note !== '' || draft.newInitiative.title !== '' || draft.residents.length > 0;
  const draftId = useDraftAutosave(draft, resume?.id, touched);
  const set = (patch: Partial<VisitDraft>) => setDraft((d) => ({ ...d, ...patch }));

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const complexOptions = useMemo(() => fuzzySearch(complexQuery, complexes.data ?? []), [complexQuery, complexes.data]);
  const openInitiatives = (initiatives.data ?? []).filter((i) => isOpen(i.status));

  function submit(event?: FormEvent) {
    event?.preventDefault();
    void save.submit(toVisitInput(draft, draftId), form, {
      onSuccess: (visit) => {
        onClose();
        void navigate(
          visit.initiatives.length === 1
            ? `/initiatieven/${visit.initiatives[0]!.id}`
            : `/complexen/${visit.complexId}`,
        );
      },
      onError: (error) => form.fromError(error),
    });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  }

  const e = form.errors.fields;
  return (
    <dialog
      ref={dialog}
      className="visit-dialog"
      aria-labelledby="visit-title"
      onCancel={onClose}
      onKeyDown={onKeyDown}
    >
      <form className="form" onSubmit={submit} noValidate>
        <h2 id="visit-title">{t('visit.title')}</h2>
        <p className="muted">{resume ? t('visit.resumed') : t('visit.intro')}</p>
        <FormAlert errors={form.errors} />
        <Combobox
          label={t('visit.complex')}
          query={complexQuery}
          onQuery={(q) => {
            setComplexQuery(q);
            if (draft.complexId) set({ complexId: '', complexLabel: '', initiativeIds: [] });
          }}
          options={complexOptions}
          optionKey={(c) => c.id}
          optionLabel={(c) => `${c.code} · ${c.name} · ${c.address}`}
          onPick={(c) => {
            const label = `${c.code} · ${c.name}`;
            setComplexQuery(label);
            set({ complexId: c.id, complexLabel: label, initiativeIds: [] });
          }}
          hint={t('visit.complexHint')}
          error={e.complexId}
          autoFocus
        />
        <Field label={t('visit.note')} error={e.note}>
          {(props) => (
            <textarea
              {...props}
              name="note"
              rows={2}
              value={draft.note}
              onChange={(ev) => set({ note: ev.target.value })}
            />
          )}
        </Field>
        <NewInitiativeFields draft={draft} set={set} error={e.newInitiatives} />
        {/* The date defaults to today and rarely changes, so it comes after the fields typed on every visit. */}
        <div className="form__grid">
          <Field label={t('visit.date')} error={e.visitDate}>
            {(props) => (
              <input
                {...props}
                type="date"
                name="visitDate"
                value={draft.visitDate}
                onChange={(ev) => set({ visitDate: ev.target.value })}
              />
            )}
          </Field>
        </div>
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
        <TouchedInitiatives initiatives={openInitiatives} draft={draft} set={set} />
        <FollowUpFields draft={draft} set={set} staff={staff.data ?? []} error={e.followUps} />
        <PhotoPicker photos={draft.photos} onChange={(photos) => set({ photos })} />
        <div className="form__actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('visit.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('visit.later')}
          </button>
        </div>
        <p className="muted" role="status">
          {draftId ? t('visit.draftSaved') : ''}
        </p>
      </form>
    </dialog>
  );
}
