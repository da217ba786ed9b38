import { createHash } from 'node:crypto';
import type { Account } from '../../../shared/contract/team-protocol';
import { PUSH_BATCH } from '../../../shared/contract/team-protocol';
import type { AttachmentStore } from '../attachments/store';
import type { Db } from '../db/connection';
import { errorBody } from '../error-envelope';
import { pause } from '../pacing';
import { personalScope, rowKey, type SyncBookkeeping } from './queue';
import { PERSONAL_TABLES, type RowAccess, type SyncRow, type Touched } from './rows';
import type { serialQueue } from './serial';
import type { TeamClient } from './team-client';

/**
 * What a laptop exchanges with the server in a sync, beside the engine that decides when: pushing the queue,
 * pulling the team's changes, fitting the personal data to the account's wijken, fetching files.
 */
export interface Exchange {
  db: Db;
  rows: RowAccess;
  bookkeeping: SyncBookkeeping;
  client: TeamClient;
  /** The laptop's one-command-at-a-time queue: rows from the server never land inside a command under way. */
  serial: ReturnType<typeof serialQueue>;
  files: AttachmentStore;
  /** Files of attachment rows received whose bytes this laptop may not have yet (kept until fetched). */
  filesWanted: Set<string>;
}

/** Writes the server's rows, except those a command still waiting for the server has changed here. */
export function applyServerRows(
  { db, rows, bookkeeping, filesWanted }: Exchange,
  serverRows: SyncRow[],
  extra?: () => void,
) {
  const waiting = bookkeeping.pendingKeys();
  const applicable = serverRows.filter((row) => rows.isSynced(row.tbl) && !waiting.has(rowKey(row.tbl, row.key)));
  const erased = applicable
    .filter((row) => row.tbl === 'residents' && row.data?.erased_at)
    .map((row) => String(row.data!.id));
  rows.apply(applicable, () => {
    extra?.();
    if (erased.length) bookkeeping.forgetResidents(erased, errorBody('CONFLICT', 'err.resident.erased'));
  });
  // Only the files of attachment rows that arrived are looked for (not every file on each sync).
  for (const row of applicable)
    if (row.tbl === 'attachments' && typeof row.data?.sha256 === 'string') filesWanted.add(row.data.sha256);
  // An erase reached this laptop: the old values must not linger in the write-ahead log.
  if (erased.length) db.pragma('wal_checkpoint(TRUNCATE)');
}

/** Sends the queue in batches; each answer settles its commands and brings the server's version of their rows. */
export async function push(cx: Exchange) {
  const { db, bookkeeping, client, serial } = cx;
  for (;;) {
    const batch = bookkeeping.queue('pending').slice(0, PUSH_BATCH);
    if (batch.length === 0) return;
    const { results } = await client.push(
      batch.map((q) => ({
        seq: q.seq,
        method: q.method,
        input: JSON.parse(q.input) as unknown,
        ids: JSON.parse(q.ids) as string[],
        madeAt: q.created_at,
      })),
    );
    const settled: { tbl: string; key: string }[] = [];
    db.transaction(() => {
      for (const outcome of results) {
        const entry = batch.find((q) => q.seq === outcome.seq);
        if (!entry) continue;
        settled.push(...(JSON.parse(entry.touched) as Touched[]).map(({ tbl, key }) => ({ tbl, key })));
        if (outcome.ok) bookkeeping.accepted(outcome.seq);
        else bookkeeping.refused(outcome.seq, outcome.error);
      }
    }).immediate();
    // What the server made of each answered command replaces the laptop's own guess, accepted or refused.
    if (settled.length) {
      const fresh = (await client.rows(settled)).rows;
      await serial(async () => applyServerRows(cx, fresh));
    }
    if (results.length < batch.length) return;
  }
}

/** Pulls every page since the cursor; answers the account as the server had it at the last page. */
export async function pull(cx: Exchange): Promise<Account> {
  const { bookkeeping, client, serial } = cx;
  // The next page is asked for while this one is written (the server works on it meanwhile): a first pull of a
  // large team is half waiting and half writing, so this saves most of one of the two.
  let next = client.pull(bookkeeping.state()!.cursor);
  for (;;) {
    const page = await next;
    if (page.more) next = client.pull(page.cursor);
    // Writing a page holds this thread: one turn of the event loop first, or the request for the next page only
    // leaves once this one is written and the server's work on it overlaps nothing (a first pull of 100,000
    // initiatives waited about 450 ms for each page after writing it).
    await pause();
    // The cursor moves in the same transaction as the rows: a cut connection never skips a row. Applying waits
    // for a command under way on this laptop, so it never lands inside that command's transaction.
    await serial(async () => applyServerRows(cx, page.rows, () => bookkeeping.moveCursor(page.cursor)));
    if (!page.more) return page.account;
  }
}

/**
 * AVG: the residents' data on this laptop is that of the account's wijken. When the role or wijken changed, every
 * personal row (but those a waiting command changed) is dropped and what the account may see now is fetched again
 * up to the cursor. The scope is recorded only when done, so a cut connection starts it again at the next sync.
 */
export async function fitPersonalScope(cx: Exchange, account: Account) {
  const { db, rows, bookkeeping, client, serial, files, filesWanted } = cx;
  const scope = personalScope(account);
  const { personal_scope: held, cursor: until } = bookkeeping.state()!;
  if (held === scope) return;
  const scansBefore = bookkeeping.signedScans();
  await serial(async () => {
    const waiting = bookkeeping.pendingKeys();
    const gone = [...PERSONAL_TABLES].flatMap((tbl) => rows.deletionsOf(tbl));
    rows.apply(gone.filter((row) => !waiting.has(rowKey(row.tbl, row.key))));
  });
  for (let cursor = 0; ;) {
    const page = await client.pullPersonal(cursor, until);
    await serial(async () => applyServerRows(cx, page.rows));
    if (!page.more) break;
    cursor = page.cursor;
  }
  bookkeeping.setPersonalScope(scope);
  // The dropped values must not linger in the write-ahead log either (secure_delete cleared the pages), nor the
  // signed scans of agreements this account no longer sees in the file store.
  db.pragma('wal_checkpoint(TRUNCATE)');
  const scansNow = new Set(bookkeeping.signedScans());
  for (const sha256 of scansBefore) if (!scansNow.has(sha256)) files.remove(sha256);
  // The scans of agreements this account sees now came as rows only (their attachment rows arrived long ago).
  for (const sha256 of scansNow) filesWanted.add(sha256);
}

/**
 * Files travel once, by their content hash: a command that uploads one carries it to the server; every other
 * laptop fetches the files of the rows it received, checked against their hash, so they open offline too.
 */
export async function fetchMissingFiles({ client, files, filesWanted }: Exchange) {
  for (const sha256 of [...filesWanted]) {
    const bytes = files.has(sha256) ? null : await client.file(sha256);
    if (bytes && createHash('sha256').update(bytes).digest('hex') === sha256) files.put(bytes);
    filesWanted.delete(sha256);
  }
}
