import type { Migration } from './migration';

const ISO_DATE = `'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
const PERSON_ROLES = `'initiatiefnemer','trekker','deelnemer','vrijwilliger','contactpersoon'`;

/**
 * Field work: residents (minimal personal data, contact details only with consent), people on initiatives,
 * visits with the residents met and initiatives touched, follow-ups, photos (content-addressed files) and
 * autosaved drafts.
 */
export const m0003FieldWork: Migration = {
  version: 3,
  name: 'field-work',
  up(db) {
    db.exec(`
      CREATE TABLE residents (
        id TEXT PRIMARY KEY,
        complex_id TEXT NOT NULL REFERENCES complexes(id),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        house_number TEXT NOT NULL DEFAULT '' CHECK (length(house_number) <= 20),
        phone TEXT CHECK (phone IS NULL OR length(phone) <= 30),
        email TEXT CHECK (email IS NULL OR length(email) <= 120),
        roles TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles)),
        age_band TEXT CHECK (age_band IS NULL OR age_band IN ('onder_21', '21_plus')),
        profile TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(profile)),
        consent_at TEXT,
        consent_purpose TEXT,
        consent_by TEXT REFERENCES staff(id),
        erased_at TEXT,
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id),
        updated_by TEXT NOT NULL REFERENCES staff(id),
        -- AVG: contact details exist only together with a recorded consent.
        CHECK ((phone IS NULL AND email IS NULL) OR (consent_at IS NOT NULL AND consent_purpose IS NOT NULL
        AND consent_by IS NOT NULL))
      ) STRICT;
      CREATE INDEX residents_by_complex ON residents (complex_id, name);
      CREATE INDEX residents_by_name ON residents (name COLLATE NOCASE);

      CREATE TABLE initiative_people (
        initiative_id TEXT NOT NULL REFERENCES initiatives(id),
        resident_id TEXT NOT NULL REFERENCES residents(id),
        role TEXT NOT NULL CHECK (role IN (${PERSON_ROLES})),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id),
        PRIMARY KEY (initiative_id, resident_id, role)
      ) STRICT;
      CREATE INDEX initiative_people_by_resident ON initiative_people (resident_id);

      CREATE TABLE visits (
        id TEXT PRIMARY KEY,
        complex_id TEXT NOT NULL REFERENCES complexes(id),
        visit_date TEXT NOT NULL CHECK (visit_date GLOB ${ISO_DATE}),
        note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 5000),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id),
        updated_by TEXT NOT NULL REFERENCES staff(id),
        -- A visit happened; planned contacts are follow-ups. (One day of slack: visit dates are Dutch calendar
        -- dates, created_at is UTC, so shortly after midnight the Dutch date is a day ahead.)
        CHECK (visit_date <= date(created_at, '+1 day'))
      ) STRICT;
      CREATE INDEX visits_by_complex ON visits (complex_id, visit_date);
      CREATE INDEX visits_by_author ON visits (created_by, visit_date);

      CREATE TABLE visit_residents (
        visit_id TEXT NOT NULL REFERENCES visits(id),
        resident_id TEXT NOT NULL REFERENCES residents(id),
        PRIMARY KEY (visit_id, resident_id)
      ) STRICT;

      CREATE TABLE visit_initiatives (
        visit_id TEXT NOT NULL REFERENCES visits(id),
        initiative_id TEXT NOT NULL REFERENCES initiatives(id),
        PRIMARY KEY (visit_id, initiative_id)
      ) STRICT;
      CREATE INDEX visit_initiatives_by_initiative ON visit_initiatives (initiative_id);

      CREATE TABLE follow_ups (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        due_date TEXT NOT NULL CHECK (due_date GLOB ${ISO_DATE}),
        owner_id TEXT NOT NULL REFERENCES staff(id),
        initiative_id TEXT REFERENCES initiatives(id),
        complex_id TEXT REFERENCES complexes(id),
        resident_id TEXT REFERENCES residents(id),
        visit_id TEXT REFERENCES visits(id),
        done_at TEXT,
        done_by TEXT REFERENCES staff(id),
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id),
        updated_by TEXT NOT NULL REFERENCES staff(id),
        CHECK (initiative_id IS NOT NULL OR complex_id IS NOT NULL OR resident_id IS NOT NULL),
        CHECK ((done_at IS NULL) = (done_by IS NULL))
      ) STRICT;
      CREATE INDEX follow_ups_by_owner ON follow_ups (owner_id, done_at, due_date);
      CREATE INDEX follow_ups_by_initiative ON follow_ups (initiative_id);
      CREATE INDEX follow_ups_by_complex ON follow_ups (complex_id);

      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'application/pdf')),
        size INTEGER NOT NULL CHECK (size > 0),
        purpose TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id)
      ) STRICT;

      CREATE TABLE visit_photos (
        visit_id TEXT NOT NULL REFERENCES visits(id),
        attachment_id TEXT NOT NULL REFERENCES attachments(id),
        PRIMARY KEY (visit_id, attachment_id)
      ) STRICT;

      CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('visit')),
        owner_id TEXT NOT NULL REFERENCES staff(id),
        payload TEXT NOT NULL CHECK (json_valid(payload) AND length(payload) <= 200000),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX drafts_by_owner ON drafts (owner_id, updated_at);
    `);
  },
};
