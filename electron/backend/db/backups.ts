import {
  closeSync,
  copyFileSync,
  existsSync,
  fdatasync,
  openSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { BACKUP_FILE_NAME, type BackupInfo } from '../../../shared/contract/backups';
import { writeFileDurably } from '../durable-file';
import { DATABASE_FILE, driverForWorker, openSqliteFile, type Db, WORKER_OPEN } from './connection';

/** Why a backup was made; it is in the file name and shown in Instellingen. */
export type BackupReason =
  'dagelijks' | 'handmatig' | 'voor-migratie' | 'voor-import' | 'voor-terugzetten' | 'voor-samenvoegen';

const DAMAGED_BACKUP = 'De back-up is geschreven maar klopt niet (integriteitscontrole mislukt); hij is weggegooid.';
const NAME = BACKUP_FILE_NAME;
const RESTORE_MARKER = 'restore-pending.json';
/** Copies under way each write a file of their own, whatever their moment and reason. */
let copies = 0;
const partName = (at: Date, reason: BackupReason) => `.${stamp(at)}-${reason}-${process.pid}-${++copies}.part`;

export const backupDir = (dataDir: string) => process.env.SAMENSPEL_BACKUP_DIR ?? join(dataDir, 'backups');

function stamp(at: Date) {
  const iso = at.toISOString().replace(/[-:]/g, '');
  return `${iso.slice(0, 8)}-${iso.slice(9, 15)}-${iso.slice(16, 19)}`;
}

/**
 * Opens a backup read-only and checks it through: integrity (unless `integrityChecked` says a worker did that
 * already), schema version and what it holds.
 */
export function inspectBackup(
  path: string,
  integrityChecked = false,
): Omit<BackupInfo, 'file' | 'reason' | 'createdAt'> | null {
  let copy: Db | undefined;
  try {
    copy = openSqliteFile(path, { readonly: true, fileMustExist: true });
    if (!integrityChecked && copy.pragma('integrity_check', { simple: true }) !== 'ok') return null;
    // An older schema (a backup before a migration) may not have every table yet.
    const tables = new Set(
      (copy.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (t) => t.name,
      ),
    );
    const count = (table: string) =>
      tables.has(table) ? (copy!.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n : 0;
    return {
      schemaVersion: copy.pragma('user_version', { simple: true }) as number,
      complexes: count('complexes'),
      initiatives: count('initiatives'),
      residents: count('residents'),
      bytes: statSync(path).size,
    };
  } catch {
    return null;
  } finally {
    copy?.close();
  }
}

// The worker gets only the two files and the driver (package, build and key). VACUUM INTO on a connection
// of its own reads one consistent snapshot of the committed database (WAL lets the app write meanwhile); the copy is
// fsynced and checked through.
const BACKUP_WORKER = `${WORKER_OPEN}
  const { parentPort, workerData } = require('node:worker_threads');
  const fs = require('node:fs');
  let source, copy;
  try {
    source = open(workerData.source, { readonly: true, fileMustExist: true });
    source.prepare('VACUUM INTO ?').run(workerData.target);
    source.close();
    source = undefined;
    const fd = fs.openSync(workerData.target, 'r+');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    copy = open(workerData.target, { readonly: true, fileMustExist: true });
    parentPort.postMessage(copy.pragma('integrity_check', { simple: true }) === 'ok' ? 'ok' : 'damaged');
  } catch {
    parentPort.postMessage('failed');
  } finally {
    source?.close();
    copy?.close();
  }`;

/**
 * Copying and checking a corporation's database takes seconds (800 MB here); in a worker thread the app keeps
 * answering meanwhile (a backup comes before every import). SQLite's stepwise online backup on the app's own
 * thread still stalled it for 430 ms at its last step, which commits (and fsyncs) the whole copy. Null when no
 * worker can run here or it could not copy: then the caller copies on its own thread, as before.
 */
function backupInWorker(source: string, target: string): Promise<'ok' | 'damaged' | null> {
  return new Promise((resolve) => {
    const workerData = { source, target, driver: driverForWorker() };
    const worker = new Worker(BACKUP_WORKER, { eval: true, workerData });
    const flushing = flushWhileWriting(target);
    const end = (answer: 'ok' | 'damaged' | null) => {
      flushing.stop();
      resolve(answer);
    };
    worker.once('message', (answer: 'ok' | 'damaged' | 'failed') => end(answer === 'failed' ? null : answer));
    worker.once('error', () => end(null));
    worker.once('exit', () => end(null));
  });
}

/**
 * Flushes a file that another thread is writing, every `everyMs`, on the thread pool. A copy of 800 MB written in
 * one go fills the operating system's cache with data not yet on disk, and then every writer on that disk (the
 * app's own writes, an import's) is made to wait its turn: an answer that takes 1 ms took up to 177 ms meanwhile.
 */
function flushWhileWriting(path: string, everyMs = 100) {
  let fd: number | undefined;
  let busy = false;
  let stopped = false;
  const close = () => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  const timer = setInterval(() => {
    if (busy) return;
    try {
      // Writable: Windows flushes only through a handle that may write.
      fd ??= openSync(path, 'r+');
    } catch {
      return; // not there yet
    }
    busy = true;
    fdatasync(fd, () => {
      busy = false;
      if (stopped) close();
    });
  }, everyMs);
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
      if (!busy) close();
    },
  };
}

