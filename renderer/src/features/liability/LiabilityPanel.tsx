import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Agreement, LiabilityView, PolicyRow } from '../../../../shared/contract/liability';
import { CLAUSES, OBJECT_OWNERS } from '../../../../shared/domain/liability';
import { Alert } from '../../components/Alert';
import { CheckList } from '../../components/CheckList';
import { FormAlert } from '../../components/FormAlert';
import { formatDate } from '../../components/format';
import { useCall, useCommand } from '../../hooks/queries';
import { VocabSelect } from '../../components/Selects';
import { useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';
import { FileUpload } from '../../components/FileUpload';
import { AttachmentLink } from '../../components/AttachmentLink';
import { AgreementForm } from './AgreementForm';
import { Panel } from '../../components/Panel';
import { Disclosure } from '../../components/Disclosure';

function SignedUpload({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const update = useCommand('agreements:update');
  const form = useFormErrors();
  const [docId, setDocId] = useState<string | null>(null);
  const {
    id,
    version,
    initiativeTitle: _t,
    complexCode: _c,
    residentName: _r,
    policyLabel: _p,
    allowanceWarnings: _w,
    ...fields
  } = agreement;
  return (
    <div className="button-row">
      {form.errors.form ? <Alert kind="error">{form.errors.fields.signedDocumentId ?? form.errors.form}</Alert> : null}
      <FileUpload
        label={t('agreement.signedScan')}
        purpose="document"
        accept="application/pdf,image/jpeg,image/png"
        onUploaded={setDocId}
      />
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          update.mutate(
            { ...fields, id, version, status: 'getekend', signedDocumentId: docId ?? agreement.signedDocumentId },
            { onError: (e) => form.fromError(e) },
          )
        }
      >
        {t('agreement.markSigned')}
      </button>
    </div>
  );
}

function Requirements({ view, initiativeId }: { view: LiabilityView; initiativeId: string }) {
  const { t, i18n } = useTranslation();
  const exempt = useCommand('liability:exempt');
  const [reasons, setReasons] = useState<Record<string, string>>({});
  if (view.requirements.length === 0) return <p className="muted">{t('requirement.none')}</p>;
  return (
    <ul className="work-list">
      {view.requirements.map((r) => (
        <li key={r.key}>
          <span className={`req req--${r.state}`}>{t(`requirementState.${r.state}`)}</span>
          <span>
            {t(`requirementKind.${r.kind}`, { subject: r.kind === 'insurance' ? t(`risk.${r.subject}`) : r.subject })}
          </span>
          {r.until ? (
            <span className="muted">{t('requirement.until', { date: formatDate(r.until, i18n.language) })}</span>
          ) : null}
          {r.state === 'vrijstelling' ? (
            <span className="muted">{view.exemptions[r.key]}</span>
          ) : r.state !== 'aanwezig' ? (
            <span className="button-row">
              <input
                aria-label={t('requirement.reasonFor', {
                  kind: t(`requirementKind.${r.kind}`, { subject: r.subject }),
                })}
                value={reasons[r.key] ?? ''}
                onChange={(e) => setReasons({ ...reasons, [r.key]: e.target.value })}
                placeholder={t('requirement.reason')}
              />
              <button
                type="button"
                className="button button--secondary"
                disabled={!reasons[r.key]?.trim()}
                onClick={() => exempt.mutate({ initiativeId, key: r.key, reason: reasons[r.key]! })}
              >
                {t('requirement.exempt')}
              </button>
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** What the liability form edits, as typed. */
const draftOf = (view: LiabilityView) => ({
  objectOwner: String(view.objectOwner),
  clauses: view.clauses,
  freeText: view.freeText,
  klicReportedOn: view.klicReportedOn ?? '',
  policyIds: view.policyIds,
  activities: view.activities,
});

/** The agreements on liability: owner of the object, KLIC report, standard clauses, the group's own policies. */
function LiabilityForm({
  initiativeId,
  view,
  policies,
  reload,
}: {
  initiativeId: string;
  view: LiabilityView;
  policies: PolicyRow[];
  reload: () => Promise<LiabilityView | undefined>;
}) {
  const { t } = useTranslation();
  const update = useCommand('liability:update');
  const form = useFormErrors();
  const { values: d, setValues, patch, bind } = useDraft(() => draftOf(view));
  const groupPolicies = policies.filter(
    (p) => p.holder === 'vereniging' && (!p.archivedAt || d.policyIds.includes(p.id)),
  );
  const save = () =>
    void update.submit({ initiativeId, version: view.version, ...d, klicReportedOn: d.klicReportedOn || null }, form, {
      onError: (e) => form.fromError(e),
    });
  return (
    <>
      <FormAlert
        errors={form.errors}
        onReload={() => {
          form.clear();
          void reload().then((fresh) => fresh && setValues(draftOf(fresh)));
        }}
      />
      <div className="form__grid">
        <label className="field">
          <span>{t('liability.owner')}</span>
          <VocabSelect {...bind('objectOwner')} values={OBJECT_OWNERS} group="owner" />
        </label>
        <label className="field">
          <span>{t('liability.klic')}</span>
          <input type="date" {...bind('klicReportedOn')} />
        </label>
      </div>
      <CheckList
        legend={t('liability.clauses')}
        values={CLAUSES}
        chosen={d.clauses}
        label={(c) => t(`clause.${c}`)}
        onChange={(clauses) => patch({ clauses })}
      />
      <CheckList
        legend={t('liability.groupPolicies')}
        values={groupPolicies.map((p) => p.id)}
        chosen={d.policyIds}
        label={(id) => groupPolicies.filter((p) => p.id === id).map((p) => `${p.insurer} ${p.policyNumber}`)[0] ?? id}
        onChange={(policyIds) => patch({ policyIds })}
      />
      <label className="field">
        <span>{t('liability.freeText')}</span>
        <textarea rows={2} {...bind('freeText')} />
      </label>
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={save}>
          {t('liability.save')}
        </button>
      </div>
    </>
  );
}

/** Per risk, which policy pays first, then which next, down to the person's own AVP; a gap is marked. */
function CoverageTable({ view, policies }: { view: LiabilityView; policies: PolicyRow[] }) {
  const { t } = useTranslation();
  // A policy with how it pays in this step ("Centraal Beheer VNG-2026-001 (…, secundair)"), or the own AVP.
  const stepLabel = (step: LiabilityView['coverage'][number]['steps'][number]) => {
    if (!step.policyId) return t('coverStep.eigen_avp');
    const policy = policies.find((p) => p.id === step.policyId);
    const kind = [t(`coverStep.${step.kind}`), ...(step.secondary ? [t('policy.secondaryShort')] : [])].join(', ');
    return `${policy?.insurer ?? ''} ${policy?.policyNumber ?? ''} (${kind})`;
  };
  return (
    <table className="rules-table">
      <thead>
        <tr>
          <th scope="col">{t('liability.risk')}</th>
          <th scope="col">{t('liability.order')}</th>
        </tr>
      </thead>
      <tbody>
        {view.coverage.map((c) => (
          <tr key={c.risk}>
            <th scope="row">
              {t(`risk.${c.risk}`)}
              {c.gap ? <span className="badge badge--gap">{t('liability.gap')}</span> : null}
            </th>
            <td>
              <ol>
                {c.steps.map((s) => (
                  <li key={s.order}>{stepLabel(s)}</li>
                ))}
              </ol>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The volunteer agreements: status, tasks, allowance warnings, the printable document, the signed scan. */
function AgreementList({ agreements }: { agreements: Agreement[] }) {
  const { t } = useTranslation();
  return (
    <ul className="work-list">
      {agreements.map((a) => (
        <li key={a.id}>
          <strong>{a.residentName}</strong>
          <span>
            {t(`agreementStatus.${a.status}`)} · {a.tasks}
          </span>
          {a.allowanceWarnings.length ? (
            <span className="field__error">{a.allowanceWarnings.map((w) => t(`allowanceWarning.${w}`)).join(' ')}</span>
          ) : null}
          <Link to={`/overeenkomsten/${a.id}/afdrukken`}>{t('agreement.document')}</Link>
          {a.status !== 'getekend' ? (
            <SignedUpload agreement={a} />
          ) : a.signedDocumentId ? (
            <AttachmentLink id={a.signedDocumentId} name={t('agreement.signedFile', { name: a.residentName })}>
              {t('agreement.signedCopy')}
            </AttachmentLink>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Liability on the initiative page: owner, clauses, claim order per risk with gaps, requirements and agreements. */
export function LiabilityPanel({ initiativeId, complexId }: { initiativeId: string; complexId: string }) {
  const { t } = useTranslation();
  const view = useCall('liability:get', { initiativeId });
  const policies = useCall('policies:list');
  if (!view.data) return null;
  const v = view.data;
  return (
    <Panel id="liability-title" title={t('liability.title')}>
      <p className={v.agreementsInPlace ? 'muted' : 'field__error'}>
        {v.risks.length === 0
          ? t('liability.noRisks')
          : v.agreementsInPlace
            ? t('liability.inPlace')
            : t('liability.notInPlace')}
      </p>
      <LiabilityForm
        initiativeId={initiativeId}
        view={v}
        policies={policies.data ?? []}
        reload={async () => (await view.refetch()).data}
      />
      <h3>{t('liability.coverage', { municipality: v.municipality || '—' })}</h3>
      <p className="muted">{t('liability.ownerStays', { owner: t(`owner.${v.objectOwner}`) })}</p>
      <CoverageTable view={v} policies={policies.data ?? []} />
      <h3>{t('requirement.title')}</h3>
      <Requirements view={v} initiativeId={initiativeId} />
      <h3>{t('agreement.title')}</h3>
      <AgreementList agreements={v.agreements} />
      <Disclosure title={t('agreement.new')}>
        <AgreementForm initiativeId={initiativeId} complexId={complexId} />
      </Disclosure>
    </Panel>
  );
}
