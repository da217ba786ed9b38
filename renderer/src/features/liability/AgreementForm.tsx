import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ALLOWANCE_KINDS, PAID_BY } from '../../../../shared/domain/liability';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { useCall, useCommand } from '../../hooks/queries';
import { type FormDraft, useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';
import { todayInNl } from '../visits/visit-draft';
import { RecordSelect, VocabSelect } from '../../components/Selects';

const newAgreement = () => ({
  residentId: '',
  tasks: '',
  startOn: todayInNl(),
  endOn: '',
  hoursPerWeek: '',
  allowanceKind: 'geen',
  allowance: '',
  paidBy: 'vereniging',
  guidance: '',
  policyId: '',
  vogNeeded: false,
  vogDate: '',
});
type AgreementDraft = ReturnType<typeof newAgreement>;

/** What the form sends: empty fields as absent or null, hours with a decimal comma read as a number. */
const inputOf = (initiativeId: string, d: AgreementDraft, allowanceCents: number | undefined) => ({
  initiativeId,
  residentId: d.residentId || undefined,
  tasks: d.tasks,
  startOn: d.startOn,
  endOn: d.endOn || null,
  hoursPerWeek: Number(d.hoursPerWeek.replace(',', '.')) || 0,
  allowanceKind: d.allowanceKind,
  allowanceCents: allowanceCents ?? 0,
  paidBy: d.paidBy,
  guidance: d.guidance,
  policyId: d.policyId || null,
  vogNeeded: d.vogNeeded,
  vogDate: d.vogDate || null,
});

/** Who, when, how many hours, which allowance paid by whom, which policy, and the VOG's date. */
function AgreementTerms({
  complexId,
  draft: { values: d, bind },
  errors: e,
}: {
  complexId: string;
  draft: FormDraft<AgreementDraft>;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const residents = useCall('residents:list', { complexId });
  const policies = useCall('policies:list');
  return (
    <div className="form__grid">
      <Field label={t('agreement.volunteer')} error={e.residentId}>
        {(p) => (
          <RecordSelect
            {...p}
            {...bind('residentId')}
            records={residents.data?.filter((r) => !r.erased) ?? []}
            label={(r) => r.name}
            empty={t('common.choose')}
          />
        )}
      </Field>
      <Field label={t('agreement.startOn')} error={e.startOn}>
        {(p) => <input {...p} type="date" {...bind('startOn')} />}
      </Field>
      <Field label={t('agreement.endOn')} error={e.endOn}>
        {(p) => <input {...p} type="date" {...bind('endOn')} />}
      </Field>
      <Field label={t('agreement.hours')} error={e.hoursPerWeek}>
        {(p) => <input {...p} inputMode="decimal" {...bind('hoursPerWeek')} />}
      </Field>
      <Field label={t('agreement.allowanceKind')}>
        {(p) => <VocabSelect {...p} {...bind('allowanceKind')} values={ALLOWANCE_KINDS} group="allowanceKind" />}
      </Field>
      {d.allowanceKind !== 'geen' ? (
        <Field label={t('agreement.allowance')} error={e.allowanceCents}>
          {(p) => <input {...p} inputMode="decimal" {...bind('allowance')} />}
        </Field>
      ) : null}
      <Field label={t('agreement.paidBy')}>
        {(p) => <VocabSelect {...p} {...bind('paidBy')} values={PAID_BY} group="paidBy" />}
      </Field>
      <Field label={t('agreement.policy')} error={e.policyId}>
        {(p) => (
          <RecordSelect
            {...p}
            {...bind('policyId')}
            records={policies.data?.filter((pol) => !pol.archivedAt || pol.id === d.policyId) ?? []}
            label={(pol) => `${pol.insurer} ${pol.policyNumber}`}
            empty={t('common.none')}
          />
        )}
      </Field>
      <Field label={t('agreement.vogDate')}>{(p) => <input {...p} type="date" {...bind('vogDate')} />}</Field>
    </div>
  );
}

/** A new volunteer agreement for a resident of the complex: tasks, period, hours, allowance, insurance, VOG. */
export function AgreementForm({ initiativeId, complexId }: { initiativeId: string; complexId: string }) {
  const { t } = useTranslation();
  const create = useCommand('agreements:create');
  const form = useFormErrors();
  const draft = useDraft(newAgreement);
  const { values: d, patch: set, bind, check } = draft;
  function submit(event: FormEvent) {
    event.preventDefault();
    const cents = form.amounts({ allowanceCents: { text: d.allowance, optional: true } });
    if (!cents) return;
    void create.submit(inputOf(initiativeId, d, cents.allowanceCents), form, {
      onSuccess: () => set({ tasks: '', residentId: '' }),
      onError: (e) => form.fromError(e),
    });
  }
  const e = form.errors.fields;
  return (
    <form className="form form--inline" onSubmit={submit} noValidate aria-label={t('agreement.new')}>
      <FormAlert errors={form.errors} />
      <AgreementTerms complexId={complexId} draft={draft} errors={e} />
      <label className="inline-check">
        <input type="checkbox" {...check('vogNeeded')} />
        {t('agreement.vogNeeded')}
      </label>
      <Field label={t('agreement.tasks')} error={e.tasks} required>
        {(p) => <textarea {...p} rows={2} {...bind('tasks')} />}
      </Field>
      <Field label={t('agreement.guidance')}>{(p) => <input {...p} {...bind('guidance')} />}</Field>
      <div className="form__actions">
        <button type="submit" className="button button--secondary">
          {t('agreement.save')}
        </button>
      </div>
    </form>
  );
}