function finish(dir: string, temporary: string, reason: BackupReason, at: Date, integrityChecked = false): BackupInfo {
  const details = inspectBackup(temporary, integrityChecked);
  if (!details) {
    rmSync(temporary, { force: true });
    throw new Error(DAMAGED_BACKUP);
  }
  // A name never taken twice, also by two copies stamped with the same moment (a clock that stands still in tests).
  let file = `samenspel-${stamp(at)}-${reason}.db`;
  for (let ms = at.getTime() + 1; existsSync(join(dir, file)); ms++)
    file = `samenspel-${stamp(new Date(ms))}-${reason}.db`;
  renameSync(temporary, join(dir, file));
  writeFileDurably(join(dir, `${file}.json`), JSON.stringify({ reason, createdAt: at.toISOString(), ...details }));
  prune(dir, at);
  return { file, reason, createdAt: at.toISOString(), ...details };
}

/**
 * A verified backup, made and checked in a worker thread (see backupInWorker), before it gets its name.
 */
export async function createBackup(
  db: Db,
  dataDir: string,
  reason: BackupReason,
  at = new Date(),
): Promise<BackupInfo> {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const temporary = join(dir, partName(at, reason));
  const answer = await backupInWorker(db.name, temporary);
  if (answer === null) {
    rmSync(temporary, { force: true });
    copyCommitted(db.name, temporary);
  }
  if (answer === 'damaged') {
    rmSync(temporary, { force: true });
    throw new Error(DAMAGED_BACKUP);
  }
  return finish(dir, temporary, reason, at, answer === 'ok');
}

/**
 * When no worker can run, the copy is made here, on a connection of its own: the app's connection may hold an open
 * write (an import waits for its backup before it commits) whose rows must not be in a copy of how things were.
 */
function copyCommitted(source: string, target: string) {
  const reader = openSqliteFile(source, { readonly: true, fileMustExist: true });
  try {
    reader.prepare('VACUUM INTO ?').run(target);
  } finally {
    reader.close();
  }
}

/** The same, synchronously, for the moment before a migration (nothing else runs yet). */
export function createBackupNow(db: Db, dataDir: string, reason: BackupReason, at = new Date()): BackupInfo {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const temporary = join(dir, partName(at, reason));
  db.prepare('VACUUM INTO ?').run(temporary);
  return finish(dir, temporary, reason, at);
}

