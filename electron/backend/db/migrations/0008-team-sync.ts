import type { Db } from '../connection';
import type { Migration } from './migration';

/**
 * The invariant triggers that a sync may pass by: rows pulled from the team server (or replayed into the server's
 * working copy) are already the team's checked state, and applying them one by one may pass through states the
 * triggers would refuse (an audit row the server re-dated, a grant before its budget's raise). The guard is 1 only
 * inside the apply transaction of the sync; every user's command still meets every trigger.
 */
const GUARDED = [
  'audit_log_no_update',
  'audit_log_no_delete',
  'grants_within_budget_insert',
  'grants_within_budget_update',
  'in_kind_within_budget',
  'expenses_within_grant',
];
const GUARD = '(SELECT applying FROM sync_guard) = 0';

function guarded(sql: string): string {
  return /\bWHEN\b/.test(sql)
    ? sql.replace(/\bWHEN\b([\s\S]*?)\bBEGIN\b/, `WHEN ${GUARD} AND ($1) BEGIN`)
    : sql.replace(/\bBEGIN\b/, `WHEN ${GUARD} BEGIN`);
}

/** The team edition: the queue of commands waiting for the team server, the sync cursor, and the apply guard. */
export const m0008TeamSync: Migration = {
  version: 8,
  name: 'team-sync',
  up(db: Db) {
    db.exec(`
      CREATE TABLE sync_guard (applying INTEGER NOT NULL CHECK (applying IN (0, 1))) STRICT;
      INSERT INTO sync_guard VALUES (0);
      -- One row: where this laptop stands with its team server (absent in solo use).
      CREATE TABLE sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        server_url TEXT NOT NULL,
        device_id TEXT NOT NULL,
        refresh_token TEXT NOT NULL,
        account TEXT NOT NULL CHECK (json_valid(account)),
        cursor INTEGER NOT NULL DEFAULT 0 CHECK (cursor >= 0),
        last_sync_at TEXT,
        offline_since TEXT
      ) STRICT;
      -- Commands made on this laptop that the server has not accepted yet, in the order they were made.
      CREATE TABLE sync_queue (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        method TEXT NOT NULL,
        input TEXT NOT NULL CHECK (json_valid(input)),
        ids TEXT NOT NULL CHECK (json_valid(ids)),
        touched TEXT NOT NULL CHECK (json_valid(touched)),
        status TEXT NOT NULL CHECK (status IN ('pending', 'refused')),
        error TEXT CHECK (error IS NULL OR json_valid(error)),
        created_at TEXT NOT NULL,
        refused_at TEXT
      ) STRICT;
    `);
    const triggers = db
      .prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
      .all()
      .filter((trigger) => GUARDED.includes(trigger.name));
    for (const { name, sql } of triggers) {
      db.exec(`DROP TRIGGER ${name}`);
      db.exec(guarded(sql));
    }
  },
};
