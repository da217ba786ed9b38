import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuro } from '../../../../shared/domain/money';
import { Alert } from '../../components/Alert';
import { useCall, useCommand } from '../../hooks/queries';
import { useFormErrors } from '../../hooks/use-form-errors';
import { amountOrError } from '../money/amount';

const FIELDS = ['perHour21PlusCents', 'perHourUnder21Cents', 'perMonthCents', 'perYearCents'] as const;

/** The tax-free volunteer allowance limits per year; staff add next year's row when the Belastingdienst publishes it. */
export function AllowanceLimits({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const limits = useCall('allowanceLimits:list');
  const set = useCommand('allowanceLimits:set');
  const form = useFormErrors();
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = FIELDS.map((f) => [f, amountOrError(values[f] ?? '')] as const);
    const bad = parsed.find(([, p]) => p.error);
    setError(bad ? t(bad[1].error!) : null);
    if (bad) return;
    const input = { year: Number(year), ...Object.fromEntries(parsed.map(([f, p]) => [f, p.cents])) };
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
          {error || form.errors.form ? <Alert kind="error">{error ?? form.errors.form}</Alert> : null}
          <div className="form__grid">
            <label className="field">
              <span>{t('budget.year')}</span>
              <input inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
            </label>
            {FIELDS.map((f) => (
              <label key={f} className="field">
                <span>{t(`limits.${f}`)}</span>
                <input
                  inputMode="decimal"
                  value={values[f] ?? ''}
                  onChange={(e) => setValues({ ...values, [f]: e.target.value })}
                />
              </label>
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
