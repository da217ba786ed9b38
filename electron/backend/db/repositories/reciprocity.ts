import type {
  Appreciation,
  PromiseRecord,
  UnappreciatedResident,
  WelcomeFigures,
  WelcomePlan,
} from '../../../../shared/contract/reciprocity';
import { promiseState, type EvidenceCase, type WelcomeStep } from '../../../../shared/domain/reciprocity';
import type { Db } from '../connection';
import { pieceOf } from '../../pacing';

type PromiseRaw = Omit<PromiseRecord, 'state'>;
type WelcomeRaw = Omit<WelcomePlan, 'state' | 'overdue' | 'moments'>;
type PromiseStateRow = { wijk: string; staffName: string; state: PromiseRecord['state'] };

/** The welcome plan: its steps, each new tenant's plan and its moments, and the figures of the last year. */
function welcomeQueries(db: Db) {
  const steps = db.prepare<[], WelcomeStep>(
    'SELECT step, offset_days AS offsetDays, title FROM welcome_steps ORDER BY step',
  );
  const deleteSteps = db.prepare('DELETE FROM welcome_steps');
  const insertStep = db.prepare(
    'INSERT INTO welcome_steps (step, offset_days, title) VALUES (@step, @offsetDays, @title)',
  );

  const WELCOME = `SELECT w.id, w.resident_id AS residentId, r.name AS residentName, w.complex_id AS complexId,
      c.code AS complexCode,
      c.core_values AS coreValues, w.move_in_date AS moveInDate, w.buddy_id AS buddyId, b.name AS buddyName
    FROM welcomes w JOIN residents r ON r.id = w.resident_id JOIN complexes c ON c.id = w.complex_id
    LEFT JOIN residents b ON b.id = w.buddy_id`;
  const welcomesOfComplex = db.prepare<[string], WelcomeRaw>(
    `${WELCOME} WHERE w.complex_id = ? ORDER BY w.move_in_date DESC LIMIT 200`,
  );
  const welcomeOfResident = db.prepare<[string], WelcomeRaw>(`${WELCOME} WHERE w.resident_id = ?`);
  const insertWelcome = db.prepare(
    `INSERT INTO welcomes (id, resident_id, complex_id, move_in_date, buddy_id, created_at, updated_at, created_by,
        updated_by)
     VALUES (@id, @residentId, @complexId, @moveInDate, @buddyId, @at, @at, @by, @by)`,
  );
  const insertMoment = db.prepare(
    `INSERT INTO follow_ups (id, title, due_date, owner_id, complex_id, resident_id, welcome_id, welcome_step,
        created_at, updated_at, created_by, updated_by)
     VALUES (@id, @title, @dueDate, @ownerId, @complexId, @residentId, @welcomeId, @step, @at, @at, @by, @by)`,
  );
  // One pass over the plans of the last year; each EXISTS uses the (welcome_id, welcome_step) index.
  const figures = db.prepare<{ since: string; today: string; complexId: string | null }, WelcomeFigures>(
    `SELECT count(*) AS newTenants,
        coalesce(sum(EXISTS (SELECT 1 FROM follow_ups f WHERE f.welcome_id = w.id AND f.done_at IS NOT NULL
          AND f.welcome_step = (SELECT min(welcome_step) FROM follow_ups WHERE welcome_id = w.id))), 0) AS welcomed,
        coalesce(sum(NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.welcome_id = w.id AND f.done_at IS NULL)),
        0) AS aftercareCompleted,
        coalesce(sum(EXISTS (SELECT 1 FROM follow_ups f WHERE f.welcome_id = w.id AND f.done_at IS NULL
        AND f.due_date < @today)), 0) AS overdue
       FROM welcomes w WHERE w.move_in_date >= @since AND (@complexId IS NULL OR w.complex_id = @complexId)`,
  );
  return {
    steps: () => steps.all(),
    replaceSteps: (list: WelcomeStep[]) => {
      deleteSteps.run();
      for (const step of list) insertStep.run(step);
    },
    welcomes: (filter: { complexId?: string; residentId?: string }) =>
      filter.residentId ? welcomeOfResident.all(filter.residentId) : welcomesOfComplex.all(filter.complexId ?? ''),
    insertWelcome: (row: {
      id: string;
      residentId: string;
      complexId: string;
      moveInDate: string;
      buddyId: string | null;
      at: string;
      by: string;
    }) => insertWelcome.run(row),
    insertMoment: (row: {
      id: string;
      title: string;
      dueDate: string;
      ownerId: string;
      complexId: string;
      residentId: string;
      welcomeId: string;
      step: number;
      at: string;
      by: string;
    }) => insertMoment.run(row),
    welcomeFigures: (since: string, today: string, complexId?: string) =>
      figures.get({ since, today, complexId: complexId ?? null })!,
  };
}

