import { GRANT_DECISIONS, isGranted } from '../../../../shared/domain/grant-status';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grant } from '../../../../shared/contract/money';
import { ELIGIBILITY_ITEMS, formatEuro, type Eligibility } from '../../../../shared/domain/money';
import { Alert } from '../../components/Alert';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { formatDate } from '../../components/format';
import { useCommand } from '../../hooks/queries';
import { VocabSelect } from '../../components/Selects';
import { useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';
import { todayInNl } from '../visits/visit-draft';
import { FileUpload } from '../../components/FileUpload';
import { AttachmentLink } from '../../components/AttachmentLink';
import { Disclosure } from '../../components/Disclosure';

/** The eligibility checklist: ja or nee per item, as the decision's record of why. */
function EligibilityChecks({
  grantId,
  value,
  onChange,
}: {
  grantId: string;
  value: Eligibility;
  onChange: (value: Eligibility) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="checks checks--column">
      <legend>{t('grant.eligibility')}</legend>
      {ELIGIBILITY_ITEMS.map((item) => (
        <div key={item} className="eligibility" role="radiogroup" aria-label={t(`eligibility.${item}`)}>
          <span>{t(`eligibility.${item}`)}</span>
          {(['ja', 'nee'] as const).map((answer) => (
            <label key={answer}>
              <input
                type="radio"
                name={`${grantId}-${item}`}
                checked={value[item] === answer}
                onChange={() => onChange({ ...value, [item]: answer })}
              />
              {t(`common.${answer === 'ja' ? 'yes' : 'no'}`)}
            </label>
          ))}
        </div>
      ))}
    </fieldset>
  );
}

function DecideForm({ grant }: { grant: Grant }) {
  const { t } = useTranslation();
  const decide = useCommand('grants:decide');
  const form = useFormErrors();
  const {
    values: d,
    patch,
    bind,
  } = useDraft({
    decision: 'toegekend',
    amount: '',
    motivation: '',
    eligibility: {} as Eligibility,
  });
  const partial = d.decision === 'gedeeltelijk_toegekend';

  function submit(final: boolean) {
    // Only a partial grant has an amount of its own; a full one grants what was asked, a refusal nothing.
    const cents = partial
      ? form.amounts({ grantedCents: d.amount })
      : { grantedCents: d.decision === 'toegekend' ? grant.requestedCents : 0 };
    if (!cents) return;
    const { amount: _amount, ...decision } = d;
    void decide.submit({ id: grant.id, version: grant.version, ...decision, ...cents, final }, form, {
      onError: (e) => form.fromError(e),
    });
  }

  return (
    <form
      className="form form--inline"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        submit(true);
      }}
      noValidate
      aria-label={t('grant.decide')}
    >
      {form.errors.form ? (
        <Alert kind="error">
          {/* The amount's message stands at its field; without one (a full grant) it is the banner's. */}
          {(partial ? undefined : form.errors.fields.grantedCents) ??
            form.errors.fields.eligibility ??
            form.errors.form}
        </Alert>
      ) : null}
      <EligibilityChecks grantId={grant.id} value={d.eligibility} onChange={(eligibility) => patch({ eligibility })} />
      <div className="form__grid">
        <Field label={t('grant.decision')}>
          {(props) => <VocabSelect {...props} {...bind('decision')} values={GRANT_DECISIONS} group="grantStatus" />}
        </Field>
        {partial ? (
          <Field label={t('grant.granted')} error={form.errors.fields.grantedCents}>
            {(props) => <input {...props} inputMode="decimal" {...bind('amount')} />}
          </Field>
        ) : null}
        <Field label={t('grant.motivation')} error={form.errors.fields.motivation}>
          {(props) => <input {...props} {...bind('motivation')} />}
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button">
          {t('grant.decideFinal')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => submit(false)}>
          {t('grant.askApproval')}
        </button>
      </div>
    </form>
  );
}

