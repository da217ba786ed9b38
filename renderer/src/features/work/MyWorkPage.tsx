import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordSelect } from '../../components/Selects';
import type { Session } from '../../../../shared/contract/session';
import type { MyWork } from '../../../../shared/contract/work';
import type { Draft } from '../../../../shared/domain/entities';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useCall, useCommand } from '../../hooks/queries';
import { FollowUpList } from './FollowUpList';
import { WorkSection } from './WorkSection';
import {
  AppreciationDueRow,
  DraftRow,
  PolicyExpiryRow,
  PromiseRow,
  RequirementRow,
  StaleRow,
  VisitRow,
} from './work-rows';

/** A teamleider looks at a colleague's Mijn werk. */
function ViewAs({
  staff,
  value,
  onChange,
}: {
  staff: Session['staff'];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="inline-check">
      {t('work.viewAs')}
      <RecordSelect
        value={value}
        onChange={(e) => onChange(e.target.value)}
        records={staff}
        label={(person) => person.name}
      />
    </label>
  );
}

/** Everything in one person's Mijn werk, section by section; only one's own drafts can be resumed. */
function WorkSections({ data, onResumeDraft }: { data: MyWork; onResumeDraft: ((draft: Draft) => void) | null }) {
  const { t } = useTranslation();
  const discard = useCommand('drafts:discard');
  return (
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
        {(r) => <RequirementRow key={`${r.initiativeId}-${r.key}`} row={r} />}
      </WorkSection>
      {data.staff.role === 'wijkbeheerder' ? null : (
        <WorkSection
          id="work-policies"
          title={t('work.policiesExpiring')}
          items={data.policiesExpiring}
          empty={t('work.nonePoliciesExpiring')}
        >
          {(p) => <PolicyExpiryRow key={p.id} policy={p} today={data.today} />}
        </WorkSection>
      )}
      <WorkSection id="work-promises" title={t('work.promises')} items={data.promises} empty={t('work.nonePromises')}>
        {(p) => <PromiseRow key={p.id} promise={p} />}
      </WorkSection>
      <WorkSection
        id="work-appreciation"
        title={t('work.appreciationDue')}
        items={data.appreciationDue}
        empty={t('work.noneAppreciationDue')}
      >
        {(r) => <AppreciationDueRow key={r.id} resident={r} />}
      </WorkSection>
      <WorkSection id="work-drafts" title={t('work.drafts')} items={data.drafts} empty={t('work.noDrafts')}>
        {(draft) => (
          <DraftRow
            key={draft.id}
            draft={draft}
            onResume={onResumeDraft && (() => onResumeDraft(draft))}
            onDiscard={() => discard.mutate({ id: draft.id })}
          />
        )}
      </WorkSection>
      <WorkSection id="work-stale" title={t('work.stale')} items={data.stale} empty={t('work.noneStale')}>
        {(initiative) => <StaleRow key={initiative.id} initiative={initiative} />}
      </WorkSection>
      <WorkSection id="work-visits" title={t('work.recentVisits')} items={data.recentVisits} empty={t('work.noVisits')}>
        {(visit) => <VisitRow key={visit.id} visit={visit} />}
      </WorkSection>
    </div>
  );
}

/** The start page: what needs this user's attention. A teamleider can look at any team member's. */
export function MyWorkPage({ session, onResumeDraft }: { session: Session; onResumeDraft: (draft: Draft) => void }) {
  const { t } = useTranslation();
  const me = session.currentStaff!;
  const [staffId, setStaffId] = useState(me.id);
  const work = useCall('work:overview', staffId === me.id ? {} : { staffId });
  return (
    <>
      <PageHeader
        title={staffId === me.id ? t('work.title') : t('work.titleOf', { name: work.data?.staff.name ?? '' })}
        actions={
          me.role === 'teamleider' ? <ViewAs staff={session.staff} value={staffId} onChange={setStaffId} /> : null
        }
      />
      <QueryState query={work}>
        {(data) => <WorkSections data={data} onResumeDraft={staffId === me.id ? onResumeDraft : null} />}
      </QueryState>
    </>
  );
}
