import type { DashboardFilters, DashboardRecordsQuery } from '../../../../shared/contract/dashboard';
import type { Db } from '../connection';
import { OPEN_SQL } from '../open-statuses';

/**
 * The initiatives a dashboard or report is about: created in the year or still open during it, narrowed by every
 * filter that is set. One SQL fragment (FROM … WHERE …) with named parameters, so every figure counts the same set.
 */
export function initiativeScope(filters: DashboardFilters) {
  const from = 'FROM initiatives i JOIN complexes c ON c.id = i.complex_id';
  const where =
    `(substr(i.created_at, 1, 4) = @year OR (substr(i.created_at, 1, 4) < @year AND i.status IN ` +
    `(${OPEN_SQL})))
      AND (@wijk IS NULL OR c.wijk = @wijk) AND (@staff IS NULL OR i.wijkbeheerder_id = @staff) AND (@complex IS ` +
    `NULL OR i.complex_id = @complex)
      AND (@status IS NULL OR i.status = @status) AND (@practiceType IS NULL OR i.practice_type = @practiceType)
      AND (@advised IS NULL OR i.advised_approach = @advised) AND (@chosen IS NULL OR i.chosen_approach = @chosen)`;
  const sql = `${from} WHERE ${where}`;
  const params = {
    year: String(filters.year),
    wijk: filters.wijk,
    staff: filters.wijkbeheerderId,
    complex: filters.complexId,
    status: filters.status,
    practiceType: filters.practiceType,
    advised: filters.advisedApproach,
    chosen: filters.chosenApproach,
  };
  return { sql, where, params };
}

/** What a clicked figure adds to the scope, so the grid shows exactly the records the figure counted. */
export function figureCondition(query: DashboardRecordsQuery): { sql: string; params: Record<string, string> } {
  switch (query.figure) {
    case 'all':
      return { sql: '1', params: {} };
    case 'created':
      return { sql: 'substr(i.created_at, 1, 4) = @year', params: {} };
    case 'active':
      return { sql: `i.status IN (${OPEN_SQL})`, params: {} };
    case 'closed':
      return { sql: "i.status = 'gesloten'", params: {} };
    case 'followed':
      return { sql: 'i.chosen_approach IS NOT NULL AND i.advised_approach = i.chosen_approach', params: {} };
    case 'effort':
      return { sql: 'EXISTS (SELECT 1 FROM own_effort e WHERE e.initiative_id = i.id)', params: {} };
    case 'agreements':
      return { sql: 'EXISTS (SELECT 1 FROM agreements a WHERE a.initiative_id = i.id)', params: {} };
    case 'status':
      return { sql: 'i.status = @figureStatus', params: { figureStatus: query.status ?? '' } };
    case 'wijkApproach':
      return {
        sql: 'c.wijk = @figureWijk AND i.chosen_approach IS @figureApproach',
        params: { figureWijk: query.wijk ?? '', figureApproach: query.approach ?? '' },
      };
  }
}

/**
 * Which budgets belong to a selection: a complex's own budgets, or a wijk's complexes' budgets and its own fund;
 * corporation-wide funds count only without a wijk or complex filter.
 */
export function budgetScope(db: Db, filters: Pick<DashboardFilters, 'wijk' | 'complexId'>) {
  const complexWijk = new Map(
    (db.prepare('SELECT id, wijk FROM complexes').all() as { id: string; wijk: string }[]).map((c) => [c.id, c.wijk]),
  );
  return (b: { scope: string; wijk: string | null; complexId: string | null }) =>
    filters.complexId
      ? b.complexId === filters.complexId
      : !filters.wijk ||
        (b.scope === 'wijk'
          ? b.wijk === filters.wijk
          : b.scope === 'complex' && complexWijk.get(b.complexId!) === filters.wijk);
}

/** The names behind the filters that hold ids, for the selection line. */
export function selectionNames(db: Db, filters: Pick<DashboardFilters, 'complexId' | 'wijkbeheerderId'>) {
  const complex = filters.complexId
    ? (db.prepare("SELECT code || ' · ' || name FROM complexes WHERE id = ?").pluck().get(filters.complexId) as
        string | undefined)
    : undefined;
  const wijkbeheerder = filters.wijkbeheerderId
    ? (db.prepare('SELECT name FROM staff WHERE id = ?').pluck().get(filters.wijkbeheerderId) as string | undefined)
    : undefined;
  return { complex: complex ?? null, wijkbeheerder: wijkbeheerder ?? null };
}
