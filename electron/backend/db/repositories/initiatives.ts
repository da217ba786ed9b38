import type { Result } from '../../../../shared/domain/reciprocity';
import type { Initiative, InitiativeRow, StatusChange } from '../../../../shared/domain/entities';
import type { Status } from '../../../../shared/domain/status';
import type { RowTable } from '../../../../shared/contract/row-table';
import { DETAIL_ONLY_FIELDS, INITIATIVE_FIELDS, type InitiativeFields } from '../../../../shared/contract/initiatives';
import type { Db } from '../connection';
import { pieceOf } from '../../pacing';
import { OPEN_SQL } from '../open-statuses';

/** The table's column of a field: `practiceType` is `practice_type`. */
const column = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const ROW_FIELDS = INITIATIVE_FIELDS.filter((field) => !DETAIL_ONLY_FIELDS.includes(field));
const DETAIL_COLUMNS = DETAIL_ONLY_FIELDS.map((field) => `i.${column(field)} AS ${field}`).join(', ');

// Columns are aliased to the wire names so rows go out as they come from SQLite, without a mapping pass:
// the grid lists 100,000 of them.
const ROW_COLUMNS = `
  i.id, ${ROW_FIELDS.map((field) => `i.${column(field)} AS ${field}`).join(', ')},
  c.code AS complexCode, c.name AS complexName, i.status, w.name AS wijkbeheerderName,
  i.advised_approach AS advisedApproach, i.chosen_approach AS chosenApproach, i.updated_at AS updatedAt`;

/** The same values without their names, in the same order: the arrays of the grid's compact form. */
const ROW_VALUES = ROW_COLUMNS.split(',')
  .map((expression) => expression.split(' AS ')[0]!.trim())
  .join(', ');

const FROM = `
  FROM initiatives i
  JOIN complexes c ON c.id = i.complex_id
  LEFT JOIN staff w ON w.id = i.wijkbeheerder_id`;

/** The grid's rows: as objects, or in the compact form of one column list and arrays. */
function listQueries(db: Db) {
  // Ids are UUIDv7, so id order is creation order and `before` is a stable cursor for paging. Two
  // statements, so the per-complex one can use the complex index instead of scanning every initiative.
  type Page = { complexId?: string; before: string; limit: number };
  const page = (where: string) =>
    db.prepare<Page, InitiativeRow>(
      `SELECT ${ROW_COLUMNS} ${FROM} WHERE ${where} i.id < @before ORDER BY i.id DESC LIMIT @limit`,
    );
  const pageAll = page('');
  const pageOfComplex = page('i.complex_id = @complexId AND');
  // The grid's compact form: each row as a JSON array made by SQLite, under one list of the column names. A piece
  // is the rows' arrays joined by commas (no brackets), with how many there are and the oldest id among them.
  type Piece = { rows: string; count: number; oldest: string | null };
  const tablePage = (where: string) =>
    db.prepare<Page, Piece>(
      `SELECT coalesce(group_concat(j, ','), '') AS rows, count(*) AS count, min(id) AS oldest
         FROM (SELECT json_array(${ROW_VALUES}) AS j, i.id ${FROM}
                WHERE ${where} i.id < @before ORDER BY i.id DESC LIMIT @limit)`,
    );
  const tableAll = tablePage('');
  const tableOfComplex = tablePage('i.complex_id = @complexId AND');
  const tableColumns = pageAll.columns().map((c) => c.name) as RowTable<InitiativeRow>['columns'];
  // Without a cursor, 'g' (after every lowercase hex digit) starts at the newest id; -1 is SQLite's "no limit".
  type Range = { complexId?: string; before?: string; limit?: number };
  const list = ({ complexId, before = 'g', limit = -1 }: Range = {}) =>
    complexId ? pageOfComplex.all({ complexId, before, limit }) : pageAll.all({ before, limit });
  return {
    list,
    /** Up to `limit` grid rows before `before` (newest first); `next` continues (null: done). */
    listPiece: (range: { complexId?: string; before: string; limit: number }) =>
      pieceOf(
        list(range),
        range.limit,
        (row) => row,
        (last) => last.id,
      ),
    tableColumns,
    /** Up to `limit` rows of the compact form before `before` (newest first); `next` continues (null: done). */
    tablePiece: ({ complexId, before, limit }: { complexId?: string; before: string; limit: number }) => {
      const piece = (complexId ? tableOfComplex.get({ complexId, before, limit }) : tableAll.get({ before, limit }))!;
      return { items: piece.count > 0 ? [piece.rows] : [], next: piece.count === limit ? piece.oldest : null };
    },
    /** Grid rows matching a WHERE fragment of our own (never user text; values come in as parameters). */
    listWhere: (where: string, params: Record<string, unknown>) =>
      db
        .prepare<Record<string, unknown>, InitiativeRow>(
          `SELECT ${ROW_COLUMNS} ${FROM} WHERE ${where} ORDER BY i.id DESC`,
        )
        .all(params),
  };
}

