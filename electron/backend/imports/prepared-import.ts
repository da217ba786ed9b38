import { createHash } from 'node:crypto';
import type { BackupInfo } from '../../../shared/contract/backups';
import { createBackup, removeBackup } from '../db/backups';
import { changeCount, type Db } from '../db/connection';
import type { HandlerContext } from '../context';
import { readSpreadsheet } from './spreadsheet';

interface Backup {
  /** The database's state when the copy started: this connection's changes and other connections' commits. */
  state: string;
  promise: Promise<BackupInfo>;
  failed: boolean;
}

/** Per database: what the last preview prepared and no import has taken yet. */
const prepared = new WeakMap<Db, { backup?: Backup; file?: { sha256: string; rows: string[][] } }>();

const stateOf = (db: Db) => `${changeCount(db)}:${String(db.pragma('data_version', { simple: true }))}`;
const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * A person reads the preview before choosing to import, and at a corporation's scale the verified copy of the
 * database that comes before every import takes seconds: so the preview starts that copy (on a laptop of its own;
 * in a team the import runs on the server), and keeps the rows it read from the file. Returns those rows.
 */
export async function prepareImport(ctx: HandlerContext, bytes: Buffer): Promise<string[][]> {
  const entry = prepared.get(ctx.db) ?? {};
  prepared.set(ctx.db, entry);
  if (ctx.team.status().mode === 'solo' && !usable(ctx.db, entry.backup)) entry.backup = startBackup(ctx, entry.backup);
  const rows = await readSpreadsheet(bytes);
  entry.file = { sha256: digest(bytes), rows };
  return rows;
}

/**
 * What the import about to run needs: the file's rows (as the preview read them, when it is the same file) and the
 * copy of how things were (the preview's when nothing was written since, else a new one). A copy that no import
 * took is removed before the next one starts, so previews leave no pile of copies.
 */
export async function takePreparedImport(
  ctx: HandlerContext,
  bytes: Buffer,
  withBackup: boolean,
): Promise<{ rows: string[][]; backup?: Promise<BackupInfo> }> {
  const entry = prepared.get(ctx.db) ?? {};
  // A file that cannot be read ends the import before any copy is made.
  const rows = entry.file?.sha256 === digest(bytes) ? entry.file.rows : await readSpreadsheet(bytes);
  prepared.delete(ctx.db);
  if (!withBackup) return { rows };
  const backup = usable(ctx.db, entry.backup) ? entry.backup!.promise : startBackup(ctx, entry.backup).promise;
  return { rows, backup };
}

const usable = (db: Db, backup: Backup | undefined) => backup && !backup.failed && backup.state === stateOf(db);

/** A new copy; one it replaces is finished and removed first (two at once would write at the same moment). */
function startBackup(ctx: HandlerContext, replacing: Backup | undefined): Backup {
  const { dataDir } = ctx.info;
  const before = replacing?.promise.then((info) => removeBackup(dataDir, info.file), noop);
  const copy = () => createBackup(ctx.db, dataDir, 'voor-import', ctx.clock.now());
  const backup: Backup = { state: stateOf(ctx.db), promise: before ? before.then(copy) : copy(), failed: false };
  // Handled from the start: a failed copy is reported by the import that takes it, never as an unhandled one.
  backup.promise.catch(() => (backup.failed = true));
  return backup;
}

const noop = () => undefined;
