import {
  APPRECIATION_KINDS,
  MAX_MOVE_IN_AHEAD_DAYS,
  PROMISE_STATUSES,
  RESULTS,
} from '../../../../shared/domain/reciprocity';
import type { Migration } from './migration';

const ISO_DATE = `'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
const GUARD = '(SELECT applying FROM sync_guard) = 0';
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const authored = `created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id), updated_by TEXT NOT NULL REFERENCES staff(id)`;
/** A record about a resident must be about a resident of that complex, and not one who was erased. */
const residentGuards = (table: string) => `
      CREATE TRIGGER ${table}_resident_ok BEFORE INSERT ON ${table}
        WHEN ${GUARD} AND NEW.resident_id IS NOT NULL AND (
          (SELECT erased_at FROM residents WHERE id = NEW.resident_id) IS NOT NULL
          OR (SELECT complex_id FROM residents WHERE id = NEW.resident_id) IS NOT NEW.complex_id)
        BEGIN SELECT RAISE(ABORT, 'resident erased or of another complex'); END;`;

/**
 * Wederkerigheid (issue 16): the welcome plan for new tenants (a team template of contact moments, the plan per
 * tenant, its moments as follow-ups ticked off with a note), promises to residents, appreciation moments, the
 * complex's kernwaarden, and a recorded result on closed initiatives for "wat werkte waar".
 */
export const m0011Reciprocity: Migration = {
  version: 11,
  name: 'reciprocity',
  up(db) {
    db.exec(`
      ALTER TABLE initiatives ADD COLUMN result TEXT CHECK (result IS NULL OR result IN (${list(RESULTS)}));
      CREATE INDEX initiatives_closed_by_practice ON initiatives (practice_type) WHERE status = 'gesloten';
      ALTER TABLE complexes ADD COLUMN core_values TEXT NOT NULL DEFAULT '' CHECK (length(core_values) <= 1000);

      CREATE TABLE welcome_steps (
        step INTEGER PRIMARY KEY CHECK (step BETWEEN 1 AND 12),
        offset_days INTEGER NOT NULL CHECK (offset_days BETWEEN 0 AND 730),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200)
      ) STRICT;
      INSERT INTO welcome_steps VALUES
        (1, 7, 'Kennismaking met de buren (samen met de bewonerscommissie of actieve bewoners)'),
        (2, 42, 'Contactmoment week 6'),
        (3, 91, 'Contactmoment maand 3'),
        (4, 182, 'Contactmoment maand 6: nazorg afronden');

      CREATE TABLE welcomes (
        id TEXT PRIMARY KEY,
        resident_id TEXT NOT NULL UNIQUE REFERENCES residents(id),
        complex_id TEXT NOT NULL REFERENCES complexes(id),
        move_in_date TEXT NOT NULL CHECK (move_in_date GLOB ${ISO_DATE}),
        buddy_id TEXT REFERENCES residents(id),
        ${authored},
        CHECK (buddy_id IS NULL OR buddy_id <> resident_id),
        CHECK (move_in_date <= date(created_at, '+${MAX_MOVE_IN_AHEAD_DAYS} days'))
      ) STRICT;
      CREATE INDEX welcomes_by_complex ON welcomes (complex_id, move_in_date);
      ${residentGuards('welcomes')}

      ALTER TABLE follow_ups ADD COLUMN welcome_id TEXT REFERENCES welcomes(id);
      ALTER TABLE follow_ups ADD COLUMN welcome_step INTEGER CHECK (welcome_step IS NULL OR welcome_step BETWEEN 1
      AND 12);
      ALTER TABLE follow_ups ADD COLUMN done_note TEXT NOT NULL DEFAULT '' CHECK (length(done_note) <= 500);
      CREATE INDEX follow_ups_by_welcome ON follow_ups (welcome_id, welcome_step) WHERE welcome_id IS NOT NULL;

      CREATE TABLE promises (
        id TEXT PRIMARY KEY,
        complex_id TEXT NOT NULL REFERENCES complexes(id),
        initiative_id TEXT REFERENCES initiatives(id),
        visit_id TEXT REFERENCES visits(id),
        resident_id TEXT REFERENCES residents(id),
        to_group TEXT NOT NULL DEFAULT '' CHECK (length(to_group) <= 120),
        what TEXT NOT NULL CHECK (length(what) BETWEEN 1 AND 500),
        promised_by TEXT NOT NULL REFERENCES staff(id),
        promised_on TEXT NOT NULL CHECK (promised_on GLOB ${ISO_DATE}),
        due_date TEXT NOT NULL CHECK (due_date GLOB ${ISO_DATE}),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN (${list(PROMISE_STATUSES)})),
        kept_on TEXT CHECK (kept_on IS NULL OR kept_on GLOB ${ISO_DATE}),
        withdrawn_reason TEXT NOT NULL DEFAULT '' CHECK (length(withdrawn_reason) <= 500),
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        ${authored},
        CHECK (due_date >= promised_on),
        CHECK (resident_id IS NOT NULL OR length(trim(to_group)) > 0),
        CHECK ((status = 'nagekomen') = (kept_on IS NOT NULL)),
        CHECK (kept_on IS NULL OR kept_on >= promised_on),
        CHECK (status <> 'ingetrokken' OR length(trim(withdrawn_reason)) > 0)
      ) STRICT;
      CREATE INDEX promises_by_complex ON promises (complex_id, status, due_date);
      CREATE INDEX promises_by_staff ON promises (promised_by, status, due_date);
      CREATE INDEX promises_by_initiative ON promises (initiative_id) WHERE initiative_id IS NOT NULL;
      ${residentGuards('promises')}

      CREATE TABLE appreciations (
        id TEXT PRIMARY KEY,
        complex_id TEXT NOT NULL REFERENCES complexes(id),
        resident_id TEXT REFERENCES residents(id),
        group_name TEXT NOT NULL DEFAULT '' CHECK (length(group_name) <= 120),
        kind TEXT NOT NULL CHECK (kind IN (${list(APPRECIATION_KINDS)})),
        given_on TEXT NOT NULL CHECK (given_on GLOB ${ISO_DATE}),
        note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
        ${authored},
        CHECK (resident_id IS NOT NULL OR length(trim(group_name)) > 0),
        CHECK (given_on <= date(created_at, '+1 day'))
      ) STRICT;
      CREATE INDEX appreciations_by_resident ON appreciations (resident_id, given_on) WHERE resident_id IS NOT NULL;
      CREATE INDEX appreciations_by_complex ON appreciations (complex_id, given_on);
      ${residentGuards('appreciations')}
    `);
  },
};
