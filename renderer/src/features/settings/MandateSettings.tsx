import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../../../../shared/domain/entities';
import { formatEuro } from '../../../../shared/domain/money';
import { Alert } from '../../components/Alert';
import { useCommand } from '../../hooks/queries';
import { useFormErrors } from '../../hooks/use-form-errors';

/** A teamleider sets each colleague's mandate: the largest grant they may decide alone. */
export function MandateSettings({ staff }: { staff: Staff[] }) {
  const { t, i18n } = useTranslation();
  const setMandate = useCommand('staff:setMandate');
  const form = useFormErrors();
  const [values, setValues] = useState<Record<string, string>>({});
  return (
    <section className="panel" aria-labelledby="mandates">
      <h2 id="mandates">{t('settings.mandates')}</h2>
      {form.errors.form ? <Alert kind="error">{form.errors.fields.mandateCents ?? form.errors.form}</Alert> : null}
      <ul className="work-list">
        {staff.map((person) => (
          <li key={person.id}>
            <span>
              {person.name} ({t(`role.${person.role}`)}) · {formatEuro(person.mandateCents ?? 0, i18n.language)}
            </span>
            <label className="inline-check">
              {t('settings.newMandate')}
              <input
                inputMode="decimal"
                value={values[person.id] ?? ''}
                onChange={(e) => setValues({ ...values, [person.id]: e.target.value })}
              />
            </label>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                const cents = form.amounts({ mandateCents: values[person.id] ?? '' });
                if (cents)
                  setMandate.mutate(
                    { staffId: person.id, mandateCents: cents.mandateCents! },
                    { onError: (e) => form.fromError(e), onSuccess: () => form.clear() },
                  );
              }}
            >
              {t('settings.setMandate', { name: person.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
