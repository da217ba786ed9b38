import type { Db } from '../connection';
import { OPEN_SQL } from '../open-statuses';

/** The initiatives in the dashboard's scope: `FROM … WHERE …` of our own making, with its named parameters. */
export interface Scope {
  sql: string;
  params: Record<string, unknown>;
}

export interface FigureGroup {
  status: string;
  practiceType: string;
  advised: string | null;
  chosen: string | null;
  wijk: string;
  created: number;
  n: number;
}

/**
 * The Overzicht's queries. The scope's SQL varies with no user text in it (values come in as parameters), so the
 * statements are prepared per call; each is one scan over the initiatives in scope.
 */
export function dashboardRepository(db: Db) {
  const wijken = db.prepare<[], string>("SELECT DISTINCT wijk FROM complexes WHERE wijk <> '' ORDER BY wijk").pluck();
  const complexesOf = db.prepare<
    { wijk: string | null; complex: string | null },
    { id: string; wijk: string; code: string; name: string }
  >(
    `SELECT id, wijk, code, name FROM complexes WHERE (@wijk IS NULL OR wijk = @wijk) AND (@complex IS NULL
      OR id = @complex) ORDER BY wijk, code`,
  );
  return {
    /** Initiatives in scope counted by everything the figures count; folded by the handler. */
    groups: ({ sql, params }: Scope) =>
      db
        .prepare(
          `SELECT i.status AS status, i.practice_type AS practiceType, i.advised_approach AS advised,
              i.chosen_approach AS chosen,
            c.wijk AS wijk, (substr(i.created_at, 1, 4) = @year) AS created, count(*) AS n ${sql} GROUP BY 1, 2, 3, 4,
            5, 6 ORDER BY c.wijk`,
        )
        .all(params) as FigureGroup[],
    /** Spending per month of the year on the grants of the initiatives in scope. */
    spendingPerMonth: ({ sql, params }: Scope) =>
      db
        .prepare(
          `SELECT substr(x.spent_on, 1, 7) AS month, sum(x.amount_cents) AS spentCents FROM expenses x JOIN grants g
              ON g.id = x.grant_id
          WHERE substr(x.spent_on, 1, 4) = @year AND g.initiative_id IN (SELECT i.id ${sql}) GROUP BY month
          ORDER BY month`,
        )
        .all(params) as { month: string; spentCents: number }[],
    /** Hours of own effort and agreements of the same initiatives: the scope is materialised once for both. */
    effortAndAgreements: ({ sql, params }: Scope) =>
      db
        .prepare(
          `WITH s AS MATERIALIZED (SELECT i.id ${sql})
          SELECT (SELECT coalesce(sum(e.minutes * e.people),
          0) FROM own_effort e WHERE e.initiative_id IN s) AS minutes,
                 (SELECT count(*) FROM agreements a WHERE a.initiative_id IN s) AS agreementsTotal,
                 (SELECT coalesce(sum(a.status = 'getekend'),
                 0) FROM agreements a WHERE a.initiative_id IN s) AS agreementsSigned`,
        )
        .get(params) as { minutes: number; agreementsTotal: number; agreementsSigned: number },
    /** Which of `ids` are initiatives in scope (looked up by primary key, not by scanning the scope). */
    inScope: ({ sql, params }: Scope, ids: string[]) =>
      new Set(
        ids.length
          ? (db
              .prepare(`SELECT i.id ${sql} AND i.id IN (SELECT value FROM json_each(@candidateIds))`)
              .pluck()
              .all({ ...params, candidateIds: JSON.stringify(ids) }) as string[])
          : [],
      ),
    wijken: () => wijken.all(),
    /** The report's line per complex: initiatives in scope, of which open and closed. */
    countsPerComplex: ({ sql, params }: Scope) =>
      db
        .prepare(
          `SELECT i.complex_id AS id, count(*) AS initiatives, sum(i.status IN (${OPEN_SQL})) AS active,
              sum(i.status = 'gesloten') AS closed ${sql} GROUP BY i.complex_id`,
        )
        .all(params) as { id: string; initiatives: number; active: number; closed: number }[],
    /** Minutes of own effort (times the people) on the initiatives in scope, per complex. */
    effortPerComplex: ({ sql, params }: Scope) =>
      new Map(
        (
          db
            .prepare(
              `SELECT s.complex_id AS id, sum(e.minutes * e.people) AS minutes FROM own_effort e JOIN (SELECT i.id,
                  i.complex_id ${sql}) s ON s.id = e.initiative_id GROUP BY s.complex_id`,
            )
            .all(params) as { id: string; minutes: number }[]
        ).map((r) => [r.id, r.minutes]),
      ),
    /** The complexes a report covers: of one wijk, one complex, or all; by wijk and code. */
    complexesOf: (filters: { wijk: string | null; complexId: string | null }) =>
      complexesOf.all({ wijk: filters.wijk, complex: filters.complexId }),
  };
}
