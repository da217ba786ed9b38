import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from './db/connection';

/**
 * Every call shares one database connection. A long write (an import of 20,000 rows) keeps its one transaction open
 * across pauses, so the app goes on answering meanwhile; but a write that ran in such a pause would land inside
 * that transaction and be undone with it. So calls that write pass this gate: a long write waits until it is the
 * only write under way, then runs alone, and writes asked for meanwhile wait until it is done. Reads never wait
 * (in a pause they see the long write's rows so far, as the long write's own steps do).
 */
export function writeGate() {
  const inside = new AsyncLocalStorage<true>();
  let active = 0;
  let waitingAlone = 0;
  let alone = false;
  let waiters: (() => void)[] = [];
  const changed = () => new Promise<void>((resolve) => waiters.push(resolve));
  const notify = () => {
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
  };

  return {
    /** A call that writes. A write inside a write (one method calling another) is part of the outer one. */
    async write<T>(work: () => Promise<T>): Promise<T> {
      if (inside.getStore()) return work();
      while (alone) await changed();
      active++;
      try {
        return await inside.run(true, work);
      } finally {
        active--;
        notify();
      }
    },

    /** Runs `work` as the only write under way (called from within a write, which does not count as another). */
    async alone<T>(work: () => Promise<T>): Promise<T> {
      const self = inside.getStore() ? 1 : 0;
      waitingAlone++;
      try {
        // Writes that wait here themselves are not "under way": two long writes never wait for each other.
        while (alone || active - self - (waitingAlone - 1) > 0) await changed();
      } finally {
        waitingAlone--;
      }
      alone = true;
      try {
        return await work();
      } finally {
        alone = false;
        notify();
      }
    },
  };
}
export type WriteGate = ReturnType<typeof writeGate>;

/**
 * One transaction around asynchronous work: all of it commits, or (on any error) none of it. Inside a transaction
 * that is open already it is a savepoint of that one, as better-sqlite3's own nested transactions are.
 */
export async function transactionAcrossPauses<T>(db: Db, work: () => Promise<T>): Promise<T> {
  const nested = db.inTransaction;
  db.exec(nested ? 'SAVEPOINT across_pauses' : 'BEGIN IMMEDIATE');
  try {
    const result = await work();
    db.exec(nested ? 'RELEASE across_pauses' : 'COMMIT');
    return result;
  } catch (error) {
    if (nested) db.exec('ROLLBACK TO across_pauses; RELEASE across_pauses');
    else if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
