import type { Migration } from './migration';

const APPROACHES = `'faciliteren','coproduceren','stimuleren'`;

/**
 * The approach recommendation: each initiative keeps its facts (Kenmerken) and its advised and chosen
 * approach; every save keeps a snapshot of what was advised and chosen; rule-set versions record a
 * teamleider's changes to rule weights. Existing initiatives get "unknown" facts; their advice is computed
 * once by the backend after this migration (see backfillAdvice), since a migration must not depend on an
 * engine that keeps evolving.
 */
export const m0002Advice: Migration = {
  version: 2,
  name: 'advice',
  up(db) {
    db.exec(`
      ALTER TABLE initiatives ADD COLUMN facts TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(facts));
      ALTER TABLE initiatives ADD COLUMN advised_approach TEXT CHECK (advised_approach IS NULL
      OR advised_approach IN (${APPROACHES}));
      ALTER TABLE initiatives ADD COLUMN chosen_approach TEXT CHECK (chosen_approach IS NULL
      OR chosen_approach IN (${APPROACHES}));
      ALTER TABLE initiatives ADD COLUMN advice_confidence TEXT CHECK (advice_confidence IS NULL
      OR advice_confidence IN ('hoog','middel','laag'));

      UPDATE initiatives SET facts = json_object(
        'ownership', 'onbekend', 'group', 'nog_geen_groep', 'motives', json('[]'), 'supportAsked', json('[]'), 'risks',
        json('[]'),
        'sharedProblem', json('false'), 'fitsPolicyAgenda', json('false'), 'residentsMotiveKnown', json('false'),
        'exclusionRisk', json('false'), 'agreementsInPlace', json('false'));

      CREATE TABLE advice_snapshots (
        id TEXT PRIMARY KEY,
        initiative_id TEXT NOT NULL REFERENCES initiatives(id),
        facts TEXT NOT NULL CHECK (json_valid(facts)),
        recommendation TEXT NOT NULL CHECK (json_valid(recommendation)),
        engine_version TEXT NOT NULL,
        rule_set_version INTEGER NOT NULL CHECK (rule_set_version >= 1),
        advised_approach TEXT NOT NULL CHECK (advised_approach IN (${APPROACHES})),
        chosen_approach TEXT NOT NULL CHECK (chosen_approach IN (${APPROACHES})),
        rationale TEXT NOT NULL DEFAULT '' CHECK (length(rationale) <= 2000),
        cause TEXT NOT NULL CHECK (cause IN ('opslaan', 'herberekening')),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id),
        CHECK (chosen_approach = advised_approach OR length(trim(rationale)) > 0)
      ) STRICT;
      CREATE INDEX advice_snapshots_by_initiative ON advice_snapshots (initiative_id, id);

      CREATE TABLE rule_sets (
        version INTEGER PRIMARY KEY CHECK (version >= 2),
        settings TEXT NOT NULL CHECK (json_valid(settings)),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id)
      ) STRICT;
    `);
  },
};
