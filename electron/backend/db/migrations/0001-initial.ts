import type { Migration } from './migration';

// Value lists are written out here on purpose: a migration is frozen in time, so a later change to the
// vocabulary in shared/ needs a new migration, not a silent edit of this one.
const STAFF_ROLES = `'wijkbeheerder','teamleider','medewerker'`;
const BUILDING_TYPES = `'portiekflat','galerijflat','eengezinswoningen','seniorencomplex','woongroep','gemengd_vve'`;
const SHARED_OBJECTS = `'binnentuin','berging','portiek','ontmoetingsruimte','speelplek','dakterras','parkeerterrein'`;
const ORIGINS = `'bewoners','corporatie','partner'`;
const PRACTICE_TYPES = `'eigen_woning','zelf_beter','geld_besparen','probleem_oplossen','gemeenschap','anders'`;
const STATUSES = `'aangemaakt','in_behandeling','in_uitvoering','afgerond','gesloten','geannuleerd'`;
const ISO_DATE = `'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;

const authored = `
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL CHECK (updated_at >= created_at),
  created_by TEXT NOT NULL REFERENCES staff(id),
  updated_by TEXT NOT NULL REFERENCES staff(id)`;

export const m0001Initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE staff (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        role TEXT NOT NULL CHECK (role IN (${STAFF_ROLES})),
        ${authored}
      ) STRICT;

      CREATE TABLE complexes (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(code) BETWEEN 1 AND 20),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        address TEXT NOT NULL DEFAULT '' CHECK (length(address) <= 200),
        postcode TEXT NOT NULL DEFAULT '' CHECK (postcode = '' OR postcode GLOB '[0-9][0-9][0-9][0-9] [A-Z][A-Z]'),
        place TEXT NOT NULL DEFAULT '',
        wijk TEXT NOT NULL DEFAULT '',
        buurt TEXT NOT NULL DEFAULT '',
        homes INTEGER NOT NULL CHECK (homes BETWEEN 0 AND 10000),
        building_type TEXT NOT NULL CHECK (building_type IN (${BUILDING_TYPES})),
        shared_objects TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(shared_objects)
        AND json_type(shared_objects) = 'array'),
        wijkbeheerder_id TEXT REFERENCES staff(id),
        archived_at TEXT,
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        ${authored}
      ) STRICT;

      CREATE TABLE initiatives (
        id TEXT PRIMARY KEY,
        complex_id TEXT NOT NULL REFERENCES complexes(id),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
        shared_object TEXT CHECK (shared_object IS NULL OR shared_object IN (${SHARED_OBJECTS})),
        origin TEXT NOT NULL CHECK (origin IN (${ORIGINS})),
        practice_type TEXT NOT NULL CHECK (practice_type IN (${PRACTICE_TYPES})),
        status TEXT NOT NULL DEFAULT 'aangemaakt' CHECK (status IN (${STATUSES})),
        outcome TEXT CHECK (outcome IS NULL OR length(outcome) <= 5000),
        start_date TEXT CHECK (start_date IS NULL OR start_date GLOB ${ISO_DATE}),
        end_date TEXT CHECK (end_date IS NULL OR end_date GLOB ${ISO_DATE}),
        wijkbeheerder_id TEXT REFERENCES staff(id),
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        ${authored},
        CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date),
        CHECK (status <> 'gesloten' OR length(trim(coalesce(outcome, ''))) > 0)
      ) STRICT;
      CREATE INDEX initiatives_by_complex ON initiatives (complex_id, status);

      CREATE TABLE status_changes (
        id TEXT PRIMARY KEY,
        initiative_id TEXT NOT NULL REFERENCES initiatives(id),
        from_status TEXT CHECK (from_status IS NULL OR from_status IN (${STATUSES})),
        to_status TEXT NOT NULL CHECK (to_status IN (${STATUSES})),
        note TEXT NOT NULL DEFAULT '',
        reopening INTEGER NOT NULL DEFAULT 0 CHECK (reopening IN (0, 1)),
        changed_at TEXT NOT NULL,
        changed_by TEXT NOT NULL REFERENCES staff(id)
      ) STRICT;
      CREATE INDEX status_changes_by_initiative ON status_changes (initiative_id, changed_at);

      CREATE TABLE audit_log (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        actor_id TEXT NOT NULL REFERENCES staff(id),
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create','update','status','archive','restore')),
        changes TEXT NOT NULL CHECK (json_valid(changes))
      ) STRICT;
      CREATE INDEX audit_log_by_entity ON audit_log (entity_id, at);

      -- SECURITY: the audit log is append-only; the database itself refuses edits and deletions.
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
  },
};
