import type { Migration } from './migration';

const DATE = `'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;

/**
 * Liability: the municipality of a complex (its VNG policies apply there), the insurance register, liability
 * per initiative (owner, clauses, KLIC, exemptions, linked policies), volunteer agreements, and the
 * tax-free allowance limits as dated data (2025 from the Belastingdienst; later years are added by staff).
 */
export const m0005Liability: Migration = {
  version: 5,
  name: 'liability',
  up(db) {
    db.exec(`
      ALTER TABLE complexes ADD COLUMN municipality TEXT NOT NULL DEFAULT '';
      UPDATE complexes SET municipality = place;

      CREATE TABLE policies (
        id TEXT PRIMARY KEY,
        insurer TEXT NOT NULL CHECK (length(trim(insurer)) BETWEEN 1 AND 120),
        policy_number TEXT NOT NULL CHECK (length(trim(policy_number)) BETWEEN 1 AND 60),
        kind TEXT NOT NULL CHECK (kind IN
        ('vng_basis','vng_plus','corporatie_avb','corporatie_opstal_car','vereniging_avb','ongevallen','anders')),
        holder TEXT NOT NULL CHECK (holder IN ('gemeente','corporatie','vereniging')),
        municipality TEXT,
        secondary INTEGER NOT NULL DEFAULT 0 CHECK (secondary IN (0, 1)),
        valid_from TEXT NOT NULL CHECK (valid_from GLOB ${DATE}),
        valid_to TEXT CHECK (valid_to IS NULL OR (valid_to GLOB ${DATE} AND valid_to >= valid_from)),
        covers TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(covers)),
        document_id TEXT REFERENCES attachments(id),
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id), updated_by TEXT NOT NULL REFERENCES staff(id),
        CHECK (kind NOT IN ('vng_basis','vng_plus') OR (municipality IS NOT NULL AND municipality <> ''))
      ) STRICT;

      CREATE TABLE initiative_liability (
        initiative_id TEXT PRIMARY KEY REFERENCES initiatives(id),
        object_owner TEXT NOT NULL DEFAULT 'corporatie' CHECK (object_owner IN
        ('corporatie','gemeente','bewoners','vve')),
        activities TEXT NOT NULL DEFAULT '',
        clauses TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(clauses)),
        free_text TEXT NOT NULL DEFAULT '',
        klic_reported_on TEXT CHECK (klic_reported_on IS NULL OR klic_reported_on GLOB ${DATE}),
        exemptions TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(exemptions)),
        policy_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(policy_ids)),
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL REFERENCES staff(id)
      ) STRICT;

      CREATE TABLE agreements (
        id TEXT PRIMARY KEY,
        initiative_id TEXT NOT NULL REFERENCES initiatives(id),
        resident_id TEXT NOT NULL REFERENCES residents(id),
        tasks TEXT NOT NULL CHECK (length(trim(tasks)) BETWEEN 1 AND 2000),
        start_on TEXT NOT NULL CHECK (start_on GLOB ${DATE}),
        end_on TEXT CHECK (end_on IS NULL OR end_on GLOB ${DATE}),
        hours_per_week REAL NOT NULL DEFAULT 0 CHECK (hours_per_week BETWEEN 0 AND 80),
        allowance_kind TEXT NOT NULL DEFAULT 'geen' CHECK (allowance_kind IN
        ('geen','per_uur','per_maand','vast','huurkorting')),
        allowance_cents INTEGER NOT NULL DEFAULT 0 CHECK (allowance_cents BETWEEN 0 AND 100000000),
        paid_by TEXT NOT NULL DEFAULT 'vereniging' CHECK (paid_by IN ('corporatie','vereniging','gemeente','anders')),
        guidance TEXT NOT NULL DEFAULT '',
        policy_id TEXT REFERENCES policies(id),
        vog_needed INTEGER NOT NULL DEFAULT 0 CHECK (vog_needed IN (0, 1)),
        vog_date TEXT CHECK (vog_date IS NULL OR vog_date GLOB ${DATE}),
        status TEXT NOT NULL DEFAULT 'concept' CHECK (status IN
        ('concept','ter_ondertekening','getekend','verlopen','beeindigd')),
        signed_document_id TEXT REFERENCES attachments(id),
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id), updated_by TEXT NOT NULL REFERENCES staff(id),
        CHECK (end_on IS NULL OR end_on >= start_on),
        CHECK (status <> 'getekend' OR signed_document_id IS NOT NULL)
      ) STRICT;
      CREATE INDEX agreements_by_initiative ON agreements (initiative_id);
      CREATE INDEX agreements_by_resident ON agreements (resident_id);

      CREATE TABLE allowance_limits (
        year INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
        per_hour_21_plus_cents INTEGER NOT NULL CHECK (per_hour_21_plus_cents >= 0),
        per_hour_under_21_cents INTEGER NOT NULL CHECK (per_hour_under_21_cents >= 0),
        per_month_cents INTEGER NOT NULL CHECK (per_month_cents >= 0),
        per_year_cents INTEGER NOT NULL CHECK (per_year_cents >= 0)
      ) STRICT;
      INSERT INTO allowance_limits VALUES (2025, 560, 330, 21000, 210000);
    `);
  },
};
