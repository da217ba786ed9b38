import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuro } from '../../../../shared/domain/money';
import { Alert } from '../../components/Alert';
import { useCall, useCommand } from '../../hooks/queries';
import { useFormErrors } from '../../hooks/use-form-errors';
import { Field } from '../../components/Field';

const FIELDS = ['perHour21PlusCents', 'perHourUnder21Cents', 'perMonthCents', 'perYearCents'] as const;

/**
 * The tax-free volunteer allowance limits per year; staff add next year's row when the Belastingdienst publishes it.
 */
export function AllowanceLimits({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const limits = useCall('allowanceLimits:list');
  const set = useCommand('allowanceLimits:set');
  const form = useFormErrors();
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [values, setValues] = useState<Record<string, string>>({});
  function submit(event: FormEvent) {
    event.preventDefault();
    const cents = form.amounts<string>(Object.fromEntries(FIELDS.map((f) => [f, values[f] ?? ''])));
    if (!cents) return;
    const input = { year: Number(year), ...cents };
    void set.submit(input, form, { onError: (e) => form.fromError(e) });
  }
  return (
    <section className="panel" aria-labelledby="limits">
      <h2 id="limits">{t('limits.title')}</h2>
      <table className="rules-table">
        <thead>
          <tr>
            <th scope="col">{t('budget.year')}</th>
            {FIELDS.map((f) => (
              <th key={f} scope="col">
                {t(`limits.${f}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {limits.data?.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              {FIELDS.map((f) => (
                <td key={f}>{formatEuro(row[f], i18n.language)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit ? (
        <form className="form form--inline" onSubmit={submit} noValidate aria-label={t('limits.add')}>
          {form.errors.form ? <Alert kind="error">{form.errors.form}</Alert> : null}
          <div className="form__grid">
            <Field label={t('budget.year')} error={form.errors.fields.year}>
              {(props) => (
                <input {...props} inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
              )}
            </Field>
            {FIELDS.map((f) => (
              <Field key={f} label={t(`limits.${f}`)} error={form.errors.fields[f]}>
                {(props) => (
                  <input
                    {...props}
                    inputMode="decimal"
                    value={values[f] ?? ''}
                    onChange={(e) => setValues({ ...values, [f]: e.target.value })}
                  />
                )}
              </Field>
            ))}
          </div>
          <div className="form__actions">
            <button type="submit" className="button button--secondary">
              {t('limits.add')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