/** Promises made to residents, each with its state on a given day. */
function promiseQueries(db: Db) {
  const PROMISE = `SELECT p.id, p.complex_id AS complexId, c.code AS complexCode, c.wijk,
      p.initiative_id AS initiativeId, i.title AS initiativeTitle,
      p.resident_id AS residentId, r.name AS residentName, p.to_group AS toGroup, p.what,
      p.promised_by AS promisedById, s.name AS promisedByName,
      p.promised_on AS promisedOn, p.due_date AS dueDate, p.status, p.kept_on AS keptOn,
      p.withdrawn_reason AS withdrawnReason, p.version
    FROM promises p JOIN complexes c ON c.id = p.complex_id JOIN staff s ON s.id = p.promised_by
    LEFT JOIN initiatives i ON i.id = p.initiative_id LEFT JOIN residents r ON r.id = p.resident_id`;
  const promiseOne = db.prepare<[string], PromiseRaw>(`${PROMISE} WHERE p.id = ?`);
  const promisesOf = db.prepare<
    { complexId: string | null; initiativeId: string | null; residentId: string | null },
    PromiseRaw
  >(
    `${PROMISE} WHERE (@complexId IS NULL OR p.complex_id = @complexId) AND (@initiativeId IS NULL
        OR p.initiative_id = @initiativeId)
       AND (@residentId IS NULL OR p.resident_id = @residentId)
     ORDER BY p.status <> 'open', p.due_date LIMIT 10000`,
  );
  const openPromisesBy = db.prepare<[string, string], PromiseRaw>(
    `${PROMISE} WHERE p.promised_by = ? AND p.status = 'open' AND p.due_date <= ? ORDER BY p.due_date`,
  );
  const insertPromise = db.prepare(
    `INSERT INTO promises (id, complex_id, initiative_id, visit_id, resident_id, to_group, what, promised_by,
        promised_on, due_date,
       created_at, updated_at, created_by, updated_by)
     VALUES (@id, @complexId, @initiativeId, @visitId, @residentId, @toGroup, @what, @by, @promisedOn, @dueDate, @at,
     @at, @by, @by)`,
  );
  const settlePromise = db.prepare(
    `UPDATE promises SET status = @status, kept_on = @keptOn, withdrawn_reason = @reason, version = version + 1,
        updated_at = @at, updated_by = @by
      WHERE id = @id AND version = @version`,
  );
  // One pass over all promises serves the figures per wijk, per person and overall.
  const promiseStates = db.prepare<
    [],
    { wijk: string; staffName: string; status: PromiseRecord['status']; dueDate: string; keptOn: string | null }
  >(
    `SELECT c.wijk, s.name AS staffName, p.status, p.due_date AS dueDate, p.kept_on AS keptOn
       FROM promises p JOIN complexes c ON c.id = p.complex_id JOIN staff s ON s.id = p.promised_by`,
  );

  const withState =
    (today: string) =>
    (raw: PromiseRaw): PromiseRecord => ({ ...raw, state: promiseState(raw, today) });
  return {
    promise: (id: string, today: string) => {
      const raw = promiseOne.get(id);
      return raw && withState(today)(raw);
    },
    promises: (filter: { complexId?: string; initiativeId?: string; residentId?: string }, today: string) =>
      promisesOf
        .all({
          complexId: filter.complexId ?? null,
          initiativeId: filter.initiativeId ?? null,
          residentId: filter.residentId ?? null,
        })
        .map(withState(today)),
    /** Open promises of one person that are due by `horizon` (overdue ones included). */
    openPromisesBy: (staffId: string, horizon: string, today: string) =>
      openPromisesBy.all(staffId, horizon).map(withState(today)),
    insertPromise: (row: Record<string, unknown>) => insertPromise.run(row),
    settlePromise: (row: {
      id: string;
      version: number;
      status: string;
      keptOn: string | null;
      reason: string;
      at: string;
      by: string;
    }) => settlePromise.run(row).changes === 1,
    promiseStates: (today: string): PromiseStateRow[] =>
      promiseStates.all().map((row) => ({ wijk: row.wijk, staffName: row.staffName, state: promiseState(row, today) })),
  };
}

