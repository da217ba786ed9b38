import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordSelect } from '../../components/Selects';
import { formatEuro } from '../../../../shared/domain/money';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { useCall, useCommand } from '../../hooks/queries';
import { useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';
import { todayInNl } from '../visits/visit-draft';

interface Line {
  description: string;
  amount: string;
}

/** The begroting of an application: lines of what the money is for, each with an amount as typed. */
function BudgetLines({
  lines,
  error,
  onChange,
}: {
  lines: Line[];
  error: string | undefined;
  onChange: (next: Line[]) => void;
}) {
  const { t } = useTranslation();
  const edit = (i: number, patch: Partial<Line>) => onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <fieldset className="subform">
      <legend>{t('grant.lines')}</legend>
      {lines.map((line, i) => (
        <div key={i} className="button-row">
          <label className="inline-check">
            {t('grant.lineDescription')}
            <input value={line.description} onChange={(e) => edit(i, { description: e.target.value })} />
          </label>
          <label className="inline-check">
            {t('grant.lineAmount')}
            <input inputMode="decimal" value={line.amount} onChange={(e) => edit(i, { amount: e.target.value })} />
          </label>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onChange(lines.filter((_, j) => j !== i))}
          >
            {t('grant.removeLine')}
          </button>
        </div>
      ))}
      {error ? <p className="field__error">{error}</p> : null}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...lines, { description: '', amount: '' }])}
      >
        {t('grant.addLine')}
      </button>
    </fieldset>
  );
}

/** What the form sends: the amounts in cents as the form read them, an application without a budget as absent. */
function applicationOf(
  initiativeId: string,
  d: { budgetId: string; appliedOn: string },
  lines: Line[],
  cents: Record<string, number | undefined>,
) {
  return {
    initiativeId,
    budgetId: d.budgetId || undefined,
    appliedOn: d.appliedOn,
    requestedCents: cents.requestedCents!,
    ownContributionCents: cents.ownContributionCents ?? 0,
    lines: lines.map((line, i) => ({ description: line.description, amountCents: cents[`lines.${i}.amountCents`]! })),
  };
}

/** An application for money from a budget of the complex (or a fund) for this initiative. */
export function GrantApplyForm({ initiativeId, complexId }: { initiativeId: string; complexId: string }) {
  const { t, i18n } = useTranslation();
  const budgets = useCall('budgets:list', {});
  const apply = useCommand('grants:apply');
  const form = useFormErrors();
  const {
    values: d,
    setValues: setD,
    bind,
  } = useDraft({ budgetId: '', requested: '', own: '', appliedOn: todayInNl() });
  const [lines, setLines] = useState<Line[]>([]);
  const options = (budgets.data ?? []).filter((b) => !b.closed && (b.scope !== 'complex' || b.complexId === complexId));

  function submit(event: FormEvent) {
    event.preventDefault();
    const cents = form.amounts<string>({
      requestedCents: d.requested,
      ownContributionCents: { text: d.own, optional: true },
      ...Object.fromEntries(lines.map((line, i) => [`lines.${i}.amountCents`, line.amount])),
    });
    if (!cents) return;
    void apply.submit(applicationOf(initiativeId, d, lines, cents), form, {
      onSuccess: () => {
        setD({ ...d, requested: '', own: '' });
        setLines([]);
      },
      onError: (e) => form.fromError(e),
    });
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('grant.apply')}>
      <FormAlert errors={form.errors} />
      <div className="form__grid">
        <Field label={t('grant.budget')} error={form.errors.fields.budgetId}>
          {(props) => (
            <RecordSelect
              {...props}
              name="budgetId"
              {...bind('budgetId')}
              records={options}
              label={(b) =>
                `${b.year} · ${b.name} (${t('budget.remaining')} ${formatEuro(b.remaining, i18n.language)})`
              }
              empty={t('common.choose')}
            />
          )}
        </Field>
        <Field label={t('grant.requested')} error={form.errors.fields.requestedCents} required>
          {(props) => <input {...props} name="requested" inputMode="decimal" {...bind('requested')} />}
        </Field>
        <Field label={t('grant.own')} error={form.errors.fields.ownContributionCents}>
          {(props) => <input {...props} name="own" inputMode="decimal" {...bind('own')} />}
        </Field>
        <Field label={t('grant.appliedOn')}>
          {(props) => <input {...props} type="date" name="appliedOn" {...bind('appliedOn')} />}
        </Field>
      </div>
      <BudgetLines lines={lines} error={form.errors.fields.lines} onChange={setLines} />
      <div className="form__actions">
        <button type="submit" className="button button--secondary">
          {t('grant.submit')}
        </button>
      </div>
    </form>
  );
}
