import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export type Db = Database.Database;

export const DATABASE_FILE = 'samenspel.db';

// Electron loads a driver built for its own ABI (scripts/electron-native.mjs); Node uses the default build. Whatever
// opened the case database also opens the backups and their checks, on this thread or in a worker.
let driver: string | undefined;

/** The driver build this process opened the case database with (undefined: the default build). */
export const driverBinding = () => driver;

/** Opens another SQLite file (a backup, a copy to check) with the same driver as the case database. */
export function openSqliteFile(path: string, options: Database.Options): Db {
  return new Database(path, driver ? { ...options, nativeBinding: driver } : options);
}

/**
 * Opens (or creates) the case database in the data folder. WAL lets readers continue while a write commits;
 * synchronous=FULL because a neighbourhood manager must be able to trust that a saved visit survives a power cut.
 */
export function openDatabase(
  dataDir: string,
  nativeBinding?: string,
  refuseAbove?: { version: number; refuse: (found: number) => Error },
): Db {
  mkdirSync(dataDir, { recursive: true });
  driver = nativeBinding;
  const db = openSqliteFile(join(dataDir, DATABASE_FILE), {});
  // A database from a newer Samenspel is refused before anything touches it (switching to WAL is a change too).
  const found = db.pragma('user_version', { simple: true }) as number;
  if (refuseAbove && found > refuseAbove.version) {
    db.close();
    throw refuseAbove.refuse(found);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // AVG: an erased resident's values are overwritten with zeros, not left behind in free pages.
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

/** How many rows this connection has inserted, updated or deleted since it opened: a cheap "did anything change". */
export const changeCount = (db: Db) => db.prepare('SELECT total_changes()').pluck().get() as number;
