import { type FormEvent, type KeyboardEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Draft } from '../../../../shared/domain/entities';
import { isOpen } from '../../../../shared/domain/status';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { useCall, useCommand } from '../../hooks/queries';
import { useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';
import { PhotoPicker } from './PhotoPicker';
import { ComplexPicker, FollowUpFields, NewInitiativeFields, PeopleMet, TouchedInitiatives } from './VisitFormParts';
import { emptyVisitDraft, todayInNl, toVisitInput, type VisitDraft } from './visit-draft';
import { useDraftAutosave } from './use-draft-autosave';

interface Props {
  meId: string;
  resume?: Draft | undefined;
  onClose: () => void;
}

/**
 * Saving a visit: the button, and Ctrl+Enter from any field. A saved visit closes the dialog and opens what it was
 * about: its one initiative, or else its complex.
 */
function useSaveVisit(draft: VisitDraft, draftId: string | undefined, onClose: () => void) {
  const navigate = useNavigate();
  const save = useCommand('visits:create');
  const form = useFormErrors();
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
  return { submit, onKeyDown, saving: save.isPending, form };
}

/**
 * "Nieuw bezoek": log a visit from anywhere, keyboard only if you like. Complex by typing part of its code,
 * name or street; a new initiative needs only title, type and origin; everything autosaves as a draft.
 */
export function QuickVisitDialog({ meId, resume, onClose }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const {
    values: draft,
    patch: set,
    bind,
  } = useDraft<VisitDraft>(() => ({
    ...emptyVisitDraft(todayInNl(), meId),
    ...(resume?.payload as Partial<VisitDraft> | undefined),
  }));
  const staff = useCall('staff:list');
  const initiatives = useCall(
    'initiatives:list',
    { complexId: draft.complexId || undefined, limit: 200 },
    { enabled: Boolean(draft.complexId) },
  );
  const touched =
    draft.complexId !== '' || draft.note !== '' || draft.newInitiative.title !== '' || draft.residents.length > 0;
  const draftId = useDraftAutosave(draft, resume?.id, touched);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const openInitiatives = (initiatives.data ?? []).filter((i) => isOpen(i.status));

  const { submit, onKeyDown, saving, form } = useSaveVisit(draft, draftId, onClose);
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
        <ComplexPicker draft={draft} set={set} error={e.complexId} />
        <Field label={t('visit.note')} error={e.note}>
          {(props) => <textarea {...props} name="note" rows={2} {...bind('note')} />}
        </Field>
        <NewInitiativeFields draft={draft} set={set} error={e.newInitiatives} />
        {/* The date defaults to today and rarely changes, so it comes after the fields typed on every visit. */}
        <div className="form__grid">
          <Field label={t('visit.date')} error={e.visitDate}>
            {(props) => <input {...props} type="date" name="visitDate" {...bind('visitDate')} />}
          </Field>
        </div>
        <PeopleMet draft={draft} set={set} />
        <TouchedInitiatives initiatives={openInitiatives} draft={draft} set={set} />
        <FollowUpFields draft={draft} set={set} staff={staff.data ?? []} error={e.followUps} />
        <PhotoPicker photos={draft.photos} onChange={(photos) => set({ photos })} />
        <div className="form__actions">
          <button type="submit" className="button" disabled={saving}>
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
