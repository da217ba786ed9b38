import type { Migration } from './migration';

/** Saved grid views: a name, the grid's filter, sort and column set, and whether the team sees it too. */
export const m0007SavedViews: Migration = {
  version: 7,
  name: 'saved-views',
  up(db) {
    db.exec(`
      CREATE TABLE saved_views (
        id TEXT PRIMARY KEY,
        grid_id TEXT NOT NULL CHECK (length(grid_id) BETWEEN 1 AND 60),
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
        state TEXT NOT NULL CHECK (json_valid(state) AND length(state) <= 100000),
        shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
        owner_id TEXT NOT NULL REFERENCES staff(id),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX saved_views_by_grid ON saved_views (grid_id, owner_id);
    `);
  },
};
