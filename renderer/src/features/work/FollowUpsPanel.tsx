import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordSelect } from '../../components/Selects';
import { followUpCreateInput } from '../../../../shared/contract/visits';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { useCall, useCommand } from '../../hooks/queries';
import { useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';
import { FollowUpList } from './FollowUpList';
import { Panel } from '../../components/Panel';

/** Follow-ups of an initiative or complex, and a small form to add one. */
export function FollowUpsPanel({
  initiativeId,
  complexId,
  meId,
}: {
  initiativeId?: string;
  complexId?: string;
  meId: string;
}) {
  const { t } = useTranslation();
  const scope = initiativeId ? { initiativeId } : { complexId };
  const list = useCall('followUps:list', scope);
  const staff = useCall('staff:list');
  const create = useCommand('followUps:create');
  const form = useFormErrors();
  const { values: draft, setValues: setDraft, bind } = useDraft({ title: '', dueDate: '', ownerId: meId });

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = form.validate(followUpCreateInput, {
      ...draft,
      initiativeId: initiativeId ?? null,
      complexId: complexId ?? null,
    });
    if (!parsed) return;
    create.mutate(parsed, {
      onSuccess: () => setDraft({ title: '', dueDate: '', ownerId: meId }),
      onError: (e) => form.fromError(e),
    });
  }

  return (
    <Panel id="followups-title" title={t('followUp.panel')}>
      <FollowUpList items={list.data ?? []} empty={t('followUp.none')} />
      <form className="form" onSubmit={submit} noValidate aria-label={t('followUp.add')}>
        <FormAlert errors={form.errors} />
        <div className="form__grid">
          <Field label={t('followUp.title')} error={form.errors.fields.title}>
            {(props) => <input {...props} name="followUpTitle" {...bind('title')} />}
          </Field>
          <Field label={t('followUp.dueDate')} error={form.errors.fields.dueDate}>
            {(props) => <input {...props} type="date" name="followUpDue" {...bind('dueDate')} />}
          </Field>
          <Field label={t('followUp.owner')} error={form.errors.fields.ownerId}>
            {(props) => (
              <RecordSelect
                {...props}
                name="followUpOwner"
                {...bind('ownerId')}
                records={staff.data ?? []}
                label={(p) => p.name}
              />
            )}
          </Field>
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--secondary">
            {t('followUp.add')}
          </button>
        </div>
      </form>
    </Panel>
  );
}
