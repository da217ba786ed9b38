import type { ErrorBody, Result } from '../../../shared/contract/errors';
import { AREAS, eventOf, type EventName } from '../../../shared/contract/events';
import { isCommand } from '../../../shared/contract/method';
import { methods, type MethodName } from '../../../shared/contract/methods';
import { type Account, type CommandOutcome, type MergeReport } from '../../../shared/contract/team-protocol';
import type { TeamStatus } from '../../../shared/contract/team';
import type { Clock } from '../context';
import type { Db } from '../db/connection';
import { withIds } from '../db/ids';
import type { SettingsStore } from '../settings-store';
import type { AttachmentStore } from '../attachments/store';
import { refusedCommands } from './conflicts';
import { joining } from './join';
import { syncBookkeeping, type StateRow, type SyncBookkeeping } from './queue';
import { refused } from '../error-envelope';
import { serialQueue } from './serial';
import { type Exchange, fetchMissingFiles, fitPersonalScope, pull, push } from './exchange';
import { installCapture, rowAccess, syncedTables } from './rows';

type Capture = ReturnType<typeof installCapture>;
import { OfflineError, RefusedError, teamClient, type TeamClient } from './team-client';

/** Commands that belong to account management on the server once a laptop is in a team. */
const SERVER_MANAGED = new Set<MethodName>(['staff:create', 'session:initialize']);
const SYNC_EVERY_MS = 30_000;
const PUSH_AFTER_MS = 1_000;

export interface TeamSyncOptions {
  db: Db;
  /** Where receipts, scans and photos live; files the team has and this laptop not yet are fetched into it. */
  files: AttachmentStore;
  settings: SettingsStore;
  clock: Clock;
  emit: (event: EventName) => void;
  log: (error: unknown) => void;
  /** A verified backup of this laptop's database, made before its solo data is merged into a team. */
  backup: () => Promise<unknown>;
  /** Starts the 30-second sync timer (not in the server's own working copy, nor in tests that drive it). */
  autoSync?: boolean;
}

/**
 * A command run on the laptop at once, in one transaction with its place in the queue and the rows it touched (so
 * the server's answer can later replace exactly those).
 */
