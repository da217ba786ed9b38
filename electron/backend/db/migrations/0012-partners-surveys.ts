import { EXCLUSION_REASONS, PARTNER_KINDS, SURVEY_METHODS } from '../../../../shared/domain/reciprocity';
import type { Migration } from './migration';

const ISO_DATE = `'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;
const GUARD = '(SELECT applying FROM sync_guard) = 0';
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const authored = `created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id), updated_by TEXT NOT NULL REFERENCES staff(id)`;

/**
 * Wederkerigheid, part two (issue 16): buurtpeilingen with the topics residents named (an initiative started from
 * a topic keeps the link), the social partners of a wijk and their roles on initiatives, and the risk of social
 * exclusion on a complex.
 */
export const m0012PartnersSurveys: Migration = {
  version: 12,
  name: 'partners-surveys',
  up(db) {
    db.exec(`
      CREATE TABLE surveys (
        id TEXT PRIMARY KEY,
        complex_id TEXT REFERENCES complexes(id),
        wijk TEXT NOT NULL DEFAULT '' CHECK (length(wijk) <= 100),
        method TEXT NOT NULL CHECK (method IN (${list(SURVEY_METHODS)})),
        held_on TEXT NOT NULL CHECK (held_on GLOB ${ISO_DATE}),
        respondents INTEGER NOT NULL CHECK (respondents BETWEEN 0 AND 100000),
        note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
        ${authored},
        CHECK (complex_id IS NOT NULL OR length(trim(wijk)) > 0)
      ) STRICT;
      CREATE INDEX surveys_by_complex ON surveys (complex_id, held_on);
      CREATE INDEX surveys_by_wijk ON surveys (wijk, held_on);

      CREATE TABLE survey_topics (
        id TEXT PRIMARY KEY,
        survey_id TEXT NOT NULL REFERENCES surveys(id),
        topic TEXT NOT NULL CHECK (length(topic) BETWEEN 1 AND 120),
        count INTEGER NOT NULL CHECK (count >= 1),
        UNIQUE (survey_id, topic)
      ) STRICT;
      -- No topic named by more people than took part.
      CREATE TRIGGER survey_topics_within_respondents BEFORE INSERT ON survey_topics
        WHEN ${GUARD} AND NEW.count > (SELECT respondents FROM surveys WHERE id = NEW.survey_id)
        BEGIN SELECT RAISE(ABORT, 'more for a topic than respondents'); END;
      ALTER TABLE initiatives ADD COLUMN survey_topic_id TEXT REFERENCES survey_topics(id);
      CREATE INDEX initiatives_by_topic ON initiatives (survey_topic_id) WHERE survey_topic_id IS NOT NULL;

      CREATE TABLE partners (
        id TEXT PRIMARY KEY,
        wijk TEXT NOT NULL CHECK (length(trim(wijk)) BETWEEN 1 AND 100),
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
        kind TEXT NOT NULL CHECK (kind IN (${list(PARTNER_KINDS)})),
        contact_name TEXT NOT NULL DEFAULT '' CHECK (length(contact_name) <= 100),
        contact_phone TEXT NOT NULL DEFAULT '' CHECK (length(contact_phone) <= 30),
        contact_email TEXT NOT NULL DEFAULT '' CHECK (length(contact_email) <= 120),
        archived_at TEXT,
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        ${authored},
        UNIQUE (wijk, name)
      ) STRICT;

      CREATE TABLE initiative_partners (
        initiative_id TEXT NOT NULL REFERENCES initiatives(id),
        partner_id TEXT NOT NULL REFERENCES partners(id),
        role TEXT NOT NULL CHECK (role IN ('initiatiefnemer', 'uitvoering', 'financier', 'doorverwijzer', 'adviseur')),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id),
        PRIMARY KEY (initiative_id, partner_id)
      ) STRICT;
      CREATE INDEX initiative_partners_by_partner ON initiative_partners (partner_id);

      ALTER TABLE complexes ADD COLUMN exclusion_reasons TEXT NOT NULL DEFAULT '[]'
        CHECK (json_valid(exclusion_reasons) AND json_type(exclusion_reasons) = 'array');
      CREATE TRIGGER complexes_exclusion_reasons_known BEFORE UPDATE OF exclusion_reasons ON complexes
        WHEN EXISTS (SELECT 1 FROM json_each(NEW.exclusion_reasons) WHERE value NOT IN (${list(EXCLUSION_REASONS)}))
        BEGIN SELECT RAISE(ABORT, 'unknown exclusion reason'); END;
      ALTER TABLE complexes ADD COLUMN exclusion_note TEXT NOT NULL DEFAULT '' CHECK (length(exclusion_note) <= 1000);
    `);
  },
};
