import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordSelect } from '../../components/Selects';
import { budgetCreateInput, type BudgetRow } from '../../../../shared/contract/money';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { useCall, useCommand } from '../../hooks/queries';
import { type FormDraft, useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';

const newBudget = (year: number) => ({
  scope: 'complex',
  complexId: '',
  wijk: '',
  year: String(year),
  name: `Leefbaarheidsbudget ${year}`,
  kind: 'per_woning',
  amount: '',
  cap: '',
});
type BudgetDraft = ReturnType<typeof newBudget>;

/** Whose budget: a complex's (then which one), a wijk's fund (which wijk) or the corporation's. */
function BudgetScope({
  draft: { values: d, patch: set, bind },
  errors: e,
}: {
  draft: FormDraft<BudgetDraft>;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const complexes = useCall('complexes:list', {});
  return (
    <>
      <Field label={t('budget.scope')}>
        {(props) => (
          <select
            {...props}
            value={d.scope}
            onChange={(ev) => set({ scope: ev.target.value, kind: ev.target.value === 'complex' ? d.kind : 'vast' })}
          >
            {['complex', 'wijk', 'corporatie'].map((s) => (
              <option key={s} value={s}>
                {t(`budget.scope.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {d.scope === 'complex' ? (
        <Field label={t('initiative.complex')} error={e.complexId}>
          {(props) => (
            <RecordSelect
              {...props}
              {...bind('complexId')}
              records={complexes.data ?? []}
              label={(c) => `${c.code} · ${c.name} (${c.homes})`}
              empty={t('common.choose')}
            />
          )}
        </Field>
      ) : null}
      {d.scope === 'wijk' ? (
        <Field label={t('complex.wijk')} error={e.wijk}>
          {(props) => <input {...props} {...bind('wijk')} />}
        </Field>
      ) : null}
    </>
  );
}

/** A new budget: for a complex and year (fixed, or an amount per home), or a fund for a wijk or the corporation. */
export function BudgetForm({ year, onDone }: { year: number; onDone: (made?: BudgetRow) => void }) {
  const { t } = useTranslation();
  const create = useCommand('budgets:create');
  const form = useFormErrors();
  const draft = useDraft(() => newBudget(year));
  const { values: d, bind } = draft;
  const amountField = d.kind === 'vast' ? 'amountCents' : 'perHomeCents';

  function submit(event: FormEvent) {
    event.preventDefault();
    const cents = form.amounts({ [amountField]: d.amount, maxPerApplicationCents: { text: d.cap, optional: true } });
    if (!cents) return;
    const values = {
      scope: d.scope,
      year: Number(d.year),
      name: d.name,
      kind: d.kind,
      ...(d.scope === 'complex' ? { complexId: d.complexId || undefined } : {}),
      ...(d.scope === 'wijk' ? { wijk: d.wijk } : {}),
      ...cents,
    };
    const parsed = form.validate(budgetCreateInput, values);
    if (!parsed) return;
    create.mutate(parsed, { onSuccess: (made) => onDone(made), onError: (e) => form.fromError(e) });
  }

  const e = form.errors.fields;
  return (
    <form className="form panel" onSubmit={submit} noValidate aria-label={t('budget.new')}>
      <h2>{t('budget.new')}</h2>
      <FormAlert errors={form.errors} />
      <div className="form__grid">
        <BudgetScope draft={draft} errors={e} />
        <Field label={t('budget.year')} error={e.year}>
          {(props) => <input {...props} inputMode="numeric" {...bind('year')} />}
        </Field>
        <Field label={t('budget.name')} error={e.name}>
          {(props) => <input {...props} {...bind('name')} />}
        </Field>
        {d.scope === 'complex' ? (
          <Field label={t('budget.kind')} error={e.kind}>
            {(props) => (
              <select {...props} {...bind('kind')}>
                <option value="per_woning">{t('budget.kind.per_woning')}</option>
                <option value="vast">{t('budget.kind.vast')}</option>
              </select>
            )}
          </Field>
        ) : null}
        <Field label={d.kind === 'vast' ? t('budget.amount') : t('budget.perHome')} error={e[amountField]} required>
          {(props) => <input {...props} name="amount" inputMode="decimal" {...bind('amount')} />}
        </Field>
        <Field label={t('budget.cap')} hint={t('budget.capHint')} error={e.maxPerApplicationCents}>
          {(props) => <input {...props} name="cap" inputMode="decimal" {...bind('cap')} />}
        </Field>
      </div>
      <FormActions saving={create.isPending} onCancel={() => onDone()} />
    </form>
  );
}
