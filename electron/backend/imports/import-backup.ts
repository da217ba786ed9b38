import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/contract/backups';
import { backupDir, createBackup } from '../db/backups';
import { changeCount, type Db } from '../db/connection';
import type { HandlerContext } from '../context';

interface Prepared {
  /** The database's state when the copy started: this connection's changes and other connections' commits. */
  state: string;
  backup: Promise<BackupInfo>;
  failed: boolean;
}

/** Per database: the copy a preview started and no import has taken yet. */
const prepared = new WeakMap<Db, Prepared>();

const stateOf = (db: Db) => `${changeCount(db)}:${String(db.pragma('data_version', { simple: true }))}`;

/**
 * The verified copy of how things were before an import. A person looks at the preview before choosing to import,
 * and at a corporation's scale the copy takes seconds: so the preview starts it (on a laptop of its own; in a team
 * the import runs on the server) and the import takes it when nothing was written since, or else makes a new one.
 * A copy started for a preview that no import took is removed when the next one starts, so previews leave no pile.
 */
export function prepareImportBackup(ctx: HandlerContext): void {
  if (ctx.team.status().mode !== 'solo') return;
  const current = prepared.get(ctx.db);
  if (current && !current.failed && current.state === stateOf(ctx.db)) return;
  prepared.set(ctx.db, start(ctx, current));
}

/** The copy for the import about to run: the prepared one if nothing changed since it started, else a new one. */
export function takeImportBackup(ctx: HandlerContext): Promise<BackupInfo> {
  const current = prepared.get(ctx.db);
  prepared.delete(ctx.db);
  if (current && !current.failed && current.state === stateOf(ctx.db)) return current.backup;
  return start(ctx, current).backup;
}

/**
 * A new copy; one it replaces is first finished and removed (two copies at once would share a file name when they
 * start within the same second).
 */
function start(ctx: HandlerContext, replacing: Prepared | undefined): Prepared {
  const { dataDir } = ctx.info;
  const before = replacing ? replacing.backup.then((info) => removeBackup(dataDir, info.file), noop) : undefined;
  const copy = () => createBackup(ctx.db, dataDir, 'voor-import', ctx.clock.now());
  const entry: Prepared = { state: stateOf(ctx.db), backup: before ? before.then(copy) : copy(), failed: false };
  // Handled from the start: a failed copy is reported by the import that takes it, never as an unhandled one.
  entry.backup.catch(() => (entry.failed = true));
  return entry;
}

function removeBackup(dataDir: string, file: string) {
  rmSync(join(backupDir(dataDir), file), { force: true });
  rmSync(join(backupDir(dataDir), `${file}.json`), { force: true });
}

const noop = () => undefined;
