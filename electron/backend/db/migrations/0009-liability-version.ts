import type { Migration } from './migration';

/**
 * The liability record of an initiative gets a version like every other editable record, so a save from a stale
 * copy is refused instead of overwriting a colleague's text (an absent record counts as version 0).
 */
export const m0009LiabilityVersion: Migration = {
  version: 9,
  name: 'liability-version',
  up(db) {
    db.exec('ALTER TABLE initiative_liability ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)');
  },
};
