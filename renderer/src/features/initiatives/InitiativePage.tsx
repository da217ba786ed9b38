import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Initiative } from '../../../../shared/domain/entities';
import { AuditTrail } from '../../components/AuditTrail';
import { DetailsList } from '../../components/DetailsList';
import { AdviceHistory } from '../advice/AdviceHistory';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { LiabilityPanel } from '../liability/LiabilityPanel';
import { MoneyPanel } from '../money/MoneyPanel';
import { PeoplePanel } from '../residents/PeoplePanel';
import { PartnersPanel } from '../reciprocity/PartnersPanel';
import { PromisesPanel } from '../reciprocity/PromisesPanel';
import { FollowUpsPanel } from '../work/FollowUpsPanel';
import { Timeline } from '../work/Timeline';
import { formatDate, vocab } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { FoldingPanels } from '../../components/Panel';
import { QueryState } from '../../components/QueryState';
import { useCall } from '../../hooks/queries';
import { useEditSnapshot } from '../../hooks/use-edit-snapshot';
import { InitiativeForm } from './InitiativeForm';
import { StatusPanel } from './StatusPanel';
import { StatusTimeline } from './StatusTimeline';

/** The day's work (money, people, liability, follow-ups) starts open; what is history starts folded. */
const INITIATIVE_PANELS = {
  page: 'initiative',
  closed: ['promises-title', 'partners-title', 'timeline-all', 'advice-history', 'audit'],
};

function InitiativeDetails({ initiative }: { initiative: Initiative }) {
  const { t, i18n } = useTranslation();
  const rows: [string, React.ReactNode][] = [
    [
      t('initiative.complex'),
      <Link to={`/complexen/${initiative.complexId}`}>
        {initiative.complexCode} · {initiative.complexName}
      </Link>,
    ],
    [t('initiative.sharedObject'), vocab(t, 'sharedObject', initiative.sharedObject) || '—'],
    [t('initiative.origin'), vocab(t, 'origin', initiative.origin)],
    [t('initiative.practiceType'), vocab(t, 'practiceType', initiative.practiceType)],
    [
      t('initiative.period'),
      [formatDate(initiative.startDate, i18n.language), formatDate(initiative.endDate, i18n.language)]
        .filter(Boolean)
        .join(' – ') || '—',
    ],
    [t('initiative.wijkbeheerder'), initiative.wijkbeheerderName ?? '—'],
    [
      t('initiative.advisedApproach'),
      `${vocab(t, 'approach', initiative.advisedApproach)}${
        initiative.adviceConfidence ? ` ` + `(${t(`confidence.${initiative.adviceConfidence}`)})` : ''
      }`,
    ],
    [t('initiative.chosenApproach'), vocab(t, 'approach', initiative.chosenApproach)],
    [
      t('initiative.updatedAt'),
      `${formatDate(initiative.updatedAt, i18n.language, true)} · ${initiative.updatedByName ?? ''}`,
    ],
  ];
  return (
    <>
      <DetailsList rows={rows} />
      {initiative.description ? <p className="description">{initiative.description}</p> : null}
    </>
  );
}

export function InitiativePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useCall('initiatives:get', { id });
  const session = useCall('session:get');
  return (
    <QueryState query={detail}>
      {(data) => (
        <>
          <PageHeader
            title={data.initiative.title}
            subtitle={`${data.initiative.complexCode} · ${t(`status.${data.initiative.status}`)}`}
            actions={
              <Link className="button button--secondary" to={`/initiatieven/${id}/bewerken`}>
                {t('common.edit')}
              </Link>
            }
          />
          <div className="columns">
            <div>
              <InitiativeDetails initiative={data.initiative} />
              <StatusPanel detail={data} />
            </div>
            <StatusTimeline history={data.history} />
          </div>
          <FoldingPanels.Provider value={INITIATIVE_PANELS}>
            <MoneyPanel
              initiativeId={data.initiative.id}
              complexId={data.initiative.complexId}
              isLead={session.data?.currentStaff?.role === 'teamleider'}
            />
            <PeoplePanel initiativeId={data.initiative.id} complexId={data.initiative.complexId} />
            <LiabilityPanel initiativeId={data.initiative.id} complexId={data.initiative.complexId} />
            <FollowUpsPanel initiativeId={data.initiative.id} meId={session.data?.currentStaff?.id ?? ''} />
            <PromisesPanel complexId={data.initiative.complexId} initiativeId={data.initiative.id} />
            <PartnersPanel initiative={data.initiative} />
            <DocumentsPanel initiativeId={data.initiative.id} />
            <Timeline initiativeId={data.initiative.id} />
            <AdviceHistory snapshots={data.snapshots} />
            <AuditTrail entityId={data.initiative.id} />
          </FoldingPanels.Provider>
        </>
      )}
    </QueryState>
  );
}

export function InitiativeNewPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return (
    <>
      <PageHeader title={t('initiative.new')} />
      <InitiativeForm complexId={params.get('complex') ?? ''} />
    </>
  );
}

export function InitiativeEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useCall('initiatives:get', { id });
  const { snapshot, reload } = useEditSnapshot(query.data?.initiative, query.refetch);
  return (
    <>
      <PageHeader title={t('initiative.edit')} subtitle={snapshot?.value.title} />
      <QueryState query={query}>
        {(data) =>
          snapshot ? (
            <InitiativeForm
              key={snapshot.key}
              initiative={snapshot.value}
              rationale={data.snapshots[0]?.rationale}
              onReload={reload}
            />
          ) : null
        }
      </QueryState>
    </>
  );
}
