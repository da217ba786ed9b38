import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Resident } from '../../../../shared/domain/entities';
import { Alert } from '../../components/Alert';
import { AuditTrail } from '../../components/AuditTrail';
import { DetailsList } from '../../components/DetailsList';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useCall, useCommand } from '../../hooks/queries';
import { ResidentExportView } from './ResidentExportView';
import { ResidentForm } from './ResidentForm';
import { ResidentInvolvement } from './ResidentInvolvement';

function Details({ resident }: { resident: Resident }) {
  const { t, i18n } = useTranslation();
  const p = resident.profile;
  const list = (values: string[], group: string) => values.map((v) => t(`${group}.${v}`)).join(', ') || '—';
  const rows: [string, React.ReactNode][] = [
    [t('initiative.complex'), <Link to={`/complexen/${resident.complexId}`}>{resident.complexCode}</Link>],
    [t('resident.houseNumber'), resident.houseNumber || '—'],
    [t('resident.phone'), resident.phone ?? '—'],
    [t('resident.email'), resident.email ?? '—'],
    [
      t('resident.consent'),
      resident.consent
        ? t('resident.consentLine', {
            purpose: resident.consent.purpose,
            date: formatDate(resident.consent.at, i18n.language),
            by: resident.consent.byName,
          })
        : t('resident.noConsent'),
    ],
    [t('resident.roles'), list(resident.roles, 'residentRole')],
    [t('profile.talents'), list(p.talents, 'talent')],
    [t('profile.interests'), list(p.interests, 'talent')],
    [t('profile.motives'), list(p.motives, 'motive')],
    [t('profile.lifePhase'), p.lifePhase ? t(`lifePhase.${p.lifePhase}`) : '—'],
    [t('profile.offers'), p.offers || '—'],
    [t('profile.wishes'), p.wishes || '—'],
  ];
  return <DetailsList rows={rows} />;
}

export function ResidentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const resident = useCall('residents:get', { id });
  const withdraw = useCommand('residents:withdrawConsent');
  const erase = useCommand('residents:erase');
  const [confirmErase, setConfirmErase] = useState(false);
  const [showExport, setShowExport] = useState(false);
  return (
    <QueryState query={resident}>
      {(data) => (
        <>
          <PageHeader
            title={data.name}
            subtitle={data.erased ? t('resident.erasedNotice') : undefined}
            actions={
              data.erased ? null : (
                <>
                  <Link className="button button--secondary" to={`/bewoners/${data.id}/bewerken`}>
                    {t('common.edit')}
                  </Link>
                  <button type="button" className="button button--secondary" onClick={() => setShowExport(true)}>
                    {t('resident.export')}
                  </button>
                  {data.consent ? (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => withdraw.mutate({ id: data.id, version: data.version })}
                    >
                      {t('resident.withdraw')}
                    </button>
                  ) : null}
                  <button type="button" className="button button--secondary" onClick={() => setConfirmErase(true)}>
                    {t('resident.erase')}
                  </button>
                </>
              )
            }
          />
          {confirmErase ? (
            <Alert kind="error">
              {t('resident.eraseConfirm')}
              <button
                type="button"
                className="button"
                onClick={() =>
                  erase.mutate({ id: data.id, version: data.version }, { onSuccess: () => setConfirmErase(false) })
                }
              >
                {t('resident.eraseYes')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setConfirmErase(false)}>
                {t('common.cancel')}
              </button>
            </Alert>
          ) : null}
          <Details resident={data} />
          {data.erased ? null : <ResidentInvolvement id={data.id} />}
          {showExport ? <ResidentExportView id={data.id} /> : null}
          <AuditTrail entityId={data.id} />
        </>
      )}
    </QueryState>
  );
}

export function ResidentNewPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return (
    <>
      <PageHeader title={t('resident.new')} />
      <ResidentForm complexId={params.get('complex') ?? ''} />
    </>
  );
}

export function ResidentEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const resident = useCall('residents:get', { id });
  return (
    <>
      <PageHeader title={t('resident.edit')} />
      <QueryState query={resident}>{(data) => <ResidentForm key={data.version} resident={data} />}</QueryState>
    </>
  );
}
