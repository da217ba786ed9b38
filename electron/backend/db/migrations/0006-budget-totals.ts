import type { Migration } from './migration';

const ALLOCATING = `'wacht_op_goedkeuring','toegekend','gedeeltelijk_toegekend','gesloten'`;
const TOTALS = `
  allocated_cents = coalesce((SELECT sum(granted_cents) FROM grants WHERE budget_id = budgets.id
  AND status IN (${ALLOCATING})), 0)
                  + coalesce((SELECT sum(value_cents) FROM in_kind WHERE budget_id = budgets.id), 0),
  spent_cents = coalesce((SELECT sum(x.amount_cents) FROM expenses x JOIN grants g ON g.id = x.grant_id
  WHERE g.budget_id = budgets.id), 0),
  overrun_cents = coalesce((SELECT sum(amount_cents) FROM budget_overruns WHERE budget_id = budgets.id), 0)`;

/** After any change to `table`, recomputes the totals of the budget(s) the changed row belongs to. */
function totalsTriggers(table: string, newBudget: string, oldBudget: string): string {
  const ids = { INSERT: newBudget, DELETE: oldBudget, UPDATE: `${newBudget}, ${oldBudget}` };
  return Object.entries(ids)
    .map(
      ([event, budgetIds]) => `CREATE TRIGGER ${table}_budget_totals_${event.toLowerCase()} AFTER ${event} ON ${table}
       BEGIN UPDATE budgets SET ${TOTALS} WHERE id IN (${budgetIds}); END;`,
    )
    .join('\n');
}

/**
 * Budget totals kept on the budget row by triggers, so the overview of 20,000 budgets (2,000 complexes × 10 years)
 * is one scan instead of four aggregates per budget. The triggers run inside the writing transaction, so the
 * totals never disagree with the grants, expenses, in-kind support and overruns they sum.
 */
export const m0006BudgetTotals: Migration = {
  version: 6,
  name: 'budget-totals',
  up(db) {
    db.exec(`
      ALTER TABLE budgets ADD COLUMN allocated_cents INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE budgets ADD COLUMN spent_cents INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE budgets ADD COLUMN overrun_cents INTEGER NOT NULL DEFAULT 0;
      UPDATE budgets SET ${TOTALS};
      ${totalsTriggers('grants', 'NEW.budget_id', 'OLD.budget_id')}
      ${totalsTriggers('in_kind', 'NEW.budget_id', 'OLD.budget_id')}
      ${totalsTriggers('budget_overruns', 'NEW.budget_id', 'OLD.budget_id')}
      ${totalsTriggers(
        'expenses',
        `(SELECT budget_id FROM grants
        WHERE id = NEW.grant_id)`,
        '(SELECT budget_id FROM grants WHERE id = OLD.grant_id)',
      )}
    `);
  },
};
