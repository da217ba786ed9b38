import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Session } from '../../../../shared/contract/session';
import type { Draft } from '../../../../shared/domain/entities';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useCall, useCommand } from '../../hooks/queries';
import { FollowUpList } from './FollowUpList';
import { WorkSection } from './WorkSection';

/** The start page: what needs this user's attention. A teamleider can look at any team member's. */
export function MyWorkPage({ session, onResumeDraft }: { session: Session; onResumeDraft: (draft: Draft) => void }) {
  const { t, i18n } = useTranslation();
  const me = session.currentStaff!;
  const [staffId, setStaffId] = useState(me.id);
  const work = useCall('work:overview', staffId === me.id ? {} : { staffId });
  const discard = useCommand('drafts:discard');
  return (
    <>
      <PageHeader
        title={staffId === me.id ? t('work.title') : t('work.titleOf', { name: work.data?.staff.name ?? '' })}
        actions={
          me.role === 'teamleider' ? (
            <label className="inline-check">
              {t('work.viewAs')}
              <select value={staffId} onChange={(e) => setStaffId(e.target.value)}>
                {session.staff.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null
        }
      />
      <QueryState query={work}>
        {(data) => (
          <div className="work-grid">
            <section className="panel" aria-labelledby="work-overdue">
              <h2 id="work-overdue">{t('work.overdue', { count: data.overdueCount })}</h2>
              <FollowUpList items={data.overdue} empty={t('work.noneOverdue')} />
            </section>
            <section className="panel" aria-labelledby="work-upcoming">
              <h2 id="work-upcoming">{t('work.upcoming')}</h2>
              <FollowUpList items={data.upcoming} empty={t('work.noneUpcoming')} />
            </section>
            <WorkSection
              id="work-expiring"
              title={t('work.expiring')}
              items={data.expiring}
              empty={t('work.noneExpiring')}
              more="/dossiers"
            >
              {(r) => (
                <li key={`${r.initiativeId}-${r.key}`}>
                  <span className={`req req--${r.state}`}>{t(`requirementState.${r.state}`)}</span>
                  <Link to={`/initiatieven/${r.initiativeId}`}>{r.title}</Link>
                  <span className="muted">
                    {t(`requirementKindShort.${r.kind}`)}
                    {r.until ? ` · ${formatDate(r.until, i18n.language)}` : ''}
                  </span>
                </li>
              )}
            </WorkSection>
            {data.staff.role === 'wijkbeheerder' ? null : (
              <WorkSection
                id="work-policies"
                title={t('work.policiesExpiring')}
                items={data.policiesExpiring}
                empty={t('work.nonePoliciesExpiring')}
              >
                {(p) => {
                  const state = p.validTo! < data.today ? 'verlopen' : 'verloopt_binnenkort';
                  return (
                    <li key={p.id}>
                      <span className={`req req--${state}`}>{t(`requirementState.${state}`)}</span>
                      <Link to="/verzekeringen">
                        {p.insurer} · {p.policyNumber}
                      </Link>
                      <span className="muted">
                        {p.municipality ?? t(`policyKind.${p.kind}`)} · {formatDate(p.validTo!, i18n.language)}
                      </span>
                    </li>
                  );
                }}
              </WorkSection>
            )}
            <WorkSection
              id="work-promises"
              title={t('work.promises')}
              items={data.promises}
              empty={t('work.nonePromises')}
            >
              {(p) => (
                <li key={p.id}>
                  <span className={`badge badge--${p.state}`}>{t(`promise.state.${p.state}`)}</span>
                  <Link to={p.initiativeId ? `/initiatieven/${p.initiativeId}` : `/complexen/${p.complexId}`}>
                    {p.what}
                  </Link>
                  <span className="muted">
                    {p.complexCode} · {p.residentName ?? p.toGroup} ·{' '}
                    {t('promise.dueShort', { date: formatDate(p.dueDate, i18n.language) })}
                  </span>
                </li>
              )}
            </WorkSection>
            <WorkSection
              id="work-appreciation"
              title={t('work.appreciationDue')}
              items={data.appreciationDue}
              empty={t('work.noneAppreciationDue')}
            >
              {(r) => (
                <li key={r.id}>
                  <Link to={`/complexen/${r.complexId}`}>{r.name}</Link>
                  <span className="muted">
                    {r.complexCode} ·{' '}
                    {r.lastAppreciation
                      ? t('appreciation.last', { date: formatDate(r.lastAppreciation, i18n.language) })
                      : t('appreciation.never')}
                  </span>
                </li>
              )}
            </WorkSection>
            <WorkSection id="work-drafts" title={t('work.drafts')} items={data.drafts} empty={t('work.noDrafts')}>
              {(draft) => (
                <li key={draft.id}>
                  <span>
                    {(draft.payload as { complexLabel?: string; note?: string }).complexLabel ||
                      t('work.draftUntitled')}{' '}
                    · {formatDate(draft.updatedAt, i18n.language, true)}
                  </span>
                  {staffId === me.id ? (
                    <span className="button-row">
                      <button type="button" className="button button--secondary" onClick={() => onResumeDraft(draft)}>
                        {t('work.resume')}
                      </button>
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => discard.mutate({ id: draft.id })}
                      >
                        {t('work.discard')}
                      </button>
                    </span>
                  ) : null}
                </li>
              )}
            </WorkSection>
            <WorkSection id="work-stale" title={t('work.stale')} items={data.stale} empty={t('work.noneStale')}>
              {(initiative) => (
                <li key={initiative.id}>
                  <Link to={`/initiatieven/${initiative.id}`}>{initiative.title}</Link>
                  <span className="muted">
                    {initiative.complexCode} ·{' '}
                    {t('work.lastChange', { date: formatDate(initiative.updatedAt, i18n.language) })}
                  </span>
                </li>
              )}
            </WorkSection>
            <WorkSection
              id="work-visits"
              title={t('work.recentVisits')}
              items={data.recentVisits}
              empty={t('work.noVisits')}
            >
              {(visit) => (
                <li key={visit.id}>
                  <Link to={`/complexen/${visit.complexId}`}>
                    {visit.complexCode} · {visit.complexName}
                  </Link>
                  <span className="muted">
                    {formatDate(visit.visitDate, i18n.language)}
                    {visit.note ? ` · ${visit.note}` : ''}
                  </span>
                </li>
              )}
            </WorkSection>
          </div>
        )}
      </QueryState>
    </>
  );
}
