import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '../../shared/contract/session';
import { backfillAdvice } from './advice';
import { attachmentStore } from './attachments/store';
import { type Clock, type HandlerContext, systemClock } from './context';
import { openDatabase, PLAIN_DRIVER, useDriver, type Db } from './db/connection';
import {
  cipherDriver,
  encryptPlainDatabases,
  installationKey,
  sealAttachmentsOnce,
  type KeyCustody,
} from './db/encryption';
import { checkpointInBackground } from './db/checkpointer';
import { DatabaseTooNewError, LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './db/migrations';
import {
  applyStagedRestore,
  checkDatabaseFile,
  checkOpenedDatabase,
  createBackup,
  createBackupNow,
  DatabaseUnusableError,
  listBackups,
  newestGoodBackup,
} from './db/backups';
import { createRepositories } from './db/repositories';
import { createEventHub, type EventHub } from './events';
import { handlers } from './handlers';
import { writeGate } from './write-gate';
import { createRegistry, type Registry } from './registry';
import { teamSync, type TeamSync } from './sync/engine';
import type { SettingsStore } from './settings-store';

export interface BackendOptions {
  dataDir: string;
  settings: SettingsStore;
  clock?: Clock;
  mode: AppInfo['mode'];
  version?: string;
  log?: (error: unknown) => void;
  /** Makes a verified backup once a day in the background (the desktop app and browser mode). */
  dailyBackup?: boolean;
  /** Checkpoints the WAL in a worker thread instead of inside commits (the desktop app and browser mode). */
  backgroundCheckpoints?: boolean;
  /** Syncs with the team server every 30 s when linked to one (the desktop app and browser mode). */
  autoSync?: boolean;
  /** Path of a better-sqlite3 build for another runtime (Electron); the default build otherwise. */
  sqliteBinding?: string;
  /** The same for better-sqlite3-multiple-ciphers, the driver of an encrypted installation. */
  cipherBinding?: string;
  /** Keeps the key of an encrypted installation (Electron safeStorage or a key file); none: it cannot encrypt. */
  keyCustody?: KeyCustody | null;
  /** Told before the first start after "Database versleutelen" encrypts the files (it takes a while). */
  onEncrypting?: (files: number, bytes: number) => void;
}

export interface Backend extends Registry {
  db: Db;
  team: TeamSync;
  events: EventHub;
  /** An attachment's type and content, for the transports to serve (never a path chosen by the renderer). */
  attachment(id: string): { mime: string; read(): Promise<Buffer<ArrayBuffer> | null> } | undefined;
  /** A written export (xlsx) by its id, for the transports to hand out as a download. */
  exportFile(id: string): string | undefined;
  close(): void;
}

/**
 * Opens the database only when it is safe to: a staged restore is put back first; a database that was in use
 * but is gone is refused (never a silent new installation); a damaged one is refused with the newest good backup.
 */
function openChecked(options: BackendOptions, key: Buffer | null): Db {
  // Backups are encrypted like the database, so the driver (and key) is chosen before a restore reads one.
  useDriver(key ? cipherDriver(key, options.cipherBinding) : { ...PLAIN_DRIVER, binding: options.sqliteBinding });
  applyStagedRestore(options.dataDir);
  if (key) encryptPlainDatabases(options.dataDir, key, options.cipherBinding, options.onEncrypting);
  checkDatabaseFile(options.dataDir, Boolean(options.settings.read().currentStaffId));
  let db: Db | undefined;
  try {
    db = openDatabase(options.dataDir, {
      version: LATEST_SCHEMA_VERSION,
      refuse: (found) => new DatabaseTooNewError(found, LATEST_SCHEMA_VERSION),
    });
    checkOpenedDatabase(db, options.dataDir);
    return db;
  } catch (error) {
    db?.close();
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
      throw new DatabaseUnusableError('damaged', newestGoodBackup(options.dataDir), options.dataDir);
    throw error;
  }
}

const DAY_MS = 86_400_000;
/** Once a day (at start-up, then every day it keeps running), a verified backup in the background. */
function scheduleDailyBackup(db: Db, dataDir: string, log: (error: unknown) => void) {
  const run = () => {
    const newest = listBackups(dataDir)[0];
    if (newest && Date.now() - Date.parse(newest.createdAt) < DAY_MS * 0.8) return;
    createBackup(db, dataDir, 'dagelijks').catch(log);
  };
  setTimeout(run, 5_000).unref();
  setInterval(run, DAY_MS / 4).unref();
}

/**
 * Starts the one backend that Electron's main process, browser mode and the tests all share: opens the
 * database in the data folder, migrates it (refusing a newer one), and wires handlers to the registry.
 */
export function createBackend(options: BackendOptions): Backend {
  const key = installationKey(options.dataDir, options.keyCustody ?? null);
  const db = openChecked(options, key);
  try {
    // Before a migration changes the schema, a verified copy of the database as it was.
    const version = schemaVersion(db);
    if (version > 0 && version < LATEST_SCHEMA_VERSION) createBackupNow(db, options.dataDir, 'voor-migratie');
    const { from } = migrate(db);
    // Initiatives from before the advice existed get their first advice once, right after migration 0002.
    if (from > 0 && from < 2) backfillAdvice(db, createRepositories(db).advice.currentRuleSet());
  } catch (error) {
    db.close();
    throw error;
  }
  if (options.dailyBackup) scheduleDailyBackup(db, options.dataDir, options.log ?? console.error);
  const stopCheckpoints = options.backgroundCheckpoints ? checkpointInBackground(db) : () => {};
  const events = createEventHub();
  const clock = options.clock ?? systemClock;
  const log = options.log ?? console.error;
  const files = attachmentStore(options.dataDir, key);
  if (key) sealAttachmentsOnce(options.dataDir, () => files.sealPlainFiles());
  const gate = writeGate();
  const team = teamSync({
    db,
    files,
    settings: options.settings,
    clock,
    emit: (event) => events.emit(event),
    log,
    backup: () => createBackup(db, options.dataDir, 'voor-samenvoegen', clock.now()),
    autoSync: options.autoSync ?? false,
  });
  const ctx: HandlerContext = {
    db,
    repos: createRepositories(db),
    settings: options.settings,
    files,
    clock,
    team,
    call: (method, input) => registry.call(method, input),
    writeAlone: (work) => gate.alone(work),
    info: { version: options.version ?? '0.0.0', dataDir: options.dataDir, mode: options.mode },
    encryption: { custody: options.keyCustody ?? null, active: key !== null, cipherBinding: options.cipherBinding },
  };
  const registry = createRegistry(handlers, ctx, (event) => events.emit(event), log, team.dispatch, gate);
  return {
    ...registry,
    db,
    team,
    events,
    attachment(id) {
      const row = ctx.repos.visits.attachment(id);
      return row && { mime: row.mime, read: () => ctx.files.read(row.sha256) };
    },
    exportFile(id) {
      // SECURITY: only an id of our own making becomes part of a path.
      if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
      const path = join(options.dataDir, 'exports', `${id}.xlsx`);
      return existsSync(path) ? path : undefined;
    },
    close: () => {
      team.stop();
      stopCheckpoints();
      db.close();
    },
  };
}
