import type { ErrorBody } from '../../shared/contract/errors';
import { isCommand } from '../../shared/contract/method';
import { isMethodName, methods } from '../../shared/contract/methods';
import type { Account, CommandOutcome, PushedCommand } from '../../shared/contract/team-protocol';
import { attachmentStore } from '../backend/attachments/store';
import { errorBody } from '../backend/error-envelope';
import { createBackend, type Backend } from '../backend/create-backend';
import { withIds } from '../backend/db/ids';
import { memorySettingsStore } from '../backend/settings-store';
import { serialQueue } from '../backend/sync/serial';
import {
  installCapture,
  PERSONAL_TABLES,
  rowAccess,
  syncedTables,
  TEAM_SETTINGS,
  type SyncRow,
} from '../backend/sync/rows';
import { LATEST_SCHEMA_VERSION } from '../backend/db/migrations';
import { createRepositories } from '../backend/db/repositories';
import { teamJoins } from './joins';
import { isBudgetCheck } from './merge';
import type { Outcome, TeamStore } from './store';

/** Methods a laptop may never have the server run: they belong to one installation, or to account management. */
const NOT_FOR_THE_TEAM = new Set(['staff:create', 'session:initialize', 'settings:update']);

/**
 * Runs commands for the team: through the very same registry, handlers and SQLite rules as a laptop, on the
 * server's working copy, one at a time; the rows a command changed go to PostgreSQL in one transaction together
 * with its outcome, and only then does the working copy commit. PostgreSQL is the store of record: the working
 * copy catches up from it at start-up and can be rebuilt from it.
 */
