import type { Accountability, BudgetRow, Expense, Grant, InKind } from '../../../../shared/contract/money';
import type { GrantStatus } from '../../../../shared/domain/grant-status';
import type { Eligibility } from '../../../../shared/domain/money';
import { decisionDeadline } from '../../../../shared/domain/money';
import type { ParsedInput } from '../../../../shared/contract/methods';
import type { Db } from '../connection';
import { pieceOf } from '../../pacing';

// The totals are kept on the budget row by triggers (migration 0006), so the overview is a single scan; the
// figures (see budgetFigures) are computed in the same query, because building 20,000 objects twice in
// JavaScript cost more than the scan itself.
const BUDGET_ROWS = `
  SELECT b.id, b.scope, b.complex_id AS complexId, c.code AS complexCode, b.wijk, b.year, b.name,
  b.amount_cents AS amountCents,
         b.per_home_cents AS perHomeCents, b.max_per_application_cents AS maxPerApplicationCents,
         (b.closed_at IS NOT NULL) AS closed, b.version,
         b.amount_cents + b.overrun_cents AS available, b.allocated_cents AS allocated, b.spent_cents AS spent,
         b.amount_cents + b.overrun_cents - b.allocated_cents AS remaining
    FROM budgets b LEFT JOIN complexes c ON c.id = b.complex_id`;

type BudgetRaw = Omit<BudgetRow, 'closed'> & { closed: number | boolean };

/** SQLite answers 0 or 1; the wire says false or true. Changed in place: no second object per row. */
function toBudget(raw: BudgetRaw): BudgetRow {
  raw.closed = raw.closed === 1;
  return raw as BudgetRow;
}

/** What a decision, an approval, accountability or closing changes on a grant, by its wire names. */
export interface GrantPatch {
  status?: GrantStatus;
  grantedCents?: number;
  motivation?: string;
  eligibility?: Eligibility;
  decidedOn?: string;
  decidedBy?: string;
  approvedBy?: string;
  overspendReason?: string;
  overspendApprovedBy?: string;
  accountability?: Accountability;
  closedAt?: string;
  waivedReason?: string | null;
}

/** Each patchable field's column; the JSON ones are written as text. */
const GRANT_COLUMNS: Record<keyof GrantPatch, string> = {
  status: 'status',
  grantedCents: 'granted_cents',
  motivation: 'motivation',
  eligibility: 'eligibility',
  decidedOn: 'decided_on',
  decidedBy: 'decided_by',
  approvedBy: 'approved_by',
  overspendReason: 'overspend_reason',
  overspendApprovedBy: 'overspend_approved_by',
  accountability: 'accountability',
  closedAt: 'closed_at',
  waivedReason: 'waived_reason',
};
const GRANT_JSON = new Set<keyof GrantPatch>(['eligibility', 'accountability']);

/** A new budget as stored: the scope decides which of complex and wijk is set. */
export interface BudgetInsert {
  id: string;
  scope: BudgetRow['scope'];
  complexId: string | null;
  wijk: string | null;
  year: number;
  name: string;
  perHomeCents: number | null;
  amountCents: number;
  maxPerApplicationCents: number | null;
  at: string;
  by: string;
}

type GrantRaw = Omit<Grant, 'lines' | 'eligibility' | 'accountability' | 'expenses' | 'decisionDeadline'> & {
  lines: string;
  eligibility: string;
  accountability: string;
};