/** Appreciation given, and the active residents who had none for a long time. */
function appreciationQueries(db: Db) {
  const APPRECIATION = `SELECT a.id, a.complex_id AS complexId, c.code AS complexCode, a.resident_id AS residentId,
      r.name AS residentName,
      a.group_name AS groupName, a.kind, a.given_on AS givenOn, a.note, s.name AS givenByName
    FROM appreciations a JOIN complexes c ON c.id = a.complex_id JOIN staff s ON s.id = a.created_by
    LEFT JOIN residents r ON r.id = a.resident_id`;
  const appreciationOne = db.prepare<[string], Appreciation>(`${APPRECIATION} WHERE a.id = ?`);
  const appreciationsOf = db.prepare<{ complexId: string | null; residentId: string | null }, Appreciation>(
    `${APPRECIATION} WHERE (@complexId IS NULL OR a.complex_id = @complexId) AND (@residentId IS NULL
        OR a.resident_id = @residentId)
     ORDER BY a.given_on DESC, a.id DESC LIMIT 500`,
  );
  const insertAppreciation = db.prepare(
    `INSERT INTO appreciations (id, complex_id, resident_id, group_name, kind, given_on, note, created_at, updated_at,
        created_by, updated_by)
     VALUES (@id, @complexId, @residentId, @groupName, @kind, @givenOn, @note, @at, @at, @by, @by)`,
  );
  const givenSince = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM appreciations WHERE given_on >= ?');
  // Active: on an initiative or in a volunteer agreement. Signalled when the last appreciation is before the cut-off.
  type UnappreciatedFilter = { cutoff: string; complexId: string | null; wijkbeheerderId: string | null };
  const UNAPPRECIATED = `WITH active AS (SELECT resident_id AS id FROM initiative_people UNION SELECT resident_id
      FROM agreements),
         last AS (SELECT resident_id, max(given_on) AS givenOn FROM appreciations WHERE resident_id IS NOT NULL
         GROUP BY resident_id)
     SELECT r.id, r.name, r.complex_id AS complexId, c.code AS complexCode,
            (SELECT count(DISTINCT initiative_id) FROM initiative_people p WHERE p.resident_id = r.id) AS initiatives,
            last.givenOn AS lastAppreciation
       FROM active JOIN residents r ON r.id = active.id JOIN complexes c ON c.id = r.complex_id LEFT JOIN last
       ON last.resident_id = r.id
      WHERE r.erased_at IS NULL AND (@complexId IS NULL OR r.complex_id = @complexId)
        AND (@wijkbeheerderId IS NULL OR c.wijkbeheerder_id = @wijkbeheerderId)
        AND coalesce(last.givenOn, '') < @cutoff`;
  const unappreciated = db.prepare<UnappreciatedFilter & { limit: number }, UnappreciatedResident>(
    `${UNAPPRECIATED} ORDER BY lastAppreciation IS NOT NULL, lastAppreciation, r.name LIMIT @limit`,
  );
  // The Overzicht needs only how many: counted in SQL instead of fetching every row.
  const unappreciatedCount = db.prepare<UnappreciatedFilter, { n: number }>(
    `SELECT count(*) AS n FROM (${UNAPPRECIATED})`,
  );
  return {
    appreciation: (id: string) => appreciationOne.get(id),
    appreciations: (filter: { complexId?: string; residentId?: string }) =>
      appreciationsOf.all({ complexId: filter.complexId ?? null, residentId: filter.residentId ?? null }),
    insertAppreciation: (row: Record<string, unknown>) => insertAppreciation.run(row),
    appreciationsSince: (since: string) => givenSince.get(since)!.n,
    unappreciated: (cutoff: string, filter: { complexId?: string; wijkbeheerderId?: string; limit?: number }) =>
      unappreciated.all({
        cutoff,
        complexId: filter.complexId ?? null,
        wijkbeheerderId: filter.wijkbeheerderId ?? null,
        limit: filter.limit ?? 500,
      }),
    unappreciatedCount: (cutoff: string) =>
      unappreciatedCount.get({ cutoff, complexId: null, wijkbeheerderId: null })!.n,
  };
}