export async function createExecutor(dataDir: string, store: TeamStore, log: (error: unknown) => void = console.error) {
  const settings = memorySettingsStore();
  const backend: Backend = createBackend({ dataDir, settings, mode: 'test', log });
  const { db } = backend;
  // PostgreSQL is the store of record and commits first; the working copy's cursor commits with its rows. A power
  // cut may cost the working copy its last commits (WAL stays consistent under NORMAL), never put it ahead of
  // PostgreSQL, and catchUp() brings it back: its own fsync per batch bought nothing.
  db.pragma('synchronous = NORMAL');
  db.exec(
    'CREATE TABLE IF NOT EXISTS server_cursor (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL) STRICT',
  );
  const tables = syncedTables(db);
  const capture = installCapture(db, tables);
  const rows = rowAccess(db, tables);
  const wijkOfComplex = db.prepare<[string], { wijk: string }>('SELECT wijk FROM complexes WHERE id = ?');
  const complexOfResident = db.prepare<[string], { complex_id: string }>(
    'SELECT complex_id FROM residents WHERE id = ?',
  );
  const fileOf = db.prepare<[string], { sha256: string }>('SELECT sha256 FROM attachments WHERE id = ?');
  const cursorAt = db.prepare('INSERT OR REPLACE INTO server_cursor (id, seq) VALUES (1, ?)');

  await catchUp();

  /** Applies what PostgreSQL holds beyond the working copy's cursor (after a crash between the two commits). */
  async function catchUp() {
    const local = db.prepare<[], { seq: number }>('SELECT coalesce(max(seq), 0) AS seq FROM server_cursor').get();
    let cursor = local?.seq ?? 0;
    for (;;) {
      const page = await store.changedSince(cursor, 5_000, 'all');
      if (page.length === 0) break;
      cursor = page[page.length - 1]!.seq;
      const at = cursor;
      rows.apply(page, () => cursorAt.run(at));
    }
  }

  /**
   * The team's settings rows that came from migrations (never changed, so never captured) go into the team store
   * once: a laptop that starts over from the team's rows (after a merge) then gets the team's settings too.
   */
  async function storeDefaultSettings() {
    const present = [...TEAM_SETTINGS].flatMap((tbl) => {
      const keys = tables.get(tbl)!.keyColumns;
      const stored = db
        .prepare<[], Record<string, unknown>>(`SELECT ${keys.map((k) => `"${k}"`).join(', ')} FROM "${tbl}"`)
        .all();
      return stored.map((row) => ({ tbl, key: JSON.stringify(keys.map((k) => row[k])) }));
    });
    const stored = await store.rowsByKey(present, 'all');
    const missing = stored.filter((row) => row.data === null).map(({ tbl, key }) => rows.read(tbl, key));
    if (missing.length) await serial(() => inWriteTransaction(async () => ({ result: null, changed: missing })));
  }

  function wijkOf(row: SyncRow): string | null {
    const data = row.data;
    if (!data) return null;
    const complexId =
      row.tbl === 'residents'
        ? data.complex_id
        : typeof data.resident_id === 'string'
          ? complexOfResident.get(data.resident_id)?.complex_id
          : data.complex_id;
    return typeof complexId === 'string' ? (wijkOfComplex.get(complexId)?.wijk ?? null) : null;
  }

  /** One at a time, in arrival order: the working copy has a single writer, like the team's rules need. */
  const serial = serialQueue();

  /**
   * One write to the team: `work` changes the working copy inside an immediate transaction; the rows it changed go to
   * PostgreSQL (with the outcomes) before the working copy commits, and a failure anywhere leaves both as they were.
   */
  async function inWriteTransaction<T>(
    work: () => Promise<{ result: T; changed: SyncRow[]; outcomes?: Outcome[] }>,
  ): Promise<T> {
    db.exec('BEGIN IMMEDIATE');
    try {
      const { result, changed, outcomes } = await work();
      const seq = await store.commit(
        changed.map((row) => ({ ...row, personal: PERSONAL_TABLES.has(row.tbl), wijk: wijkOf(row) })),
        outcomes,
      );
      cursorAt.run(seq);
      db.exec('COMMIT');
      return result;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  }

  /** Runs `work` as the given account; what it changed is captured and stored like a command's. */
  async function asActor<T>(
    account: Account,
    work: () => Promise<T>,
    outcomes: () => Outcome[] = () => [],
  ): Promise<T> {
    settings.write({ ...settings.read(), currentStaffId: account.staffId });
    try {
      return await inWriteTransaction(async () => {
        capture.clear();
        const result = await work();
        const changed = capture.touched().map(({ tbl, key }) => rows.read(tbl, key));
        for (const row of changed) if (row.tbl === 'attachments' && row.data) await keepFile(String(row.data.id));
        return { result, changed, outcomes: outcomes() };
      });
    } finally {
      settings.write({ ...settings.read(), currentStaffId: null });
    }
  }

  async function keepFile(attachmentId: string) {
    const sha256 = fileOf.get(attachmentId)?.sha256;
    const bytes = sha256 && (await backend.attachment(attachmentId)?.read());
    if (sha256 && bytes) await store.putFile(sha256, bytes);
  }

  function refusedUpFront(method: string): ErrorBody | null {
    if (!isMethodName(method) || NOT_FOR_THE_TEAM.has(method))
      return errorBody('UNKNOWN_METHOD', 'err.team.notTeamMethod');
    const { effects } = methods[method];
    return !isCommand(effects) || effects.sync === 'local'
      ? errorBody('UNKNOWN_METHOD', 'err.team.notTeamMethod')
      : null;
  }

  /**
   * A laptop's batch in one SQLite and one PostgreSQL transaction: each command in its own savepoint, so a refused
   * one leaves no trace while the others stand; one commit for all (the fsyncs, not the rules, are what cost).
   */
  async function runBatch(account: Account, deviceId: string, commands: PushedCommand[]): Promise<CommandOutcome[]> {
    const applied = await store.lastSeq(deviceId);
    const results: CommandOutcome[] = [];
    const outcomes: Outcome[] = [];
    let erased = false;
    await asActor(
      account,
      async () => {
        for (const command of commands) {
          const { seq, method } = command;
          if (seq <= applied) {
            // Sent twice (the answer was lost): the command was applied once; answer as the first time.
            const earlier = await store.outcome(deviceId, seq);
            results.push(
              earlier?.ok === false ? { seq, ok: false, error: earlier.error as ErrorBody } : { seq, ok: true },
            );
            continue;
          }
          const early = refusedUpFront(method);
          db.exec('SAVEPOINT command');
          const result = early
            ? ({ ok: false, error: early } as const)
            : (await withIds(command.ids, () => backend.call(method, command.input))).result;
          db.exec(result.ok ? 'RELEASE command' : 'ROLLBACK TO command; RELEASE command');
          outcomes.push({ deviceId, seq, method, error: result.ok ? null : result.error });
          results.push(result.ok ? { seq, ok: true, data: result.data } : { seq, ok: false, error: result.error });
          if (result.ok && method === 'residents:erase') erased = true;
        }
      },
      () => outcomes,
    );
    if (erased) {
      // AVG: the old values must leave the working copy's log and PostgreSQL's dead row versions too.
      db.pragma('wal_checkpoint(TRUNCATE)');
      await store.purgePersonal();
    }
    return results;
  }

  /** A batch PostgreSQL refused as a whole (its own budget check): one command at a time finds the culprit. */
  async function runOneByOne(account: Account, deviceId: string, commands: PushedCommand[]): Promise<CommandOutcome[]> {
    const results: CommandOutcome[] = [];
    for (const command of commands) {
      try {
        results.push(...(await runBatch(account, deviceId, [command])));
      } catch (error) {
        if (!isBudgetCheck(error)) throw error;
        const refused = errorBody('CONFLICT', 'err.budget.overAllocated');
        await store.refuse({ deviceId, seq: command.seq, method: command.method, error: refused });
        results.push({ seq: command.seq, ok: false, error: refused });
      }
    }
    return results;
  }

  async function run(account: Account, deviceId: string, commands: PushedCommand[]) {
    try {
      return await runBatch(account, deviceId, commands);
    } catch (error) {
      if (!isBudgetCheck(error)) throw error;
      return runOneByOne(account, deviceId, commands);
    }
  }

  const repos = createRepositories(db);
  const joins = teamJoins({ db, rows, repos, inWriteTransaction, asActor });

  const files = attachmentStore(dataDir);
  /** A laptop's file ahead of the rows that name it: kept by its hash, in PostgreSQL and the working copy. */
  async function receiveFile(bytes: Buffer) {
    const sha256 = files.put(bytes);
    await store.putFile(sha256, bytes);
    return sha256;
  }

  await storeDefaultSettings();

  return {
    backend,
    stage: joins.stage,
    merge: (account: Account, deviceId: string, apply: boolean) => serial(() => joins.merge(account, deviceId, apply)),
    hasData: joins.hasData,
    receiveFile,
    repos,
    importRows: (deviceId: string, page: SyncRow[]) => serial(() => joins.importRows(deviceId, page)),
    schemaVersion: LATEST_SCHEMA_VERSION,
    run: (account: Account, deviceId: string, commands: PushedCommand[]) =>
      serial(() => run(account, deviceId, commands)),
    /** A server-side change outside any laptop's command (accounts): captured and stored like a command's. */
    direct: <T>(account: Account, work: () => T) => serial(() => asActor(account, async () => work())),
    idle: () => serial(async () => undefined),
    close: () => backend.close(),
  };
}
export type Executor = Awaited<ReturnType<typeof createExecutor>>;