function ExpenseForm({ grant }: { grant: Grant }) {
  const { t } = useTranslation();
  const add = useCommand('grants:addExpense');
  const form = useFormErrors();
  const {
    values: d,
    setValues: setD,
    bind,
  } = useDraft({ spentOn: todayInNl(), description: '', supplier: '', amount: '' });
  const [receiptId, setReceiptId] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    const cents = form.amounts({ amountCents: d.amount });
    if (!cents) return;
    add.mutate(
      {
        grantId: grant.id,
        spentOn: d.spentOn,
        description: d.description,
        supplier: d.supplier,
        amountCents: cents.amountCents!,
        receiptId,
      },
      {
        onSuccess: () => setD({ ...d, description: '', supplier: '', amount: '' }),
        onError: (e) => form.fromError(e),
      },
    );
  }
  return (
    <form className="form form--inline" onSubmit={submit} noValidate aria-label={t('expense.add')}>
      <FormAlert errors={form.errors} />
      <div className="form__grid">
        <Field label={t('expense.date')} error={form.errors.fields.spentOn}>
          {(props) => <input {...props} type="date" {...bind('spentOn')} />}
        </Field>
        <Field label={t('expense.description')} error={form.errors.fields.description}>
          {(props) => <input {...props} {...bind('description')} />}
        </Field>
        <Field label={t('expense.supplier')}>{(props) => <input {...props} {...bind('supplier')} />}</Field>
        <Field label={t('expense.amount')} error={form.errors.fields.amountCents}>
          {(props) => <input {...props} inputMode="decimal" {...bind('amount')} />}
        </Field>
      </div>
      <FileUpload
        label={t('expense.receipt')}
        purpose="receipt"
        accept="application/pdf,image/jpeg,image/png"
        onUploaded={setReceiptId}
      />
      <div className="form__actions">
        <button type="submit" className="button button--secondary">
          {t('expense.add')}
        </button>
      </div>
    </form>
  );
}

function CloseForm({ grant }: { grant: Grant }) {
  const { t } = useTranslation();
  const account = useCommand('grants:account');
  const close = useCommand('grants:close');
  const form = useFormErrors();
  const a = grant.accountability;
  const {
    values: d,
    bind,
    check,
  } = useDraft({
    receiptsComplete: a.receiptsComplete ?? false,
    report: a.report ?? '',
    participants: String(a.participants ?? ''),
    tenantsReached: String(a.tenantsReached ?? ''),
    waived: '',
  });
  const [photoId, setPhotoId] = useState<string | null>(a.photoId ?? null);
  const save = () =>
    account.mutate(
      {
        id: grant.id,
        version: grant.version,
        receiptsComplete: d.receiptsComplete,
        report: d.report,
        photoId,
        participants: Number(d.participants) || 0,
        tenantsReached: Number(d.tenantsReached) || 0,
      },
      { onError: (e) => form.fromError(e), onSuccess: () => form.clear() },
    );
  return (
    <div className="form form--inline">
      {form.errors.form ? <Alert kind="error">{form.errors.fields.waivedReason ?? form.errors.form}</Alert> : null}
      <label className="inline-check">
        <input type="checkbox" {...check('receiptsComplete')} />
        {t('grant.receiptsComplete')}
      </label>
      <div className="form__grid">
        <Field label={t('grant.report')}>{(props) => <input {...props} {...bind('report')} />}</Field>
        <Field label={t('grant.participants')}>
          {(props) => <input {...props} inputMode="numeric" {...bind('participants')} />}
        </Field>
        <Field label={t('grant.tenantsReached')}>
          {(props) => <input {...props} inputMode="numeric" {...bind('tenantsReached')} />}
        </Field>
      </div>
      <FileUpload
        label={t('grant.photo')}
        purpose="visit-photo"
        accept="image/jpeg,image/png"
        onUploaded={setPhotoId}
      />
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={save}>
          {t('grant.saveAccountability')}
        </button>
      </div>
      <Field label={t('grant.waivedReason')} hint={t('grant.waivedHint')}>
        {(props) => <input {...props} {...bind('waived')} />}
      </Field>
      <div className="form__actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            close.mutate(
              { id: grant.id, version: grant.version, ...(d.waived.trim() ? { waivedReason: d.waived } : {}) },
              { onError: (e) => form.fromError(e) },
            )
          }
        >
          {t('grant.close')}
        </button>
      </div>
    </div>
  );
}

