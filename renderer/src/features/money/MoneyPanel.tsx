import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordSelect } from '../../components/Selects';
import { formatEuro } from '../../../../shared/domain/money';
import { Alert } from '../../components/Alert';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { formatDate } from '../../components/format';
import { useCall, useCommand } from '../../hooks/queries';
import { useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';
import { todayInNl } from '../visits/visit-draft';
import { GrantApplyForm } from './GrantApplyForm';
import { GrantCard } from './GrantCard';
import { Panel } from '../../components/Panel';
import { Disclosure } from '../../components/Disclosure';

function InKindForm({ initiativeId, complexId }: { initiativeId: string; complexId: string }) {
  const { t } = useTranslation();
  const add = useCommand('inKind:add');
  const budgets = useCall('budgets:list', { complexId });
  const [budgetId, setBudgetId] = useState('');
  const form = useFormErrors();
  const {
    values: d,
    setValues: setD,
    bind,
  } = useDraft({ item: '', value: '', handoverOn: todayInNl(), mode: 'geleend', returnOn: '' });
  function submit(event: FormEvent) {
    event.preventDefault();
    const cents = form.amounts({ valueCents: d.value });
    if (!cents) return;
    void add.submit(
      {
        initiativeId,
        item: d.item,
        valueCents: cents.valueCents!,
        handoverOn: d.handoverOn,
        mode: d.mode,
        returnOn: d.mode === 'geleend' ? d.returnOn || null : null,
        budgetId: budgetId || null,
      },
      form,
      {
        onSuccess: () => setD({ ...d, item: '', value: '', returnOn: '' }),
        onError: (e) => form.fromError(e),
      },
    );
  }
  return (
    <form className="form form--inline" onSubmit={submit} noValidate aria-label={t('inKind.add')}>
      <FormAlert errors={form.errors} />
      <div className="form__grid">
        <Field label={t('inKind.item')} error={form.errors.fields.item}>
          {(props) => <input {...props} {...bind('item')} />}
        </Field>
        <Field label={t('inKind.value')} error={form.errors.fields.valueCents}>
          {(props) => <input {...props} inputMode="decimal" {...bind('value')} />}
        </Field>
        <Field label={t('inKind.mode')}>
          {(props) => (
            <select {...props} {...bind('mode')}>
              <option value="geleend">{t('inKind.mode.geleend')}</option>
              <option value="gegeven">{t('inKind.mode.gegeven')}</option>
            </select>
          )}
        </Field>
        <Field label={t('inKind.handoverOn')}>
          {(props) => <input {...props} type="date" {...bind('handoverOn')} />}
        </Field>
        <Field label={t('inKind.budget')}>
          {(props) => (
            <RecordSelect
              {...props}
              value={budgetId}
              onChange={(e) => setBudgetId(e.target.value)}
              records={budgets.data?.filter((b) => !b.closed) ?? []}
              label={(b) => `${b.year} · ${b.name}`}
              empty={t('inKind.notCounted')}
            />
          )}
        </Field>
        {d.mode === 'geleend' ? (
          <Field label={t('inKind.returnOn')} error={form.errors.fields.returnOn}>
            {(props) => <input {...props} type="date" {...bind('returnOn')} />}
          </Field>
        ) : null}
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--secondary">
          {t('inKind.add')}
        </button>
      </div>
    </form>
  );
}

function EffortForm({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const add = useCommand('effort:add');
  const form = useFormErrors();
  const {
    values: d,
    setValues: setD,
    bind,
  } = useDraft({ workedOn: todayInNl(), hours: '', people: '1', description: '' });
  function submit(event: FormEvent) {
    event.preventDefault();
    const minutes = Math.round(Number(d.hours.replace(',', '.')) * 60);
    void add.submit(
      {
        initiativeId,
        workedOn: d.workedOn,
        minutes: Number.isFinite(minutes) ? minutes : Number.NaN,
        people: Number(d.people) || 1,
        description: d.description,
      },
      form,
      {
        onSuccess: () => setD({ ...d, hours: '', description: '' }),
        onError: (e) => form.fromError(e),
      },
    );
  }
  return (
    <form className="form form--inline" onSubmit={submit} noValidate aria-label={t('effort.add')}>
      {form.errors.form ? <Alert kind="error">{form.errors.fields.minutes ?? form.errors.form}</Alert> : null}
      <div className="form__grid">
        <Field label={t('effort.date')}>{(props) => <input {...props} type="date" {...bind('workedOn')} />}</Field>
        <Field label={t('effort.hours')}>
          {(props) => <input {...props} inputMode="decimal" {...bind('hours')} />}
        </Field>
        <Field label={t('effort.people')}>
          {(props) => <input {...props} inputMode="numeric" {...bind('people')} />}
        </Field>
        <Field label={t('effort.description')}>{(props) => <input {...props} {...bind('description')} />}</Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--secondary">
          {t('effort.add')}
        </button>
      </div>
    </form>
  );
}

/** Money on the initiative page: applications and grants, in-kind support and residents' own hours. */
export function MoneyPanel({
  initiativeId,
  complexId,
  isLead,
}: {
  initiativeId: string;
  complexId: string;
  isLead: boolean;
}) {
  const { t, i18n } = useTranslation();
  const money = useCall('money:ofInitiative', { initiativeId });
  const euro = (cents: number) => formatEuro(cents, i18n.language);
  const totals = money.data?.totals;
  return (
    <Panel id="money-title" title={t('money.title')}>
      {totals ? (
        <p>
          {t('money.totals', {
            requested: euro(totals.requestedCents),
            granted: euro(totals.grantedCents),
            spent: euro(totals.spentCents),
            own: euro(totals.ownContributionCents),
            inKind: euro(totals.inKindCents),
            hours: (totals.effortMinutes / 60).toLocaleString(i18n.language),
          })}
        </p>
      ) : null}
      {money.data?.grants.map((grant) => (
        <GrantCard key={grant.id} grant={grant} isLead={isLead} />
      ))}
      <Disclosure title={t('grant.apply')}>
        <GrantApplyForm initiativeId={initiativeId} complexId={complexId} />
      </Disclosure>
      <h3>{t('inKind.title')}</h3>
      <ul className="work-list">
        {money.data?.inKind.map((k) => (
          <li key={k.id}>
            <span>
              {k.item} · {t(`inKind.mode.${k.mode}`)} · {euro(k.valueCents)}
            </span>
            <span className="muted">
              {formatDate(k.handoverOn, i18n.language)}
              {k.returnOn ? ` → ${formatDate(k.returnOn, i18n.language)}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <Disclosure title={t('inKind.open')}>
        <InKindForm initiativeId={initiativeId} complexId={complexId} />
      </Disclosure>
      <h3>{t('effort.title')}</h3>
      <ul className="work-list">
        {money.data?.effort.map((e) => (
          <li key={e.id}>
            <span>
              {formatDate(e.workedOn, i18n.language)} ·{' '}
              {t('effort.line', { hours: (e.minutes / 60).toLocaleString(i18n.language), people: e.people })}
            </span>
            <span className="muted">{e.description}</span>
          </li>
        ))}
      </ul>
      <Disclosure title={t('effort.open')}>
        <EffortForm initiativeId={initiativeId} />
      </Disclosure>
    </Panel>
  );
}
