import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PromiseFigures, ReciprocityOverview } from '../../../../shared/contract/reciprocity';
import { MIN_CASES_TO_CONCLUDE } from '../../../../shared/domain/reciprocity';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { DataGrid } from '../../grid/DataGrid';
import { useCall } from '../../hooks/queries';
import { evidenceColumns } from './evidence-columns';
import { promiseColumns } from './promise-columns';

function PromiseTable({
  caption,
  rows,
  labelHeader,
}: {
  caption: string;
  rows: PromiseFigures[];
  labelHeader: string;
}) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p className="muted">{t('promise.noneAtAll')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="rules-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col">{t('promise.state.open')}</th>
            <th scope="col">{t('promise.state.te_laat')}</th>
            <th scope="col">{t('promise.state.op_tijd_nagekomen')}</th>
            <th scope="col">{t('promise.state.te_laat_nagekomen')}</th>
            <th scope="col">{t('promise.state.ingetrokken')}</th>
            <th scope="col">{t('promise.keptOnTimePercent')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label || t('common.noWijk')}</th>
              <td>{r.open}</td>
              <td>{r.overdue}</td>
              <td>{r.keptOnTime}</td>
              <td>{r.keptLate}</td>
              <td>{r.withdrawn}</td>
              <td>{r.keptOnTimePercent === null ? '—' : `${r.keptOnTimePercent}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One of the overview's panels: a heading and what it counts. */
function FigurePanel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** The team's figures in four short panels: welcome, appreciation, reach of the excluded, partners. */
function OverviewPanels({ data }: { data: ReciprocityOverview }) {
  const { t } = useTranslation();
  const { welcome, appreciation, exclusion, partners } = data;
  return (
    <div className="columns">
      <FigurePanel id="rec-welcome" title={t('welcome.panel')}>
        <p>
          {t('welcome.figures', {
            newTenants: welcome.newTenants,
            welcomed: welcome.welcomed,
            completed: welcome.aftercareCompleted,
            overdue: welcome.overdue,
          })}
        </p>
      </FigurePanel>
      <FigurePanel id="rec-appreciation" title={t('appreciation.panel')}>
        <p>
          {t('appreciation.figures', { given: appreciation.givenLast12Months, without: appreciation.activeWithout })}
        </p>
      </FigurePanel>
      <FigurePanel id="rec-exclusion" title={t('exclusion.panel')}>
        <p>
          {t('exclusion.reach', {
            complexes: exclusion.complexes,
            initiatives: exclusion.initiatives,
            residents: exclusion.residentsReached,
          })}
        </p>
      </FigurePanel>
      <FigurePanel id="rec-partners" title={t('partner.perPartner')}>
        {partners.length === 0 ? (
          <p className="muted">{t('partner.noneLinkedAnywhere')}</p>
        ) : (
          <ul>
            {partners.map((p) => (
              <li key={p.id}>{t('partner.count', { name: p.name, wijk: p.wijk, count: p.initiatives })}</li>
            ))}
          </ul>
        )}
      </FigurePanel>
    </div>
  );
}

/** Wederkerigheid for the team: welcome, promises kept, appreciation, and what this corporation's own record says. */
export function ReciprocityPage() {
  const { t, i18n } = useTranslation();
  const overview = useCall('reciprocity:overview');
  const evidence = useCall('evidence:table');
  const columns = useMemo(() => evidenceColumns(t), [t]);
  const promises = useCall('promises:list', {});
  const promiseGrid = useMemo(() => promiseColumns(t, i18n.language), [t, i18n.language]);
  return (
    <>
      <PageHeader title={t('reciprocity.title')} subtitle={t('reciprocity.subtitle')} />
      <QueryState query={overview}>{(data) => <OverviewPanels data={data} />}</QueryState>
      <section className="panel" aria-labelledby="rec-promises">
        <h2 id="rec-promises">{t('promise.panel')}</h2>
        {overview.data ? (
          // One under the other: side by side, seven columns each were cut off even at 1440 px.
          <>
            <PromiseTable
              caption={t('promise.byWijk')}
              labelHeader={t('complex.wijk')}
              rows={overview.data.promisesByWijk}
            />
            <PromiseTable
              caption={t('promise.byStaff')}
              labelHeader={t('promise.promisedBy')}
              rows={overview.data.promisesByStaff}
            />
          </>
        ) : null}
      </section>
      {/* The grid is itself the region named "Alle toezeggingen". */}
      <h2>{t('promise.all')}</h2>
      <DataGrid
        gridId="promises"
        label={t('promise.all')}
        rows={promises.data}
        columns={promiseGrid}
        getRowId={(row) => row.id}
        height={320}
      />
      <section aria-labelledby="rec-evidence">
        <h2 id="rec-evidence">{t('evidence.title')}</h2>
        <p className="muted">{t('evidence.intro', { min: MIN_CASES_TO_CONCLUDE })}</p>
        <DataGrid
          gridId="evidence"
          label={t('evidence.title')}
          rows={evidence.data}
          columns={columns}
          getRowId={(row) => `${row.practiceType}|${row.approach}`}
          height={420}
        />
      </section>
    </>
  );
}
