import type Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export type Db = Database.Database;

export const DATABASE_FILE = 'samenspel.db';

/**
 * How this process opens SQLite files. A plain installation uses better-sqlite3; an encrypted one the
 * SQLite3MultipleCiphers build of the same driver (same API), unlocked with the installation's key. Electron loads
 * a build for its own ABI (scripts/electron-native.cjs). Whatever opened the case database also opens the backups
 * and their checks, on this thread or in a worker.
 */
export interface SqliteDriver {
  /** The driver package: 'better-sqlite3' or 'better-sqlite3-multiple-ciphers'. */
  module: string;
  /** Path of a build for another runtime (Electron); the package's own build otherwise. */
  binding?: string;
  /** PRAGMA statements run right after opening, before any read: the cipher and the key. Empty when plain. */
  unlock: readonly string[];
}

export const PLAIN_DRIVER: SqliteDriver = { module: 'better-sqlite3', unlock: [] };

// The driver package is chosen at run time, so it is required, not imported (the bundle keeps both external).
const requireHere = require;
let driver: SqliteDriver = PLAIN_DRIVER;

/** Chooses how this process opens SQLite files (at start-up, before anything is opened). */
export function useDriver(chosen: SqliteDriver) {
  driver = chosen;
}

/** The driver for a worker thread: the resolved package path (a worker resolves from the working folder). */
export const driverForWorker = (): SqliteDriver => ({ ...driver, module: requireHere.resolve(driver.module) });

/** Worker source text defining `open(path, options)` with the driver passed as `workerData.driver`. */
export const WORKER_OPEN = `
  const open = (path, options) => {
    const { module, binding, unlock } = require('node:worker_threads').workerData.driver;
    const db = new (require(module))(path, binding ? { ...options, nativeBinding: binding } : options);
    for (const statement of unlock) db.pragma(statement);
    return db;
  };`;

/** Opens any SQLite file with a given driver; the key (if any) is applied before anything is read. */
export function openWith(chosen: SqliteDriver, path: string, options: Database.Options): Db {
  const Driver = requireHere(chosen.module) as typeof Database;
  const db = new Driver(path, chosen.binding ? { ...options, nativeBinding: chosen.binding } : options);
  try {
    for (const statement of chosen.unlock) db.pragma(statement);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Opens another SQLite file (a backup, a copy to check) with the same driver as the case database. */
export const openSqliteFile = (path: string, options: Database.Options) => openWith(driver, path, options);

/**
 * Opens (or creates) the case database in the data folder. WAL lets readers continue while a write commits;
 * synchronous=FULL because a neighbourhood manager must be able to trust that a saved visit survives a power cut.
 */
export function openDatabase(dataDir: string, refuseAbove?: { version: number; refuse: (found: number) => Error }): Db {
  mkdirSync(dataDir, { recursive: true });
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
