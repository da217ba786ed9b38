import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Complex } from '../../../../shared/domain/entities';
import { Alert } from '../../components/Alert';
import { AuditTrail } from '../../components/AuditTrail';
import { FoldingPanels } from '../../components/Panel';
import { DetailsList } from '../../components/DetailsList';
import { vocab } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { DataGrid } from '../../grid/DataGrid';
import { useCall, useCommand } from '../../hooks/queries';
import { useInitiativeRows } from '../../hooks/use-initiative-rows';
import { initiativeColumns } from '../initiatives/initiative-columns';
import { BudgetBars } from '../money/BudgetBars';
import { AppreciationPanel } from '../reciprocity/AppreciationPanel';
import { ExclusionPanel } from '../reciprocity/ExclusionPanel';
import { SurveysPanel } from '../reciprocity/SurveysPanel';
import { PromisesPanel } from '../reciprocity/PromisesPanel';
import { WelcomePanel } from '../reciprocity/WelcomePanel';
import { FollowUpsPanel } from '../work/FollowUpsPanel';
import { Timeline } from '../work/Timeline';
import { useUndo } from '../../components/undo';

/** Today's work on the complex (actions, promises, welcomes) comes first and open; its history starts folded. */
const COMPLEX_PANELS = { page: 'complex', closed: ['timeline-all', 'audit'] };

function ComplexDetails({ complex }: { complex: Complex }) {
  const { t } = useTranslation();
  const rows: [string, string | number][] = [
    [t('complex.address'), [complex.address, complex.postcode, complex.place].filter(Boolean).join(', ')],
    [t('complex.wijk'), [complex.wijk, complex.buurt].filter(Boolean).join(' · ')],
    [t('complex.homes'), complex.homes],
    [t('complex.buildingType'), vocab(t, 'buildingType', complex.buildingType)],
    [t('complex.sharedObjects'), complex.sharedObjects.map((o) => vocab(t, 'sharedObject', o)).join(', ') || '—'],
    [t('complex.wijkbeheerder'), complex.wijkbeheerderName ?? '—'],
    [t('complex.openInitiatives'), complex.openInitiatives],
  ];
  return <DetailsList rows={rows} />;
}

/** The complex's budgets per year, each with its bars (allocated, spent, remaining). */
function ComplexBudgets({ complexId }: { complexId: string }) {
  const { t } = useTranslation();
  const budgets = useCall('budgets:list', { complexId });
  return (
    <section className="panel" aria-labelledby="complex-budgets">
      <h2 id="complex-budgets">{t('nav.budgets')}</h2>
      {budgets.data?.length === 0 ? <p className="muted">{t('budget.none')}</p> : null}
      {budgets.data?.map((budget) => (
        <div key={budget.id}>
          <h3>
            {budget.year} · {budget.name}
          </h3>
          <BudgetBars budget={budget} />
        </div>
      ))}
    </section>
  );
}

/** The initiatives of this complex in the grid, without the complex's own columns. */
function ComplexInitiatives({ complex }: { complex: Complex }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const initiatives = useInitiativeRows(complex.id);
  const columns = useMemo(
    () => initiativeColumns(t).filter((c) => c.field !== 'complexCode' && c.field !== 'complexName'),
    [t],
  );
  return (
    <>
      <h2>{t('nav.initiatives')}</h2>
      <DataGrid
        gridId="complex-initiatives"
        label={t('complex.initiativesOf', { code: complex.code })}
        rows={initiatives.rows}
        complete={initiatives.complete}
        onFirstRowsShown={initiatives.onFirstRowsShown}
        columns={columns}
        getRowId={(row) => row.id}
        onOpen={(row) => void navigate(`/initiatieven/${row.id}`)}
        height={360}
      />
    </>
  );
}

/** Archiving a complex (offered to undo) and restoring it; a refusal is shown above the page. */
function useComplexArchive() {
  const { t } = useTranslation();
  const archive = useCommand('complexes:archive');
  const restore = useCommand('complexes:restore');
  const [error, setError] = useState<string | null>(null);
  const undo = useUndo();

  function toggleArchive(current: Complex) {
    const archiving = !current.archivedAt;
    (archiving ? archive : restore).mutate(
      { id: current.id, version: current.version },
      {
        onError: (e) => setError(t(e.body.messageKey, e.body.params)),
        onSuccess: (saved) => {
          setError(null);
          undo.offer(
            archiving
              ? { message: t('complex.archivedMessage', { code: saved.code }), undo: () => toggleArchive(saved) }
              : null,
          );
        },
      },
    );
  }
  return { toggleArchive, error, notice: undo.notice };
}

export function ComplexPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const complex = useCall('complexes:get', { id });
  const session = useCall('session:get');
  const { toggleArchive, error, notice } = useComplexArchive();

  return (
    <QueryState query={complex}>
      {(data) => (
        <>
          <PageHeader
            title={`${data.code} · ${data.name}`}
            subtitle={data.archivedAt ? t('complex.archivedNotice') : undefined}
            actions={
              <>
                {!data.archivedAt ? (
                  <>
                    <Link className="button" to={`/initiatieven/nieuw?complex=${data.id}`}>
                      {t('initiative.new')}
                    </Link>
                    <Link className="button button--secondary" to={`/complexen/${data.id}/bewerken`}>
                      {t('common.edit')}
                    </Link>
                  </>
                ) : null}
                <button type="button" className="button button--secondary" onClick={() => toggleArchive(data)}>
                  {data.archivedAt ? t('complex.restore') : t('complex.archive')}
                </button>
              </>
            }
          />
          {error ? <Alert kind="error">{error}</Alert> : null}
          {notice}
          <ComplexDetails complex={data} />
          <ComplexInitiatives complex={data} />
          <ComplexBudgets complexId={data.id} />
          <p>
            <Link to={`/bewoners/nieuw?complex=${data.id}`}>{t('resident.newHere')}</Link>
          </p>
          <FoldingPanels.Provider value={COMPLEX_PANELS}>
            <div className="columns">
              <FollowUpsPanel complexId={data.id} meId={session.data?.currentStaff?.id ?? ''} />
              <PromisesPanel complexId={data.id} />
            </div>
            <WelcomePanel complex={data} />
            <div className="columns">
              <SurveysPanel complex={data} />
              <ExclusionPanel complex={data} />
            </div>
            <AppreciationPanel complexId={data.id} />
            <Timeline complexId={data.id} />
            <AuditTrail entityId={data.id} />
          </FoldingPanels.Provider>
        </>
      )}
    </QueryState>
  );
}
