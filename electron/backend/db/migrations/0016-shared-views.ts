import type { Migration } from './migration';

/**
 * A view shared with the team is a team record: in a team it travels to every colleague's laptop, while one's own
 * views stay on the laptop (saved_views is local). Shared views move to a table of their own; saved_views keeps its
 * `shared` column, always 0 from now on (SQLite cannot drop it without copying the table, for no gain).
 */
export const m0016SharedViews: Migration = {
  version: 16,
  name: 'shared-views',
  up(db) {
    db.exec(`
      CREATE TABLE shared_views (
        id TEXT PRIMARY KEY,
        grid_id TEXT NOT NULL CHECK (length(grid_id) BETWEEN 1 AND 60),
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
        state TEXT NOT NULL CHECK (json_valid(state) AND length(state) <= 100000),
        owner_id TEXT NOT NULL REFERENCES staff(id),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX shared_views_by_grid ON shared_views (grid_id);
      INSERT INTO shared_views (id, grid_id, name, state, owner_id, created_at)
        SELECT id, grid_id, name, state, owner_id, created_at FROM saved_views WHERE shared = 1;
      DELETE FROM saved_views WHERE shared = 1;
    `);
  },
};