/** An initiative's status and the history of its changes. */
function statusQueries(db: Db) {
  const setStatus = db.prepare(
    `UPDATE initiatives SET status = @status, outcome = @outcome, result = @result, version = version + 1,
        updated_at = @at, updated_by = @by
     WHERE id = @id AND version = @version`,
  );
  const insertChange = db.prepare(
    `INSERT INTO status_changes (id, initiative_id, from_status, to_status, note, reopening, changed_at, changed_by)
     VALUES (@id, @initiativeId, @fromStatus, @toStatus, @note, @reopening, @changedAt, @changedBy)`,
  );
  const history = db.prepare<[string], Omit<StatusChange, 'reopening'> & { reopening: number }>(
    `SELECT h.id, h.from_status AS fromStatus, h.to_status AS toStatus, h.note, h.reopening,
            h.changed_at AS changedAt, s.name AS changedByName
       FROM status_changes h JOIN staff s ON s.id = h.changed_by
      WHERE h.initiative_id = ? ORDER BY h.id`,
  );
  return {
    setStatus: (
      id: string,
      version: number,
      status: Status,
      outcome: string | null,
      at: string,
      by: string,
      result: Result | null = null,
    ) => setStatus.run({ id, version, status, outcome, result, at, by }).changes === 1,
    recordStatusChange: (change: {
      id: string;
      initiativeId: string;
      fromStatus: Status | null;
      toStatus: Status;
      note: string;
      reopening: boolean;
      changedAt: string;
      changedBy: string;
    }) => insertChange.run({ ...change, reopening: change.reopening ? 1 : 0 }),
    history: (id: string): StatusChange[] => history.all(id).map((row) => ({ ...row, reopening: row.reopening === 1 })),
  };
}

export function initiativeRepository(db: Db) {
  const one = db.prepare<[string], Omit<Initiative, 'facts'> & { facts: string }>(
    `SELECT ${ROW_COLUMNS}, ${DETAIL_COLUMNS}, i.outcome, i.result, i.version, i.created_at AS createdAt,
            i.facts, i.advice_confidence AS adviceConfidence,
            cb.name AS createdByName, ub.name AS updatedByName
       ${FROM}
       LEFT JOIN staff cb ON cb.id = i.created_by
       LEFT JOIN staff ub ON ub.id = i.updated_by
      WHERE i.id = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO initiatives (id, ${INITIATIVE_FIELDS.map(column).join(', ')}, status,
       created_at, updated_at, created_by, updated_by)
     VALUES (@id, ${INITIATIVE_FIELDS.map((field) => `@${field}`).join(', ')}, @status, @at, @at, @by, @by)`,
  );
  const update = db.prepare(
    `UPDATE initiatives SET ${INITIATIVE_FIELDS.map((field) => `${column(field)} = @${field}`).join(', ')},
       version = version + 1, updated_at = @at, updated_by = @by
     WHERE id = @id AND version = @version`,
  );
  const setDates = db.prepare('UPDATE initiatives SET created_at = ?, updated_at = ? WHERE id = ?');
  const stale = db
    .prepare<[string, string], string>(
      `SELECT id FROM initiatives WHERE wijkbeheerder_id = ? AND status IN (${OPEN_SQL}) AND updated_at < ?
          ORDER BY updated_at LIMIT 50`,
    )
    .pluck();
  return {
    ...listQueries(db),
    ...statusQueries(db),
    /** Open initiatives of a wijkbeheerder last changed before `before`, the longest untouched first (50 at most). */
    staleIds: (wijkbeheerderId: string, before: string) => stale.all(wijkbeheerderId, before),
    get: (id: string): Initiative | undefined => {
      const row = one.get(id);
      return row && { ...row, facts: JSON.parse(row.facts) as Initiative['facts'] };
    },
    insert: (id: string, fields: InitiativeFields, status: Status, at: string, by: string) =>
      insert.run({ id, ...fields, status, at, by }),
    update: (id: string, version: number, fields: InitiativeFields, at: string, by: string) =>
      update.run({ id, version, ...fields, at, by }).changes === 1,
    /** The demo corporation's history: when an initiative was made and last changed. */
    setDates: (id: string, createdAt: string, updatedAt: string) => void setDates.run(createdAt, updatedAt, id),
  };
}
