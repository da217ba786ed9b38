import type { Account, MergeReport } from '../../shared/contract/team-protocol';
import { MERGE_MAX_ROWS } from '../../shared/contract/team-protocol';
import type { Db } from '../backend/db/connection';
import type { Repositories } from '../backend/db/repositories';
import type { RowAccess, SyncRow } from '../backend/sync/rows';
import { isBudgetCheck, MergeRefused, mergeRows } from './merge';

/** A preview merges inside a transaction that is always rolled back: the report is the real one, nothing stays. */
class Preview extends Error {
  constructor(readonly report: MergeReport) {
    super('preview');
  }
}

interface JoinDeps {
  db: Db;
  rows: RowAccess;
  repos: Repositories;
  /** The executor's one write to the team (working copy and PostgreSQL together). */
  inWriteTransaction: <T>(work: () => Promise<{ result: T; changed: SyncRow[] }>) => Promise<T>;
  /** The executor's write as an account, its changes captured. */
  asActor: <T>(account: Account, work: () => Promise<T>) => Promise<T>;
}

/**
 * Laptops that join the team with data of their own: the first one's rows go into the empty team as they are;
 * a later one's are staged and merged (or only previewed). Runs inside the executor's one-at-a-time queue.
 */
export function teamJoins({ db, rows, repos, inWriteTransaction, asActor }: JoinDeps) {
  let bootstrapping: string | null = null;
  const complexCount = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM complexes');

  /**
   * The first laptop's solo data, page by page, into an empty team: written as they are (they passed the
   * laptop's own rules), stored in PostgreSQL in the same step. Only while the team holds no complexes yet, and
   * only from the laptop that started it.
   */
  async function importRows(deviceId: string, page: SyncRow[]): Promise<boolean> {
    if (bootstrapping !== deviceId) {
      if (complexCount.get()!.n > 0) return false;
      bootstrapping = deviceId;
    }
    if (page.some((row) => !rows.isSynced(row.tbl))) return false;
    return rows.withoutForeignKeys(() =>
      inWriteTransaction(async () => {
        rows.writeAsTeam(page);
        return { result: true, changed: page };
      }),
    );
  }

  /** Each laptop's staged rows for a merge, until it merges (kept in memory: a restart means staging again). */
  const staged = new Map<string, SyncRow[]>();

  function stage(deviceId: string, page: SyncRow[], first: boolean): boolean {
    const rowsSoFar = first ? [] : (staged.get(deviceId) ?? []);
    if (rowsSoFar.length + page.length > MERGE_MAX_ROWS || page.some((row) => !rows.isSynced(row.tbl))) return false;
    staged.set(deviceId, rowsSoFar.concat(page));
    return true;
  }

  /**
   * A later laptop's solo data into a team that has data: all of it in one write (working copy and PostgreSQL) as
   * the teamleider who merges, or none of it. The answer is the report, or the reason it does not fit.
   */
  async function merge(
    account: Account,
    deviceId: string,
    apply: boolean,
  ): Promise<{ report: MergeReport } | { refused: MergeRefused }> {
    const page = staged.get(deviceId);
    if (!page) return { refused: new MergeRefused('staged', 'nothingStaged') };
    // Staged rows are used once, preview or not: a link after a preview stages them again (they may have changed).
    staged.delete(deviceId);
    try {
      const report = await asActor(account, async () => {
        const made = mergeRows(db, page);
        if (!apply) throw new Preview(made);
        recordMerge(account, deviceId, made);
        return made;
      });
      return { report };
    } catch (error) {
      if (error instanceof Preview) return { report: error.report };
      if (error instanceof MergeRefused) return { refused: error };
      if (isBudgetCheck(error)) return { refused: new MergeRefused('budgets', 'budget') };
      throw error;
    }
  }

  /** The audit log keeps who merged which laptop, when (the server's time) and what it added to the team. */
  function recordMerge(account: Account, deviceId: string, report: MergeReport) {
    const added = Object.fromEntries(
      report.tables.filter((t) => t.added > 0).map((t) => [t.tbl, { from: null, to: t.added }]),
    );
    const matched = report.matchedComplexes.map((c) => c.code).join(', ');
    repos.audit.record({
      at: new Date().toISOString(),
      actorId: account.staffId,
      entity: 'team_merge',
      entityId: deviceId,
      action: 'create',
      changes: { ...added, ...(matched ? { matchedComplexes: { from: null, to: matched } } : {}) },
    });
  }
  return { importRows, stage, merge, hasData: () => complexCount.get()!.n > 0 };
}