async function applyLocally(
  { db, capture, bookkeeping }: { db: Db; capture: Capture; bookkeeping: SyncBookkeeping },
  method: MethodName,
  input: unknown,
  run: () => Promise<Result<unknown>>,
): Promise<Result<unknown>> {
  db.exec('BEGIN IMMEDIATE');
  capture.clear();
  try {
    const { result, made } = await withIds([], run);
    if (!result.ok) {
      db.exec('ROLLBACK');
      return result;
    }
    bookkeeping.enqueue(method, input, made, capture.touched());
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** An online command sent on its own, answered by the server before anything else happens on this laptop. */
async function sendOnline(
  { bookkeeping, client, now }: { bookkeeping: SyncBookkeeping; client: TeamClient | undefined; now: () => string },
  method: MethodName,
  input: unknown,
): Promise<Result<unknown>> {
  // The sync just before did not reach the server (or left changes waiting): nothing is sent, nothing is queued.
  if (bookkeeping.queue('pending').length > 0 || !client || bookkeeping.state()?.offline_since)
    return refused('CONFLICT', 'err.team.needsConnection');
  const seq = bookkeeping.enqueue(method, input, [], []);
  let outcome: CommandOutcome;
  try {
    [outcome] = (await client.push([{ seq, method, input: input ?? {}, ids: [], madeAt: now() }])).results as [
      CommandOutcome,
    ];
  } catch (error) {
    if (error instanceof OfflineError) {
      // The answer may have been lost after the server applied it; the command stays queued and is sent again.
      bookkeeping.markOffline();
      return refused('CONFLICT', 'err.team.answerLost');
    }
    throw error;
  }
  bookkeeping.accepted(seq);
  return outcome.ok ? { ok: true, data: outcome.data } : { ok: false, error: outcome.error };
}

/** Solo, or the team link with its queue, last sync, time offline and last refusal. */
function statusOf(bookkeeping: SyncBookkeeping, lastError: ErrorBody | null): TeamStatus {
  const row = bookkeeping.state();
  if (!row) return { mode: 'solo' };
  return {
    mode: 'team',
    serverUrl: row.server_url,
    account: JSON.parse(row.account) as Account,
    pending: bookkeeping.queue('pending').length,
    refused: bookkeeping.queue('refused').length,
    lastSyncAt: row.last_sync_at,
    offlineSince: row.offline_since,
    lastError,
  };
}

/**
 * The laptop's side of the team edition. Commands are applied on the laptop at once and queued (offline ones),
 * or sent to the server first (online ones); a sync pushes the queue in order, settles what the server decided,
 * and pulls what the team changed since the cursor. Without a team server it passes every call straight through.
 */
export function teamSync(options: TeamSyncOptions) {
  const { db, settings, clock, emit, log } = options;
  const tables = syncedTables(db);
  const rows = rowAccess(db, tables);
  let capture: Capture | undefined;
  let client: TeamClient | undefined;
  /** One command at a time on the laptop, so each queued command holds exactly the rows it touched. */
  const serial = serialQueue();
  /** Files of attachment rows received whose bytes this laptop may not have yet (kept until fetched). */
  const filesWanted = new Set<string>();
  let syncing: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let lastError: ErrorBody | null = null;
  /** True while this laptop's solo data is being brought into or merged with a team. */
  let merging = false;

  const now = () => clock.now().toISOString();
  const bookkeeping = syncBookkeeping(db, now);
  const { state } = bookkeeping;
  const join = joining({ db, tables, rows, files: options.files, backup: options.backup });
  const refusals = refusedCommands(db, bookkeeping, rows);
  const exchange = (): Exchange => ({
    db,
    rows,
    bookkeeping,
    client: client!,
    serial,
    files: options.files,
    filesWanted,
  });

  function attach(row: StateRow) {
    client = teamClient({ serverUrl: row.server_url, deviceId: row.device_id, refreshToken: row.refresh_token }, () =>
      clock.now().getTime(),
    );
    capture ??= installCapture(db, tables);
    if (options.autoSync && !timer) {
      timer = setInterval(() => void sync().catch(log), SYNC_EVERY_MS);
      timer.unref();
    }
  }
  const existing = state();
  if (existing) attach(existing);

  /** An online command: the server decides first (after everything queued before it); then the laptop pulls. */
  async function applyOnServer(method: MethodName, input: unknown): Promise<Result<unknown>> {
    await sync();
    const result = await serial(() => sendOnline({ bookkeeping, client, now }, method, input));
    await sync();
    return result;
  }

  /** Decides how a command runs in team mode; queries and solo use go straight to the handler. */
  function dispatch(method: MethodName, input: unknown, run: () => Promise<Result<unknown>>): Promise<Result<unknown>> {
    const { effects } = methods[method];
    // While this laptop's data goes to the team, a change here would be in neither: refused, the form keeps it.
    if (merging && isCommand(effects) && !method.startsWith('team:'))
      return Promise.resolve(refused('CONFLICT', 'err.team.merging'));
    // The team methods manage the sync itself; they never queue and never wait behind a command.
    if (!client || !isCommand(effects) || method.startsWith('team:')) return run();
    if (SERVER_MANAGED.has(method)) return Promise.resolve(refused('FORBIDDEN', 'err.team.serverManaged'));
    if (method === 'settings:update' && typeof input === 'object' && input !== null && 'currentStaffId' in input) {
      return Promise.resolve(refused('FORBIDDEN', 'err.team.roleFromServer'));
    }
    if (effects.sync === 'local') return serial(run);
    if (effects.sync === 'online') return applyOnServer(method, input);
    return serial(async () => {
      const result = await applyLocally({ db, capture: capture!, bookkeeping }, method, input, run);
      if (result.ok) pushSoon();
      return result;
    });
  }

  let soon: NodeJS.Timeout | undefined;
  /** With the timer on, a change goes out about a second after the last one (a burst of typing is one push). */
  function pushSoon() {
    if (!options.autoSync) return;
    if (soon) clearTimeout(soon);
    soon = setTimeout(() => void sync().catch(log), PUSH_AFTER_MS);
    soon.unref();
  }

  /**
   * Push, settle, pull; one sync at a time. An unreachable server marks the laptop offline, nothing else. With
   * `pushOnly` the queue goes out and is settled but nothing new is pulled (the benchmark times the two apart).
   */
  function sync(pushOnly = false): Promise<void> {
    if (!client) return Promise.resolve();
    syncing ??= (async () => {
      try {
        const issued = await client!.account();
        adoptAccount(issued.account);
        await push(exchange());
        if (pushOnly) return;
        const account = await pull(exchange());
        adoptAccount(account);
        await fitPersonalScope(exchange(), account);
        await fetchMissingFiles(exchange());
        lastError = null;
        bookkeeping.markSynced();
      } catch (error) {
        if (error instanceof OfflineError) bookkeeping.markOffline();
        else if (error instanceof RefusedError) lastError = error.error;
        else throw error;
      } finally {
        syncing = undefined;
        for (const area of AREAS) emit(eventOf(area));
      }
    })();
    return syncing;
  }

  /** The role and name are the server's: whatever this laptop had, the account's values are what counts. */
  function adoptAccount(account: Account) {
    bookkeeping.saveAccount(account);
    const current = settings.read();
    if (current.currentStaffId !== account.staffId) settings.write({ ...current, currentStaffId: account.staffId });
  }

  /**
   * Links this laptop to a team. Without data of its own it just pulls. With data, a teamleider brings it into an
   * empty team, or (with `merge`, after she saw the preview) merges it into a team that has data; everyone else is
   * refused with the reason. After a merge the laptop keeps a backup and starts over from the team's data, so the
   * team's ids (a complex it already had) are the ones on this laptop too.
   */
  async function connect(
    serverUrl: string,
    loginName: string,
    password: string,
    merge = false,
  ): Promise<Result<TeamStatus>> {
    if (client) return refused('CONFLICT', 'err.team.alreadyConnected');
    const signedIn = await join.signIn(serverUrl, loginName, password);
    if (!signedIn.ok) return signedIn;
    const issued = signedIn.data;
    let merged: MergeReport | undefined;
    if (join.hasData()) {
      if (issued.account.role !== 'teamleider') return refused('CONFLICT', 'err.team.notEmpty');
      if (issued.teamHasData && !merge) return refused('CONFLICT', 'err.team.mergeFirst');
      const team = teamClient({ serverUrl, deviceId: issued.deviceId, refreshToken: issued.refreshToken });
      merging = true;
      try {
        const brought = issued.teamHasData ? await join.mergeIntoTeam(team, true) : await join.bringIntoTeam(team);
        if (!brought.ok) return brought;
        if (brought.data !== true) {
          merged = brought.data;
          join.forgetSoloData();
        }
      } finally {
        merging = false;
      }
    }
    bookkeeping.link(serverUrl, issued.deviceId, issued.refreshToken, issued.account);
    attach(state()!);
    await sync();
    const linked = status();
    return { ok: true, data: merged && linked.mode === 'team' ? { ...linked, merged } : linked };
  }

  /** What merging this laptop into the team would do, without doing it (the teamleider decides on this). */
  function previewMerge(serverUrl: string, loginName: string, password: string): Promise<Result<MergeReport>> {
    if (client) return Promise.resolve(refused('CONFLICT', 'err.team.alreadyConnected'));
    return join.previewMerge(serverUrl, loginName, password);
  }

  const status = () => statusOf(bookkeeping, lastError);

  return {
    dispatch,
    sync,
    rebased: refusals.rebased,
    connect,
    previewMerge,
    status,
    conflicts: refusals.conflicts,
    client: () => client,
    discard: bookkeeping.discard,
    stop() {
      if (timer) clearInterval(timer);
      if (soon) clearTimeout(soon);
      timer = undefined;
    },
  };
}
export type TeamSync = ReturnType<typeof teamSync>;
