import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatEuro } from '../../../../shared/domain/money';
import { formatDate } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { useCall } from '../../hooks/queries';

/**
 * The volunteer agreement as a printable document, always in Dutch, made from the recorded data. The browser's
 * print (or "Opslaan als PDF") turns it into the PDF to sign; the signed scan is uploaded back on the initiative.
 */
export function AgreementDocumentPage() {
  const { i18n, t: ui } = useTranslation();
  const t = i18n.getFixedT('nl');
  const { id = '' } = useParams();
  const agreement = useCall('agreements:get', { id });
  return (
    <QueryState query={agreement}>
      {(a) => (
        <article className="agreement-doc" lang="nl">
          <p className="no-print">
            <button type="button" className="button" onClick={() => window.print()}>
              {ui('agreement.print')}
            </button>
          </p>
          <h1>{t('doc.title')}</h1>
          <p>
            {t('doc.parties', { volunteer: a.residentName, initiative: a.initiativeTitle, complex: a.complexCode })}
          </p>
          <h2>{t('doc.tasks')}</h2>
          <p>{a.tasks}</p>
          <h2>{t('doc.period')}</h2>
          <p>
            {t('doc.periodText', {
              start: formatDate(a.startOn, 'nl'),
              end: a.endOn ? formatDate(a.endOn, 'nl') : t('doc.open'),
              hours: a.hoursPerWeek.toLocaleString('nl-NL'),
            })}
          </p>
          <h2>{t('doc.guidance')}</h2>
          <p>{a.guidance || t('doc.guidanceDefault')}</p>
          <h2>{t('doc.allowance')}</h2>
          <p>
            {a.allowanceKind === 'geen'
              ? t('doc.noAllowance')
              : t('doc.allowanceText', {
                  kind: t(`allowanceKind.${a.allowanceKind}`),
                  amount: formatEuro(a.allowanceCents, 'nl'),
                  payer: t(`paidBy.${a.paidBy}`),
                })}
          </p>
          <h2>{t('doc.insurance')}</h2>
          <p>{a.policyLabel ? t('doc.insuranceText', { policy: a.policyLabel }) : t('doc.insuranceNone')}</p>
          {a.vogNeeded ? (
            <p>{t('doc.vog', { date: a.vogDate ? formatDate(a.vogDate, 'nl') : t('doc.vogMissing') })}</p>
          ) : null}
          <h2>{t('doc.confidentiality')}</h2>
          <p>{t('doc.confidentialityText')}</p>
          <h2>{t('doc.disputes')}</h2>
          <p>{t('doc.disputesText')}</p>
          <h2>{t('doc.noEmployment')}</h2>
          <p>{t('doc.noEmploymentText')}</p>
          <div className="agreement-doc__signatures">
            <div>
              <p>{t('doc.signVolunteer')}</p>
              <p className="signature-line">{a.residentName}</p>
            </div>
            <div>
              <p>{t('doc.signOrganisation')}</p>
              <p className="signature-line">&nbsp;</p>
            </div>
          </div>
        </article>
      )}
    </QueryState>
  );
}
