import type { DashboardFilters } from '../../../../shared/contract/dashboard';
import type { Db } from '../connection';
import { initiativeScope } from './dashboard-scope';

/** One initiative's line of the Overzicht workbook, with the table's own column names. */
export type OverviewInitiative = Record<
  | 'id'
  | 'title'
  | 'practice_type'
  | 'status'
  | 'origin'
  | 'advised_approach'
  | 'chosen_approach'
  | 'start_date'
  | 'end_date'
  | 'updated_at'
  | 'wijkbeheerder',
  string | null
>;

/** What the Overzicht workbook reads: for the whole corporation, or for the dashboard's filters. */
export function exportRepository(db: Db) {
  const complexes = db.prepare<
    { wijk: string | null; complex: string | null },
    { id: string; code: string; name: string; wijk: string }
  >(
    `SELECT id, code, name, wijk FROM complexes
      WHERE (@wijk IS NULL OR wijk = @wijk) AND (@complex IS NULL OR id = @complex) ORDER BY code`,
  );
  return {
    /** How many rows the workbook will have, for its progress. */
    overviewSize: (filters?: DashboardFilters) => {
      const scope = filters ? initiativeScope(filters) : { sql: 'FROM initiatives i', params: {} };
      return db
        .prepare(
          `SELECT (SELECT count(*) ${scope.sql}) + (SELECT count(*) FROM budgets) + (SELECT count(*) FROM agreements)
             + (SELECT count(*) FROM policies)`,
        )
        .pluck()
        .get(scope.params) as number;
    },
    /** The complexes in scope, in code order. */
    complexes: (filters?: DashboardFilters) =>
      complexes.all({ wijk: filters?.wijk ?? null, complex: filters?.complexId ?? null }),
    /** A reader of one complex's initiatives in scope, oldest first: each call is a quick index lookup. */
    initiativesOfComplex: (filters?: DashboardFilters) => {
      const scope = filters ? initiativeScope(filters) : { where: '1', params: {} };
      const statement = db.prepare<Record<string, unknown>, OverviewInitiative>(
        `SELECT i.id, i.title, i.practice_type, i.status, i.origin, i.advised_approach, i.chosen_approach,
                i.start_date, i.end_date, i.updated_at, w.name AS wijkbeheerder
           FROM initiatives i JOIN complexes c ON c.id = i.complex_id LEFT JOIN staff w ON w.id = i.wijkbeheerder_id
          WHERE i.complex_id = @complexId AND ${scope.where} ORDER BY i.id`,
      );
      return (complexId: string) => statement.all({ ...scope.params, complexId });
    },
  };
}
