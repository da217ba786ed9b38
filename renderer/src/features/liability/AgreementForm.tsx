import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ALLOWANCE_KINDS, PAID_BY } from '../../../../shared/domain/liability';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { useCall, useCommand } from '../../hooks/queries';
import { useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';
import { todayInNl } from '../visits/visit-draft';
import { RecordSelect, VocabSelect } from '../../components/Selects';

/** A new volunteer agreement for a resident of the complex: tasks, period, hours, allowance, insurance, VOG. */
export function AgreementForm({ initiativeId, complexId }: { initiativeId: string; complexId: string }) {
  const { t } = useTranslation();
  const residents = useCall('residents:list', { complexId });
  const policies = useCall('policies:list');
  const create = useCommand('agreements:create');
  const form = useFormErrors();
  const {
    values: d,
    patch: set,
    bind,
    check,
  } = useDraft({
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
  function submit(event: FormEvent) {
    event.preventDefault();
    const cents = form.amounts({ allowanceCents: { text: d.allowance, optional: true } });
    if (!cents) return;
    void create.submit(
      {
        initiativeId,
        residentId: d.residentId || undefined,
        tasks: d.tasks,
        startOn: d.startOn,
        endOn: d.endOn || null,
        hoursPerWeek: Number(d.hoursPerWeek.replace(',', '.')) || 0,
        allowanceKind: d.allowanceKind,
        allowanceCents: cents.allowanceCents ?? 0,
        paidBy: d.paidBy,
        guidance: d.guidance,
        policyId: d.policyId || null,
        vogNeeded: d.vogNeeded,
        vogDate: d.vogDate || null,
      },
      form,
      {
        onSuccess: () => set({ tasks: '', residentId: '' }),
        onError: (e) => form.fromError(e),
      },
    );
  }
  const e = form.errors.fields;
  return (
    <form className="form form--inline" onSubmit={submit} noValidate aria-label={t('agreement.new')}>
      <FormAlert errors={form.errors} />
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
          <Field label={t('agreement.allowance')} error={form.errors.fields.allowanceCents}>
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