/** Every backup with what it holds, newest first (the details were stored beside it when it was checked). */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => NAME.test(name))
    .map((file): BackupInfo | null => {
      try {
        return { file, ...(JSON.parse(readFileSync(join(dir, `${file}.json`), 'utf8')) as Omit<BackupInfo, 'file'>) };
      } catch {
        return null;
      }
    })
    .filter((info): info is BackupInfo => info !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Keeps every backup of the last 24 hours (one made just before a restore must not push out the one restored), and
 * then the newest of each of the last 7 days, 4 weeks and 12 months; the rest goes.
 */
export function prune(dir: string, now: Date) {
  const backups = readdirSync(dir)
    .filter((name) => NAME.test(name))
    .sort()
    .reverse();
  const keep = new Set<string>();
  const slots = new Set<string>();
  const DAY = 86_400_000;
  for (const file of backups) {
    const [, when] = NAME.exec(file)!;
    const at = Date.UTC(
      Number(when!.slice(0, 4)),
      Number(when!.slice(4, 6)) - 1,
      Number(when!.slice(6, 8)),
      Number(when!.slice(9, 11)),
      Number(when!.slice(11, 13)),
    );
    const age = (now.getTime() - at) / DAY;
    const slot =
      age < 7
        ? `d${Math.floor(age)}`
        : age < 28
          ? `w${Math.floor(age / 7)}`
          : age < 366
            ? `m${Math.floor(age / 30.5)}`
            : null;
    if (age < 1 || (slot && !slots.has(slot))) keep.add(file);
    if (slot) slots.add(slot);
  }
  for (const file of backups) if (!keep.has(file)) removeFrom(dir, file);
}

/** Removes a backup and the details stored beside it. */
export const removeBackup = (dataDir: string, file: string) => removeFrom(backupDir(dataDir), file);

function removeFrom(dir: string, file: string) {
  rmSync(join(dir, file), { force: true });
  rmSync(join(dir, `${file}.json`), { force: true });
}

/** Marks a backup to be put back at the next start (the open database cannot be swapped under running work). */
export function stageRestore(dataDir: string, file: string) {
  if (!NAME.test(file)) throw new Error('not a backup');
  writeFileDurably(join(dataDir, RESTORE_MARKER), JSON.stringify({ file }));
}

/**
 * At start-up, before the database is opened: puts a staged backup back (keeping the current file beside it as
 * samenspel.db.voor-terugzetten). Returns the backup that was restored.
 */
export function applyStagedRestore(dataDir: string): string | null {
  const marker = join(dataDir, RESTORE_MARKER);
  if (!existsSync(marker)) return null;
  const { file } = JSON.parse(readFileSync(marker, 'utf8')) as { file: string };
  const source = join(backupDir(dataDir), file);
  if (!NAME.test(file) || !inspectBackup(source)) {
    rmSync(marker, { force: true });
    throw new Error(`De back-up ${file} kan niet worden teruggezet: hij ontbreekt of is beschadigd.`);
  }
  const target = join(dataDir, DATABASE_FILE);
  if (existsSync(target)) renameSync(target, `${target}.voor-terugzetten`);
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  copyFileSync(source, `${target}.tmp`);
  renameSync(`${target}.tmp`, target);
  rmSync(marker, { force: true });
  return file;
}

/**
 * The database is missing (or empty) where an installation was in use, or it is damaged. The app must not start
 * empty over it: the start-up screen offers the newest good backup instead.
 */
export class DatabaseUnusableError extends Error {
  constructor(
    readonly kind: 'missing' | 'damaged',
    readonly newest: BackupInfo | null,
    readonly dataDir: string,
  ) {
    super(kind === 'missing' ? 'The database is missing or empty.' : 'The database is damaged.');
    this.name = 'DatabaseUnusableError';
  }

  /** The Dutch start-up message, with the newest good backup and what it holds. */
  dutch(): string {
    const what =
      this.kind === 'missing'
        ? `De database in ${this.dataDir} ontbreekt of is leeg, terwijl Samenspel hier al in gebruik was.`
        : `De database in ${this.dataDir} is beschadigd.`;
    if (!this.newest)
      return (
        `${what} Er is geen back-up gevonden. Samenspel start niet leeg over uw gegevens heen; neem contact op ` +
        `met uw beheerder.`
      );
    const b = this.newest;
    const date = new Intl.DateTimeFormat('nl-NL', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Europe/Amsterdam',
    }).format(new Date(b.createdAt));
    return (
      `${what} De nieuwste goede back-up is van ${date} (${b.complexes} complexen, ${b.initiatives} ` +
      `initiatieven, ${b.residents} bewoners). Zet die terug om verder te werken; wat daarna is ingevoerd, ` +
      `ontbreekt dan.`
    );
  }
}

/** The newest backup that still passes its check. */
export function newestGoodBackup(dataDir: string): BackupInfo | null {
  for (const backup of listBackups(dataDir)) if (inspectBackup(join(backupDir(dataDir), backup.file))) return backup;
  return null;
}

/** Checks before opening: a database that was in use must be there; one that is there must pass a quick check. */
export function checkDatabaseFile(dataDir: string, wasInUse: boolean) {
  const path = join(dataDir, DATABASE_FILE);
  const missing = !existsSync(path) || statSync(path).size === 0;
  if (missing && (wasInUse || listBackups(dataDir).length > 0))
    throw new DatabaseUnusableError('missing', newestGoodBackup(dataDir), dataDir);
}

export function checkOpenedDatabase(db: Db, dataDir: string) {
  let result: unknown;
  try {
    result = db.pragma('quick_check', { simple: true });
  } catch {
    result = 'failed';
  }
  if (result !== 'ok') throw new DatabaseUnusableError('damaged', newestGoodBackup(dataDir), dataDir);
}
