import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Agreement, LiabilityView } from '../../../../shared/contract/liability';
import { CLAUSES, OBJECT_OWNERS } from '../../../../shared/domain/liability';
import { Alert } from '../../components/Alert';
import { FormAlert } from '../../components/FormAlert';
import { formatDate } from '../../components/format';
import { useCall, useCommand } from '../../hooks/queries';
import { useFormErrors } from '../../hooks/use-form-errors';
import { FileUpload } from '../../components/FileUpload';
import { attachmentHref } from '../../components/attachment-href';
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

/** Liability on the initiative page: owner, clauses, claim order per risk with gaps, requirements and agreements. */
export function LiabilityPanel({ initiativeId, complexId }: { initiativeId: string; complexId: string }) {
  const { t } = useTranslation();
  const view = useCall('liability:get', { initiativeId });
  const policies = useCall('policies:list');
  const update = useCommand('liability:update');
  const form = useFormErrors();
  const [d, setD] = useState<{
    objectOwner: string;
    clauses: string[];
    freeText: string;
    klicReportedOn: string;
    policyIds: string[];
    activities: string;
  } | null>(null);
  useEffect(() => {
    if (view.data && !d)
      setD({
        objectOwner: view.data.objectOwner,
        clauses: view.data.clauses,
        freeText: view.data.freeText,
        klicReportedOn: view.data.klicReportedOn ?? '',
        policyIds: view.data.policyIds,
        activities: view.data.activities,
      });
  }, [view.data, d]);
  if (!view.data || !d) return null;
  const v = view.data;
  const policyLabel = (id: string | null) => (id ? policies.data?.find((p) => p.id === id) : undefined);
  return (
    <Panel id="liability-title" title={t('liability.title')}>
      <FormAlert
        errors={form.errors}
        onReload={() => {
          setD(null);
          form.clear();
          void view.refetch();
        }}
      />
      <p className={v.agreementsInPlace ? 'muted' : 'field__error'}>
        {v.risks.length === 0
          ? t('liability.noRisks')
          : v.agreementsInPlace
            ? t('liability.inPlace')
            : t('liability.notInPlace')}
      </p>
      <div className="form__grid">
        <label className="field">
          <span>{t('liability.owner')}</span>
          <select value={d.objectOwner} onChange={(e) => setD({ ...d, objectOwner: e.target.value })}>
            {OBJECT_OWNERS.map((o) => (
              <option key={o} value={o}>
                {t(`owner.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('liability.klic')}</span>
          <input
            type="date"
            value={d.klicReportedOn}
            onChange={(e) => setD({ ...d, klicReportedOn: e.target.value })}
          />
        </label>
      </div>
      <fieldset className="checks">
        <legend>{t('liability.clauses')}</legend>
        {CLAUSES.map((c) => (
          <label key={c}>
            <input
              type="checkbox"
              checked={d.clauses.includes(c)}
              onChange={(e) =>
                setD({ ...d, clauses: e.target.checked ? [...d.clauses, c] : d.clauses.filter((x) => x !== c) })
              }
            />
            {t(`clause.${c}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="checks">
        <legend>{t('liability.groupPolicies')}</legend>
        {policies.data
          ?.filter((p) => p.holder === 'vereniging' && (!p.archivedAt || d.policyIds.includes(p.id)))
          .map((p) => (
            <label key={p.id}>
              <input
                type="checkbox"
                checked={d.policyIds.includes(p.id)}
                onChange={(e) =>
                  setD({
                    ...d,
                    policyIds: e.target.checked ? [...d.policyIds, p.id] : d.policyIds.filter((x) => x !== p.id),
                  })
                }
              />
              {p.insurer} {p.policyNumber}
            </label>
          ))}
      </fieldset>
      <label className="field">
        <span>{t('liability.freeText')}</span>
        <textarea rows={2} value={d.freeText} onChange={(e) => setD({ ...d, freeText: e.target.value })} />
      </label>
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            void update.submit(
              {
                initiativeId,
                version: v.version,
                objectOwner: d.objectOwner,
                clauses: d.clauses,
                freeText: d.freeText,
                klicReportedOn: d.klicReportedOn || null,
                policyIds: d.policyIds,
                activities: d.activities,
              },
              form,
              { onError: (e) => form.fromError(e) },
            )
          }
        >
          {t('liability.save')}
        </button>
      </div>
      <h3>{t('liability.coverage', { municipality: v.municipality || '—' })}</h3>
      <p className="muted">{t('liability.ownerStays', { owner: t(`owner.${v.objectOwner}`) })}</p>
      <table className="rules-table">
        <thead>
          <tr>
            <th scope="col">{t('liability.risk')}</th>
            <th scope="col">{t('liability.order')}</th>
          </tr>
        </thead>
        <tbody>
          {v.coverage.map((c) => (
            <tr key={c.risk}>
              <th scope="row">
                {t(`risk.${c.risk}`)}
                {c.gap ? <span className="badge badge--gap">{t('liability.gap')}</span> : null}
              </th>
              <td>
                <ol>
                  {c.steps.map((s) => (
                    <li key={s.order}>
                      {s.policyId
                        ? `${policyLabel(s.policyId)?.insurer ?? ''} ${policyLabel(s.policyId)?.policyNumber ?? ''} (${t(`coverStep.${s.kind}`)}${s.secondary ? `, ${t('policy.secondaryShort')}` : ''})`
                        : t('coverStep.eigen_avp')}
                    </li>
                  ))}
                </ol>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('requirement.title')}</h3>
      <Requirements view={v} initiativeId={initiativeId} />
      <h3>{t('agreement.title')}</h3>
      <ul className="work-list">
        {v.agreements.map((a) => (
          <li key={a.id}>
            <strong>{a.residentName}</strong>
            <span>
              {t(`agreementStatus.${a.status}`)} · {a.tasks}
            </span>
            {a.allowanceWarnings.length ? (
              <span className="field__error">
                {a.allowanceWarnings.map((w) => t(`allowanceWarning.${w}`)).join(' ')}
              </span>
            ) : null}
            <Link to={`/overeenkomsten/${a.id}/afdrukken`}>{t('agreement.document')}</Link>
            {a.status !== 'getekend' ? (
              <SignedUpload agreement={a} />
            ) : a.signedDocumentId ? (
              <a
                href={attachmentHref(a.signedDocumentId, t('agreement.signedFile', { name: a.residentName }))}
                download
              >
                {t('agreement.signedCopy')}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
      <Disclosure title={t('agreement.new')}>
        <AgreementForm initiativeId={initiativeId} complexId={complexId} />
      </Disclosure>
    </Panel>
  );
}
