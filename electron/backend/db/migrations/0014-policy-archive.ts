import type { Migration } from './migration';

/**
 * A policy that no longer applies (cancelled, replaced by another insurer) is archived rather than deleted:
 * agreements and the change log still name it, but it no longer covers a risk or appears in a choice.
 */
export const m0014PolicyArchive: Migration = {
  version: 14,
  name: 'policy-archive',
  up(db) {
    db.exec('ALTER TABLE policies ADD COLUMN archived_at TEXT');
  },
};