/** Where the next piece of closed cases starts: their index's order is practice type, then rowid. */
export type ClosedCaseCursor = { practiceType: string; rowid: number };

/** Welcome plans, promises, appreciation and the closed cases of "wat werkte waar". */
export function reciprocityRepository(db: Db) {
  // Closed initiatives in pieces, in the order of their index (practice type, then rowid), each piece seeking past
  // the last one: 20,000 closed cases took 105 ms in one statement.
  const CLOSED_CASE = `SELECT i.practice_type AS practiceType, i.chosen_approach AS chosenApproach,
        i.advised_approach AS advisedApproach, i.result, i.rowid,
            coalesce((SELECT sum(o.minutes * o.people) FROM own_effort o WHERE o.initiative_id = i.id),
            0) AS ownMinutes,
            coalesce((SELECT sum(e.amount_cents) FROM grants g JOIN expenses e ON e.grant_id = g.id
            WHERE g.initiative_id = i.id), 0) AS spentCents
       FROM initiatives i WHERE i.status = 'gesloten'`;
  const ORDER = 'ORDER BY i.practice_type, i.rowid LIMIT @limit';
  const firstClosed = db.prepare<{ limit: number }, EvidenceCase & ClosedCaseCursor>(`${CLOSED_CASE} ${ORDER}`);
  const nextClosed = db.prepare<ClosedCaseCursor & { limit: number }, EvidenceCase & ClosedCaseCursor>(
    `${CLOSED_CASE} AND i.practice_type >= @practiceType
        AND (i.practice_type > @practiceType OR i.rowid > @rowid) ${ORDER}`,
  );

  const eraseOf = [
    db.prepare('DELETE FROM follow_ups WHERE welcome_id IN (SELECT id FROM welcomes WHERE resident_id = ?)'),
    db.prepare('UPDATE welcomes SET buddy_id = NULL WHERE buddy_id = ?'),
    db.prepare('DELETE FROM welcomes WHERE resident_id = ?'),
    db.prepare('DELETE FROM appreciations WHERE resident_id = ?'),
    // The promise is the corporation's and stays; to whom it was made does not.
    db.prepare(
      `UPDATE promises SET resident_id = NULL, to_group = 'verwijderde bewoner',
          version = version + 1 WHERE resident_id = ?`,
    ),
  ];
  return {
    ...welcomeQueries(db),
    ...promiseQueries(db),
    ...appreciationQueries(db),
    /** Up to `limit` closed cases after the cursor; `next` is where the following piece starts (null: done). */
    closedCasesPiece: (after: ClosedCaseCursor | null, limit: number) =>
      pieceOf(
        after ? nextClosed.all({ ...after, limit }) : firstClosed.all({ limit }),
        limit,
        ({ rowid: _rowid, ...evidence }) => evidence,
        ({ practiceType, rowid }) => ({ practiceType, rowid }),
      ),
    /** AVG: an erased resident's welcome plan and appreciation go; promises stay without the person. */
    eraseResident: (residentId: string) => {
      for (const statement of eraseOf) statement.run(residentId);
    },
  };
}