/** Budgets, their overrun decisions and closing, and each person's mandate to decide. */
function budgetQueries(db: Db) {
  const budgetsAll = db.prepare<{ year: number | null; complexId: string | null }, BudgetRaw>(
    `${BUDGET_ROWS} WHERE (@year IS NULL OR b.year = @year) AND (@complexId IS NULL OR b.complex_id = @complexId)
        ORDER BY b.year DESC, b.scope, c.code, b.name`,
  );
  const budgetOne = db.prepare<[string], BudgetRaw>(`${BUDGET_ROWS} WHERE b.id = ?`);
  const budgetsAfter = db.prepare<[string, number], BudgetRaw>(`${BUDGET_ROWS} WHERE b.id > ? ORDER BY b.id LIMIT ?`);
  const budgetOrder = db
    .prepare<{ year: number | null }, string>(
      `SELECT b.id FROM budgets b LEFT JOIN complexes c ON c.id = b.complex_id WHERE (@year IS NULL OR b.year = @year)
        ORDER BY b.year DESC, b.scope, c.code, b.name`,
    )
    .pluck();
  const insertBudgetStatement = db.prepare(
    `INSERT INTO budgets (id, scope, complex_id, wijk, year, name, per_home_cents, amount_cents,
        max_per_application_cents, created_at, updated_at, created_by, updated_by)
       VALUES (@id, @scope, @complexId, @wijk, @year, @name, @perHomeCents, @amountCents, @maxPerApplicationCents, @at,
       @at, @by, @by)`,
  );
  const insertOverrunStatement = db.prepare(
    `INSERT INTO budget_overruns (id, budget_id, amount_cents, reason, created_at, created_by) VALUES (?, ?, ?, ?,
      ?, ?)`,
  );
  const setClosedStatement = db.prepare(
    `UPDATE budgets SET closed_at = @closedAt, version = version + 1, updated_at = @at,
      updated_by = @by WHERE id = @id AND version = @version`,
  );
  const mandateOfStatement = db.prepare<[string], { mandateCents: number }>(
    'SELECT mandate_cents AS mandateCents FROM staff WHERE id = ?',
  );
  return {
    budgets: (year?: number, complexId?: string) =>
      budgetsAll.all({ year: year ?? null, complexId: complexId ?? null }).map(toBudget),
    /** The budgets after `after` in id order, at most `limit`: a long list read in pieces. */
    budgetsPiece: (after: string | null, limit: number) =>
      pieceOf(budgetsAfter.all(after ?? '', limit), limit, toBudget, (last) => last.id),
    /** The ids of the budgets (of one year), in the order of the budget lists: newest year first. */
    budgetOrder: (year?: number) => budgetOrder.all({ year: year ?? null }),
    budget: (id: string) => {
      const raw = budgetOne.get(id);
      return raw && toBudget(raw);
    },
    insertBudget: (row: BudgetInsert) => void insertBudgetStatement.run(row),
    insertOverrun: (row: {
      id: string;
      budgetId: string;
      amountCents: number;
      reason: string;
      at: string;
      by: string;
    }) => void insertOverrunStatement.run(row.id, row.budgetId, row.amountCents, row.reason, row.at, row.by),
    /** Closes or reopens a year; false when the version did not match. */
    setClosed: (row: { id: string; version: number; closedAt: string | null; at: string; by: string }) =>
      setClosedStatement.run(row).changes === 1,
    mandateOf: (staffId: string) => mandateOfStatement.get(staffId)?.mandateCents,
  };
}

