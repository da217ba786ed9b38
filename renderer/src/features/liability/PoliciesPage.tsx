import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuro } from '../../../../shared/domain/money';
import { POLICY_HOLDERS, POLICY_KINDS } from '../../../../shared/domain/liability';
import { RISKS, type Risk } from '../../../../shared/domain/recommendation';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { useArchiveWithUndo } from '../../components/undo';
import { MAX_INSURED_CENTS, type PolicyRow } from '../../../../shared/contract/liability';
import type { ApiError } from '../../bridge/api';
import { useCall, useCommand } from '../../hooks/queries';
import { useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';
import { FileUpload } from '../../components/FileUpload';
import { AttachmentLink } from '../../components/AttachmentLink';
import { VocabSelect } from '../../components/Selects';

const EMPTY = {
  insurer: '',
  policyNumber: '',
  kind: 'vng_basis',
  holder: 'gemeente',
  municipality: '',
  secondary: true,
  validFrom: '',
  validTo: '',
};

/** The form's text fields from a saved policy (sums insured as Dutch amounts, "2500000,00"). */
const fromPolicy = (p: PolicyRow) => ({
  fields: {
    insurer: p.insurer,
    policyNumber: p.policyNumber,
    kind: p.kind,
    holder: p.holder,
    municipality: p.municipality ?? '',
    secondary: p.secondary,
    validFrom: p.validFrom,
    validTo: p.validTo ?? '',
  },
  covers: Object.fromEntries(
    p.covers.map((c) => [c.risk, (c.amountCents / 100).toFixed(2).replace('.', ',')]),
  ) as Partial<Record<Risk, string>>,
});

/** Which risks the policy covers, each with its sum insured as typed ("2.500.000,00"). */
function CoversFields({
  covers,
  onChange,
}: {
  covers: Partial<Record<Risk, string>>;
  onChange: (next: Partial<Record<Risk, string>>) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="subform">
      <legend>{t('policy.covers')}</legend>
      {RISKS.map((risk) => (
        <div key={risk} className="eligibility">
          <label className="inline-check">
            <input
              type="checkbox"
              checked={covers[risk] !== undefined}
              onChange={(ev) =>
                onChange(
                  ev.target.checked
                    ? { ...covers, [risk]: '' }
                    : Object.fromEntries(Object.entries(covers).filter(([k]) => k !== risk)),
                )
              }
            />
            {t(`risk.${risk}`)}
          </label>
          {covers[risk] !== undefined ? (
            <label className="inline-check">
              {t('policy.amount')}
              <input
                inputMode="decimal"
                value={covers[risk]}
                onChange={(ev) => onChange({ ...covers, [risk]: ev.target.value })}
              />
            </label>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}

/** The policy document: open the one filed, and file one (or a new one in its place). */
function PolicyDocument({
  documentId,
  fileName,
  replacing,
  onUploaded,
}: {
  documentId: string | null;
  fileName: string;
  replacing: boolean;
  onUploaded: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {documentId ? (
        <p>
          <AttachmentLink id={documentId} name={fileName}>
            {t('policy.documentOpen')}
          </AttachmentLink>
        </p>
      ) : null}
      <FileUpload
        label={replacing ? t('policy.documentReplace') : t('policy.document')}
        purpose="document"
        accept="application/pdf,image/jpeg,image/png"
        onUploaded={onUploaded}
      />
    </>
  );
}

/** A new policy, or (with `policy`) a correction of a saved one: a renewal's end date, a sum insured, the document. */
function PolicyForm({ policy, onDone }: { policy?: PolicyRow; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCommand('policies:create');
  const update = useCommand('policies:update');
  const form = useFormErrors();
  const initial = policy ? fromPolicy(policy) : { fields: EMPTY, covers: {} };
  const { values: d, bind, check } = useDraft(initial.fields);
  const [covers, setCovers] = useState<Partial<Record<Risk, string>>>(initial.covers);
  const [documentId, setDocumentId] = useState<string | null>(policy?.documentId ?? null);
  function submit(event: FormEvent) {
    event.preventDefault();
    // Sums insured may exceed the €1,000,000 cap of budgets: the register's own ceiling applies.
    const risks = Object.keys(covers) as Risk[];
    const cents = form.amounts<string>(
      Object.fromEntries(
        risks.map((risk, i) => [`covers.${i}.amountCents`, { text: covers[risk] ?? '', max: MAX_INSURED_CENTS }]),
      ),
    );
    if (!cents) return;
    const input = {
      ...d,
      kind: d.kind,
      holder: d.holder,
      municipality: d.municipality || null,
      validTo: d.validTo || null,
      validFrom: d.validFrom || undefined,
      covers: risks.map((risk, i) => ({ risk, amountCents: cents[`covers.${i}.amountCents`]!, exclusions: '' })),
      documentId,
    };
    const done = { onSuccess: onDone, onError: (e: ApiError) => form.fromError(e) };
    if (policy) void update.submit({ ...input, id: policy.id, version: policy.version }, form, done);
    else void create.submit(input, form, done);
  }
  const e = form.errors.fields;
  return (
    <form className="form panel" onSubmit={submit} noValidate aria-label={policy ? t('policy.edit') : t('policy.new')}>
      <h2>{policy ? t('policy.editOf', { number: policy.policyNumber }) : t('policy.new')}</h2>
      {/* A sum insured has no room for a message beside it: it is the banner's. */}
      {form.errors.form ? <Alert kind="error">{e.covers ?? form.errors.form}</Alert> : null}
      <div className="form__grid">
        <Field label={t('policy.insurer')} error={e.insurer} required>
          {(p) => <input {...p} {...bind('insurer')} />}
        </Field>
        <Field label={t('policy.number')} error={e.policyNumber} required>
          {(p) => <input {...p} {...bind('policyNumber')} />}
        </Field>
        <Field label={t('policy.kind')}>
          {(p) => <VocabSelect {...p} {...bind('kind')} values={POLICY_KINDS} group="policyKind" />}
        </Field>
        <Field label={t('policy.holder')}>
          {(p) => <VocabSelect {...p} {...bind('holder')} values={POLICY_HOLDERS} group="policyHolder" />}
        </Field>
        <Field label={t('policy.municipality')} error={e.municipality}>
          {(p) => <input {...p} {...bind('municipality')} />}
        </Field>
        <Field label={t('policy.validFrom')} error={e.validFrom} required>
          {(p) => <input {...p} type="date" {...bind('validFrom')} />}
        </Field>
        <Field label={t('policy.validTo')} error={e.validTo}>
          {(p) => <input {...p} type="date" {...bind('validTo')} />}
        </Field>
      </div>
      <label className="inline-check">
        <input type="checkbox" {...check('secondary')} />
        {t('policy.secondary')}
      </label>
      <CoversFields covers={covers} onChange={setCovers} />
      <PolicyDocument
        documentId={documentId}
        fileName={t('policy.documentFile', { insurer: d.insurer, number: d.policyNumber })}
        replacing={Boolean(policy?.documentId)}
        onUploaded={setDocumentId}
      />
      <FormActions saving={create.isPending || update.isPending} onCancel={onDone} />
    </form>
  );
}

/** One policy in the register: what it covers, for how much, where and until when, and what can be done with it. */
function PolicyItem({ p, onEdit, onArchive }: { p: PolicyRow; onEdit: () => void; onArchive: () => void }) {
  const { t, i18n } = useTranslation();
  const until = p.validTo ? formatDate(p.validTo, i18n.language) : t('policy.open');
  return (
    <>
      <strong>
        {p.insurer} {p.policyNumber}
      </strong>
      {p.archivedAt ? <span className="badge">{t('policy.archived')}</span> : null}
      <span>
        {t(`policyKind.${p.kind}`)} · {t(`policyHolder.${p.holder}`)}
        {p.municipality ? ` · ${p.municipality}` : ''}
        {p.secondary ? ` · ${t('policy.secondaryShort')}` : ''}
      </span>
      <span className="muted">
        {formatDate(p.validFrom, i18n.language)} – {until}
      </span>
      <span className="muted">
        {p.covers.map((c) => `${t(`risk.${c.risk}`)} ${formatEuro(c.amountCents, i18n.language)}`).join(' · ')}
      </span>
      <span className="button-row">
        {p.documentId ? (
          <AttachmentLink
            id={p.documentId}
            name={t('policy.documentFile', { insurer: p.insurer, number: p.policyNumber })}
          >
            {t('policy.documentOpen')}
          </AttachmentLink>
        ) : null}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={onEdit}
          aria-label={t('policy.editOf', { number: p.policyNumber })}
        >
          {t('common.edit')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={onArchive}
          aria-label={t(p.archivedAt ? 'policy.restoreOf' : 'policy.archiveOf', { number: p.policyNumber })}
        >
          {t(p.archivedAt ? 'policy.restore' : 'policy.archive')}
        </button>
      </span>
    </>
  );
}

/** The insurance register: policies with what they cover, for how much, where and until when. */
export function PoliciesPage() {
  const { t } = useTranslation();
  const policies = useCall('policies:list');
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const { setArchived, notice } = useArchiveWithUndo(useCommand('policies:setArchived'), (saved) =>
    t('policy.archivedMessage', { number: saved.policyNumber }),
  );
  return (
    <>
      <PageHeader
        title={t('nav.policies')}
        actions={
          <button type="button" className="button" onClick={() => setAdding(true)}>
            {t('policy.new')}
          </button>
        }
      />
      {notice}
      {adding ? <PolicyForm onDone={() => setAdding(false)} /> : null}
      {!policies.data ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : policies.data.length === 0 ? (
        <p className="muted">{t('policy.none')}</p>
      ) : null}
      <ul className="work-list">
        {policies.data?.map((p) =>
          editingId === p.id ? (
            <li key={p.id}>
              <PolicyForm key={p.version} policy={p} onDone={() => setEditingId(null)} />
            </li>
          ) : (
            <li key={p.id}>
              <PolicyItem p={p} onEdit={() => setEditingId(p.id)} onArchive={() => setArchived(p, !p.archivedAt)} />
            </li>
          ),
        )}
      </ul>
    </>
  );
}
