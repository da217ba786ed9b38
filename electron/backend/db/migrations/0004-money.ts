import type { Migration } from './migration';

const MAX = 100_000_000; // €1,000,000 in cents
const DATE = `'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
const ALLOCATING = `'wacht_op_goedkeuring','toegekend','gedeeltelijk_toegekend','gesloten'`;

/** What a budget has given out, and what it has available, as SQL over one budget id (used by the triggers). */
const allocated = (budget: string) => `
  coalesce((SELECT sum(granted_cents) FROM grants WHERE budget_id = ${budget} AND status IN (${ALLOCATING})), 0)
  + coalesce((SELECT sum(value_cents) FROM in_kind WHERE budget_id = ${budget}), 0)`;
const available = (budget: string) => `
  (SELECT amount_cents FROM budgets WHERE id = ${budget})
  + coalesce((SELECT sum(amount_cents) FROM budget_overruns WHERE budget_id = ${budget}), 0)`;

/**
 * Money: budgets per complex and year and wider funds, grants with their decision and eligibility, expenses
 * with receipts, in-kind support and residents' own hours. The database itself refuses an over-allocated
 * budget and spending beyond a grant without an approved reason.
 */
export const m0004Money: Migration = {
  version: 4,
  name: 'money',
  up(db) {
    db.exec(`
      ALTER TABLE staff ADD COLUMN mandate_cents INTEGER NOT NULL DEFAULT 50000 CHECK (mandate_cents BETWEEN 0
      AND ${MAX});

      CREATE TABLE budgets (
        id TEXT PRIMARY KEY,
        scope TEXT NOT NULL CHECK (scope IN ('complex', 'wijk', 'corporatie')),
        complex_id TEXT REFERENCES complexes(id),
        wijk TEXT,
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        per_home_cents INTEGER CHECK (per_home_cents IS NULL OR per_home_cents BETWEEN 0 AND ${MAX}),
        amount_cents INTEGER NOT NULL CHECK (amount_cents BETWEEN 0 AND ${MAX}),
        max_per_application_cents INTEGER CHECK (max_per_application_cents IS NULL
        OR max_per_application_cents BETWEEN 1 AND ${MAX}),
        closed_at TEXT,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id), updated_by TEXT NOT NULL REFERENCES staff(id),
        CHECK ((scope = 'complex') = (complex_id IS NOT NULL)),
        CHECK ((scope = 'wijk') = (wijk IS NOT NULL AND wijk <> ''))
      ) STRICT;
      CREATE UNIQUE INDEX budgets_one_per_complex_year ON budgets (complex_id, year) WHERE scope = 'complex';
      CREATE INDEX budgets_by_year ON budgets (year, scope);

      CREATE TABLE budget_overruns (
        id TEXT PRIMARY KEY,
        budget_id TEXT NOT NULL REFERENCES budgets(id),
        amount_cents INTEGER NOT NULL CHECK (amount_cents BETWEEN 1 AND ${MAX}),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id)
      ) STRICT;

      CREATE TABLE grants (
        id TEXT PRIMARY KEY,
        initiative_id TEXT NOT NULL REFERENCES initiatives(id),
        budget_id TEXT NOT NULL REFERENCES budgets(id),
        applied_on TEXT NOT NULL CHECK (applied_on GLOB ${DATE}),
        requested_cents INTEGER NOT NULL CHECK (requested_cents BETWEEN 1 AND ${MAX}),
        own_contribution_cents INTEGER NOT NULL DEFAULT 0 CHECK (own_contribution_cents BETWEEN 0 AND ${MAX}),
        lines TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(lines)),
        eligibility TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(eligibility)),
        status TEXT NOT NULL DEFAULT 'aangevraagd'
          CHECK (status IN ('aangevraagd', 'wacht_op_goedkeuring', 'toegekend', 'gedeeltelijk_toegekend', 'afgewezen',
          'gesloten')),
        granted_cents INTEGER NOT NULL DEFAULT 0 CHECK (granted_cents BETWEEN 0 AND ${MAX}
        AND granted_cents <= requested_cents),
        motivation TEXT NOT NULL DEFAULT '',
        decided_on TEXT, decided_by TEXT REFERENCES staff(id), approved_by TEXT REFERENCES staff(id),
        overspend_reason TEXT, overspend_approved_by TEXT REFERENCES staff(id),
        accountability TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(accountability)),
        waived_reason TEXT,
        closed_at TEXT,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id), updated_by TEXT NOT NULL REFERENCES staff(id),
        CHECK (status <> 'afgewezen' OR granted_cents = 0),
        CHECK ((overspend_reason IS NULL) = (overspend_approved_by IS NULL))
      ) STRICT;
      CREATE INDEX grants_by_budget ON grants (budget_id, status);
      CREATE INDEX grants_by_initiative ON grants (initiative_id);

      CREATE TABLE expenses (
        id TEXT PRIMARY KEY,
        grant_id TEXT NOT NULL REFERENCES grants(id),
        spent_on TEXT NOT NULL CHECK (spent_on GLOB ${DATE}),
        description TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 200),
        supplier TEXT NOT NULL DEFAULT '',
        amount_cents INTEGER NOT NULL CHECK (amount_cents BETWEEN 1 AND ${MAX}),
        receipt_id TEXT REFERENCES attachments(id),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id)
      ) STRICT;
      CREATE INDEX expenses_by_grant ON expenses (grant_id);

      CREATE TABLE in_kind (
        id TEXT PRIMARY KEY,
        initiative_id TEXT NOT NULL REFERENCES initiatives(id),
        item TEXT NOT NULL CHECK (length(item) BETWEEN 1 AND 120),
        value_cents INTEGER NOT NULL CHECK (value_cents BETWEEN 0 AND ${MAX}),
        handover_on TEXT NOT NULL CHECK (handover_on GLOB ${DATE}),
        mode TEXT NOT NULL CHECK (mode IN ('gegeven', 'geleend')),
        return_on TEXT CHECK (return_on IS NULL OR return_on GLOB ${DATE}),
        returned_at TEXT,
        budget_id TEXT REFERENCES budgets(id),
        follow_up_id TEXT REFERENCES follow_ups(id),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id),
        CHECK ((mode = 'geleend') = (return_on IS NOT NULL)),
        CHECK (return_on IS NULL OR return_on >= handover_on)
      ) STRICT;
      CREATE INDEX in_kind_by_initiative ON in_kind (initiative_id);
      CREATE INDEX in_kind_by_budget ON in_kind (budget_id);

      CREATE TABLE own_effort (
        id TEXT PRIMARY KEY,
        initiative_id TEXT NOT NULL REFERENCES initiatives(id),
        worked_on TEXT NOT NULL CHECK (worked_on GLOB ${DATE}),
        minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600000),
        people INTEGER NOT NULL DEFAULT 1 CHECK (people BETWEEN 1 AND 1000),
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id)
      ) STRICT;
      CREATE INDEX own_effort_by_initiative ON own_effort (initiative_id);

      -- The database refuses an over-allocated budget, whichever code path writes.
      CREATE TRIGGER grants_within_budget_insert AFTER INSERT ON grants
        WHEN (${allocated('NEW.budget_id')}) > (${available('NEW.budget_id')})
        BEGIN SELECT RAISE(ABORT, 'budget over-allocated'); END;
      CREATE TRIGGER grants_within_budget_update AFTER UPDATE OF granted_cents, status, budget_id ON grants
        WHEN (${allocated('NEW.budget_id')}) > (${available('NEW.budget_id')})
        BEGIN SELECT RAISE(ABORT, 'budget over-allocated'); END;
      CREATE TRIGGER in_kind_within_budget AFTER INSERT ON in_kind
        WHEN NEW.budget_id IS NOT NULL AND (${allocated('NEW.budget_id')}) > (${available('NEW.budget_id')})
        BEGIN SELECT RAISE(ABORT, 'budget over-allocated'); END;
      -- Spending beyond the grant needs a recorded reason and approval.
      CREATE TRIGGER expenses_within_grant AFTER INSERT ON expenses
        WHEN (SELECT sum(amount_cents) FROM expenses WHERE grant_id = NEW.grant_id) > (SELECT granted_cents FROM grants
        WHERE id = NEW.grant_id)
          AND (SELECT overspend_approved_by FROM grants WHERE id = NEW.grant_id) IS NULL
        BEGIN SELECT RAISE(ABORT, 'grant overspent without approval'); END;
    `);
  },
};
