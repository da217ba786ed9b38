import type { ErrorBody } from '../../../shared/contract/errors';
import { visibleWijken, type Account } from '../../../shared/contract/team-protocol';
import type { Db } from '../db/connection';
import type { Touched } from './rows';

export interface StateRow {
  server_url: string;
  device_id: string;
  refresh_token: string;
  account: string;
  cursor: number;
  last_sync_at: string | null;
  offline_since: string | null;
  /** Whose residents' data this laptop holds (see `personalScope`); null when not known. */
  personal_scope: string | null;
}
export interface QueueRow {
  seq: number;
  method: string;
  input: string;
  ids: string;
  touched: string;
  status: 'pending' | 'refused';
  error: string | null;
  created_at: string;
}

/**
 * The laptop's sync bookkeeping (local tables, never synced): the link to the team (`sync_state`) and the commands
 * waiting for or refused by the server (`sync_queue`). Prepared once: the status is asked for every few seconds by
 * each window, the queue on every command and sync.
 */
export function syncBookkeeping(db: Db, now: () => string) {
  const sql = {
    state: db.prepare<[], StateRow>('SELECT * FROM sync_state WHERE id = 1'),
    queue: db.prepare<[string], QueueRow>('SELECT * FROM sync_queue WHERE status = ? ORDER BY seq'),
    enqueue: db.prepare(
      'INSERT INTO sync_queue (method, input, ids, touched, status, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    accepted: db.prepare('DELETE FROM sync_queue WHERE seq = ?'),
    refused: db.prepare("UPDATE sync_queue SET status = 'refused', error = ?, refused_at = ? WHERE seq = ?"),
    cursor: db.prepare('UPDATE sync_state SET cursor = ? WHERE id = 1'),
    signedScans: db
      .prepare<[], string>(
        'SELECT DISTINCT a.sha256 FROM agreements g JOIN attachments a ON a.id = g.signed_document_id',
      )
      .pluck(),
    // A uuid is found as it is in the JSON texts; LIKE's wildcards cannot occur in one.
    forget: db.prepare(`UPDATE sync_queue SET
        input = CASE WHEN json_type(input, '$.id') = 'text' THEN json_object('id', input ->> '$.id') ELSE '{}' END,
        touched = (SELECT json_group_array(
                     json_object('tbl', value ->> '$.tbl', 'key', value ->> '$.key', 'before', NULL))
                   FROM json_each(touched)),
        error = CASE status WHEN 'pending' THEN @error ELSE error END,
        refused_at = coalesce(refused_at, @at),
        status = 'refused'
      WHERE input LIKE @pattern OR touched LIKE @pattern`),
  };
  const queue = (status: QueueRow['status']) => sql.queue.all(status);
  return {
    state: () => sql.state.get(),
    queue,
    /** Queues a command; returns its sequence number. */
    enqueue(method: string, input: unknown, ids: string[], touched: Touched[]) {
      const values = [JSON.stringify(input ?? {}), JSON.stringify(ids), JSON.stringify(touched)] as const;
      return Number(sql.enqueue.run(method, ...values, 'pending', now()).lastInsertRowid);
    },
    accepted: (seq: number) => sql.accepted.run(seq),
    refused: (seq: number, error: unknown) => sql.refused.run(JSON.stringify(error), now(), seq),
    /** Drops a refused command: the record stays as the server has it. */
    discard: (seq: number) =>
      db.prepare("DELETE FROM sync_queue WHERE seq = ? AND status = 'refused'").run(seq).changes > 0,
    /** The keys of every row a command still waiting for the server has changed here. */
    pendingKeys: () =>
      new Set(queue('pending').flatMap((q) => (JSON.parse(q.touched) as Touched[]).map((t) => rowKey(t.tbl, t.key)))),
    moveCursor: (cursor: number) => sql.cursor.run(cursor),
    link(serverUrl: string, deviceId: string, refreshToken: string, account: Account) {
      db.prepare(
        `INSERT INTO sync_state (id, server_url, device_id, refresh_token, account, personal_scope)
         VALUES (1, ?, ?, ?, ?, ?)`,
      ).run(serverUrl, deviceId, refreshToken, JSON.stringify(account), personalScope(account));
    },
    setPersonalScope: (scope: string) => db.prepare('UPDATE sync_state SET personal_scope = ? WHERE id = 1').run(scope),
    markOffline: () =>
      db.prepare('UPDATE sync_state SET offline_since = coalesce(offline_since, ?) WHERE id = 1').run(now()),
    markSynced: () =>
      db.prepare('UPDATE sync_state SET last_sync_at = ?, offline_since = NULL WHERE id = 1').run(now()),
    /**
     * AVG: residents were erased on the team; every command here that names one of them (waiting or refused) keeps
     * no values: its input shrinks to the record's id, its before-images go, a waiting one is marked refused.
     */
    forgetResidents(ids: string[], erased: ErrorBody) {
      for (const id of ids) sql.forget.run({ pattern: `%${id}%`, error: JSON.stringify(erased), at: now() });
    },
    /** The files of the signed agreements on this laptop (residents' personal data, like the agreements). */
    signedScans: () => sql.signedScans.all(),
    saveAccount: (account: Account) =>
      db.prepare('UPDATE sync_state SET account = ? WHERE id = 1').run(JSON.stringify(account)),
  };
}
export type SyncBookkeeping = ReturnType<typeof syncBookkeeping>;

/** Whose residents' data an account receives, as one comparable string: "all", or its wijken in order. */
export function personalScope(account: Account): string {
  const wijken = visibleWijken(account);
  return JSON.stringify(wijken === 'all' ? wijken : [...wijken].sort());
}

/** One string per row of a table, to look rows up in a set. */
export const rowKey = (tbl: string, key: string) => `${tbl}\u0000${key}`;