function OverspendApproval({ grant }: { grant: Grant }) {
  const { t } = useTranslation();
  const approve = useCommand('grants:approveOverspend');
  const [reason, setReason] = useState('');
  return (
    <div className="button-row">
      <label className="inline-check">
        {t('grant.overspendReason')}
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button
        type="button"
        className="button button--secondary"
        disabled={!reason.trim()}
        onClick={() => approve.mutate({ id: grant.id, version: grant.version, reason })}
      >
        {t('grant.approveOverspend')}
      </button>
    </div>
  );
}

/** What was spent from a grant, each with its receipt (downloaded under a name that says what it is). */
function ExpenseList({ expenses }: { expenses: Grant['expenses'] }) {
  const { t, i18n } = useTranslation();
  if (expenses.length === 0) return null;
  return (
    <ul className="work-list">
      {expenses.map((x) => (
        <li key={x.id}>
          <span>
            {formatDate(x.spentOn, i18n.language)} · {x.description}
            {x.supplier ? ` (${x.supplier})` : ''}
          </span>
          <strong>{formatEuro(x.amountCents, i18n.language)}</strong>
          {x.receiptId ? (
            <AttachmentLink
              id={x.receiptId}
              name={t('expense.receiptFile', { date: x.spentOn, description: x.description })}
            >
              {t('expense.receiptLink')}
            </AttachmentLink>
          ) : (
            <span className="muted">{t('expense.noReceipt')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * One application: amounts, deadline, decision, approval, expenses and verantwoording, with the actions its status
 * allows.
 */
export function GrantCard({ grant, isLead }: { grant: Grant; isLead: boolean }) {
  const { t, i18n } = useTranslation();
  const approve = useCommand('grants:approve');
  const euro = (cents: number) => formatEuro(cents, i18n.language);
  const granted = isGranted(grant.status);
  return (
    <article
      className="grant"
      aria-label={t('grant.label', { budget: grant.budgetName, amount: euro(grant.requestedCents) })}
    >
      <p>
        <span className={`status grant-status--${grant.status}`}>{t(`grantStatus.${grant.status}`)}</span>{' '}
        {t('grant.line', {
          requested: euro(grant.requestedCents),
          own: euro(grant.ownContributionCents),
          budget: grant.budgetName,
        })}
      </p>
      {grant.lines.length ? (
        <p className="muted">
          {t('grant.linesShown', {
            lines: grant.lines.map((l) => `${l.description} ${euro(l.amountCents)}`).join('; '),
          })}
        </p>
      ) : null}
      <p className="muted">
        {grant.status === 'aangevraagd'
          ? t('grant.deadline', { date: formatDate(grant.decisionDeadline, i18n.language) })
          : t('grant.decided', {
              amount: euro(grant.grantedCents),
              by: grant.decidedByName ?? '',
              date: formatDate(grant.decidedOn, i18n.language),
              motivation: grant.motivation,
            })}
        {grant.approvedByName ? ` · ${t('grant.approvedBy', { name: grant.approvedByName })}` : ''}
      </p>
      {grant.status === 'aangevraagd' ? <DecideForm grant={grant} /> : null}
      {grant.status === 'wacht_op_goedkeuring' && isLead ? (
        <button
          type="button"
          className="button"
          onClick={() => approve.mutate({ id: grant.id, version: grant.version })}
        >
          {t('grant.approve')}
        </button>
      ) : null}
      <ExpenseList expenses={grant.expenses} />
      {granted ? (
        <p>{t('grant.spentLine', { spent: euro(grant.spentCents), granted: euro(grant.grantedCents) })}</p>
      ) : null}
      {granted && grant.overspendReason ? (
        <p className="muted">{t('grant.overspendLine', { reason: grant.overspendReason })}</p>
      ) : null}
      {granted && isLead && !grant.overspendReason ? <OverspendApproval grant={grant} /> : null}
      {granted ? (
        <>
          <Disclosure title={t('expense.open')}>
            <ExpenseForm grant={grant} />
          </Disclosure>
          <Disclosure title={t('grant.accountability')}>
            <CloseForm grant={grant} />
          </Disclosure>
        </>
      ) : null}
      {grant.status === 'gesloten' && grant.waivedReason ? (
        <p className="muted">{t('grant.waivedLine', { reason: grant.waivedReason })}</p>
      ) : null}
    </article>
  );
}