/** Grants with their lines, checks and expenses. */
function grantQueries(db: Db) {
  const GRANT = `SELECT gr.id, gr.initiative_id AS initiativeId, i.title AS initiativeTitle, gr.budget_id AS budgetId,
      b.name AS budgetName,
      gr.applied_on AS appliedOn, gr.requested_cents AS requestedCents,
      gr.own_contribution_cents AS ownContributionCents, gr.lines, gr.eligibility,
      gr.status, gr.granted_cents AS grantedCents, gr.motivation, gr.decided_on AS decidedOn, d.name AS decidedByName,
      a.name AS approvedByName,
      gr.overspend_reason AS overspendReason, gr.accountability, gr.waived_reason AS waivedReason, gr.version,
      coalesce((SELECT sum(amount_cents) FROM expenses WHERE grant_id = gr.id), 0) AS spentCents
    FROM grants gr JOIN initiatives i ON i.id = gr.initiative_id JOIN budgets b ON b.id = gr.budget_id
    LEFT JOIN staff d ON d.id = gr.decided_by LEFT JOIN staff a ON a.id = gr.approved_by`;
  const grantOne = db.prepare<[string], GrantRaw>(`${GRANT} WHERE gr.id = ?`);
  const grantsOfInitiative = db.prepare<[string], GrantRaw>(`${GRANT} WHERE gr.initiative_id = ? ORDER BY gr.id`);
  const expensesOf = db.prepare<[string], Expense>(
    `SELECT id, spent_on AS spentOn, description, supplier, amount_cents AS amountCents,
      receipt_id AS receiptId FROM expenses WHERE grant_id = ? ORDER BY spent_on, id`,
  );
  const toGrant = (raw: GrantRaw): Grant => ({
    ...raw,
    lines: JSON.parse(raw.lines) as Grant['lines'],
    eligibility: JSON.parse(raw.eligibility) as Grant['eligibility'],
    accountability: JSON.parse(raw.accountability) as Grant['accountability'],
    decisionDeadline: decisionDeadline(raw.appliedOn),
    expenses: expensesOf.all(raw.id),
  });
  const insertGrantStatement = db.prepare(
    `INSERT INTO grants (id, initiative_id, budget_id, applied_on, requested_cents, own_contribution_cents, lines,
        created_at, updated_at, created_by, updated_by)
       VALUES (@id, @initiativeId, @budgetId, @appliedOn, @requestedCents, @ownContributionCents, @lines, @at, @at,
       @by, @by)`,
  );
  const insertExpenseStatement = db.prepare(
    `INSERT INTO expenses (id, grant_id, spent_on, description, supplier, amount_cents, receipt_id, created_at,
        created_by)
       VALUES (@id, @grantId, @spentOn, @description, @supplier, @amountCents, @receiptId, @at, @by)`,
  );
  return {
    grant: (id: string) => {
      const raw = grantOne.get(id);
      return raw && toGrant(raw);
    },
    grantsOf: (initiativeId: string) => grantsOfInitiative.all(initiativeId).map(toGrant),
    /** Writes the mutable part of a grant; false when the version did not match. */
    updateGrant: (id: string, version: number, patch: GrantPatch, at: string, by: string) => {
      const fields = (Object.keys(patch) as (keyof GrantPatch)[]).filter((field) => patch[field] !== undefined);
      // SECURITY: column names come from GRANT_COLUMNS, never from the caller; values are parameters.
      const sets = fields.map((field) => `${GRANT_COLUMNS[field]} = @${field}`).join(', ');
      const values = Object.fromEntries(
        fields.map((field) => [field, GRANT_JSON.has(field) ? JSON.stringify(patch[field]) : patch[field]]),
      );
      const sql = `UPDATE grants SET ${sets}, version = version + 1, updated_at = @at, updated_by = @by WHERE id = @id
          AND version = @version`;
      return db.prepare(sql).run({ ...values, id, version, at, by }).changes === 1;
    },
    insertGrant: (input: ParsedInput<'grants:apply'>, id: string, at: string, by: string) =>
      void insertGrantStatement.run({ ...input, id, lines: JSON.stringify(input.lines), at, by }),
    insertExpense: (input: ParsedInput<'grants:addExpense'>, id: string, at: string, by: string) =>
      void insertExpenseStatement.run({ ...input, id, at, by }),
  };
}

export function moneyRepository(db: Db) {
  const inKindOf = db.prepare<[string], Omit<InKind, 'returned'> & { returned: number }>(
    `SELECT id, item, value_cents AS valueCents, handover_on AS handoverOn, mode, return_on AS returnOn,
        (returned_at IS NOT NULL) AS returned, budget_id AS budgetId
       FROM in_kind WHERE initiative_id = ? ORDER BY handover_on, id`,
  );
  const insertInKindStatement = db.prepare(
    `INSERT INTO in_kind (id, initiative_id, item, value_cents, handover_on, mode, return_on, budget_id, follow_up_id,
        created_at, created_by)
       VALUES (@id, @initiativeId, @item, @valueCents, @handoverOn, @mode, @returnOn, @budgetId, @followUpId, @at,
       @by)`,
  );
  const effortOfStatement = db.prepare<
    [string],
    { id: string; workedOn: string; minutes: number; people: number; description: string }
  >(
    `SELECT id, worked_on AS workedOn, minutes, people, description FROM own_effort WHERE initiative_id = ?
      ORDER BY worked_on, id`,
  );
  const insertEffortStatement = db.prepare(
    `INSERT INTO own_effort (id, initiative_id, worked_on, minutes, people, description, created_at,
      created_by) VALUES (@id, @initiativeId, @workedOn, @minutes, @people, @description, @at, @by)`,
  );
  return {
    ...budgetQueries(db),
    ...grantQueries(db),
    inKindOf: (initiativeId: string): InKind[] =>
      inKindOf.all(initiativeId).map((k) => ({ ...k, returned: k.returned === 1 })),
    insertInKind: (input: ParsedInput<'inKind:add'>, id: string, followUpId: string | null, at: string, by: string) =>
      void insertInKindStatement.run({ ...input, id, followUpId, at, by }),
    effortOf: (initiativeId: string) => effortOfStatement.all(initiativeId),
    insertEffort: (input: ParsedInput<'effort:add'>, id: string, at: string, by: string) =>
      void insertEffortStatement.run({ ...input, id, at, by }),
  };
}
