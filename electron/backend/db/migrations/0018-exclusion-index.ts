import type { Migration } from './migration';

/**
 * The reach of initiatives where exclusion is a risk (Wederkerigheid): the initiatives whose Kenmerken say so come
 * from a small partial index instead of reading the facts of every initiative (twice: 330 ms at 100,000, which held
 * every other call).
 */
export const m0018ExclusionIndex: Migration = {
  version: 18,
  name: 'exclusion-index',
  up(db) {
    db.exec(`
      CREATE INDEX initiatives_with_exclusion_risk ON initiatives (id) WHERE json_extract(facts, '$.exclusionRisk') = 1;
    `);
  },
};
