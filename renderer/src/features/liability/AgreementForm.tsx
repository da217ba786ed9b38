import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALLOWANCE_KINDS } from '../../../../shared/domain/liability';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { useCall, useCommand } from '../../hooks/queries';
import { useFormErrors } from '../../hooks/use-form-errors';
import { todayInNl } from '../visits/visit-draft';

/** A new volunteer agreement for a resident of the complex: tasks, period, hours, allowance, insurance, VOG. */
export function AgreementForm({ initiativeId, complexId }: { initiativeId: string; complexId: string }) {
  const { t } = useTranslation();
  const residents = useCall('residents:list', { complexId });
  const policies = useCall('policies:list');
  const create = useCommand('agreements:create');
  const form = useFormErrors();
  const [d, setD] = useState({
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
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
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
            <select {...p} value={d.residentId} onChange={(ev) => set({ residentId: ev.target.value })}>
              <option value="">{t('common.choose')}</option>
              {residents.data
                ?.filter((r) => !r.erased)
                .map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field label={t('agreement.startOn')} error={e.startOn}>
          {(p) => <input {...p} type="date" value={d.startOn} onChange={(ev) => set({ startOn: ev.target.value })} />}
        </Field>
        <Field label={t('agreement.endOn')} error={e.endOn}>
          {(p) => <input {...p} type="date" value={d.endOn} onChange={(ev) => set({ endOn: ev.target.value })} />}
        </Field>
        <Field label={t('agreement.hours')} error={e.hoursPerWeek}>
          {(p) => (
            <input
              {...p}
              inputMode="decimal"
              value={d.hoursPerWeek}
              onChange={(ev) => set({ hoursPerWeek: ev.target.value })}
            />
          )}
        </Field>
        <Field label={t('agreement.allowanceKind')}>
          {(p) => (
            <select {...p} value={d.allowanceKind} onChange={(ev) => set({ allowanceKind: ev.target.value })}>
              {ALLOWANCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`allowanceKind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {d.allowanceKind !== 'geen' ? (
          <Field label={t('agreement.allowance')} error={form.errors.fields.allowanceCents}>
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                value={d.allowance}
                onChange={(ev) => set({ allowance: ev.target.value })}
              />
            )}
          </Field>
        ) : null}
        <Field label={t('agreement.paidBy')}>
          {(p) => (
            <select {...p} value={d.paidBy} onChange={(ev) => set({ paidBy: ev.target.value })}>
              {['vereniging', 'corporatie', 'gemeente', 'anders'].map((k) => (
                <option key={k} value={k}>
                  {t(`paidBy.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('agreement.policy')} error={e.policyId}>
          {(p) => (
            <select {...p} value={d.policyId} onChange={(ev) => set({ policyId: ev.target.value })}>
              <option value="">{t('common.none')}</option>
              {policies.data
                ?.filter((pol) => !pol.archivedAt || pol.id === d.policyId)
                .map((pol) => (
                  <option key={pol.id} value={pol.id}>
                    {pol.insurer} {pol.policyNumber}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field label={t('agreement.vogDate')}>
          {(p) => <input {...p} type="date" value={d.vogDate} onChange={(ev) => set({ vogDate: ev.target.value })} />}
        </Field>
      </div>
      <label className="inline-check">
        <input type="checkbox" checked={d.vogNeeded} onChange={(ev) => set({ vogNeeded: ev.target.checked })} />
        {t('agreement.vogNeeded')}
      </label>
      <Field label={t('agreement.tasks')} error={e.tasks} required>
        {(p) => <textarea {...p} rows={2} value={d.tasks} onChange={(ev) => set({ tasks: ev.target.value })} />}
      </Field>
      <Field label={t('agreement.guidance')}>
        {(p) => <input {...p} value={d.guidance} onChange={(ev) => set({ guidance: ev.target.value })} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--secondary">
          {t('agreement.save')}
        </button>
      </div>
    </form>
  );
}
