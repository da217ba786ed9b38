import { useTranslation } from 'react-i18next';
import type { MergeReport } from '../../../../shared/contract/team-protocol';

/** What merging this laptop into the team does (or did): per kind of data, added, recognised, already there. */
export function MergeReportTable({ report, caption }: { report: MergeReport; caption: string }) {
  const { t } = useTranslation();
  const tables = report.tables.filter((row) => row.added + row.matched + row.alreadyThere > 0);
  const list = (items: string[]) => items.join(', ');
  return (
    <>
      <table className="figure-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('team.merge.kind')}</th>
            <th scope="col" className="num">
              {t('team.merge.added')}
            </th>
            <th scope="col" className="num">
              {t('team.merge.matched')}
            </th>
            <th scope="col" className="num">
              {t('team.merge.alreadyThere')}
            </th>
          </tr>
        </thead>
        <tbody>
          {tables.map((row) => (
            <tr key={row.tbl}>
              <th scope="row">{t(`team.merge.table.${row.tbl}`)}</th>
              <td className="num">{row.added}</td>
              <td className="num">{row.matched}</td>
              <td className="num">{row.alreadyThere}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.matchedComplexes.length ? (
        <p>
          {t('team.merge.matchedComplexes', { list: list(report.matchedComplexes.map((c) => `${c.code} ${c.name}`)) })}
        </p>
      ) : null}
      {report.keptSettings.length ? (
        <p>
          {t('team.merge.keptSettings', { list: list(report.keptSettings.map((tbl) => t(`team.merge.table.${tbl}`))) })}
        </p>
      ) : null}
    </>
  );
}
