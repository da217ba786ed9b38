/**
 * Long work that shares the app's one thread with every other call: it pauses now and then so that the others get
 * their turn (imports, exports, the requirement derivation, lists of a whole corporation).
 */
import { performance } from 'node:perf_hooks';

/** One turn of the event loop: every call that is waiting gets answered before the work goes on. */
export const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Pauses by the clock, not by a count of rows: 500 new residents took 20 ms, 500 updated ones 60 ms on a large
 * database, and the first rows of a workbook are slow while the writer's code warms up. `due()` is cheap enough to
 * ask after every row; `pause()` pauses (answering what `pausing` answers, such as "the job was cancelled").
 */
export function pacedBy<T>(pausing: () => Promise<T>, everyMs = 15) {
  let last = performance.now();
  return {
    due: () => performance.now() - last >= everyMs,
    async pause(): Promise<T> {
      const answer = await pausing();
      last = performance.now();
      return answer;
    },
  };
}

/** A piece of a long list: its items, and the cursor where the next piece starts (null: it was the last). */
export interface Piece<T, C> {
  items: T[];
  next: C | null;
}

/** The rows of one read of at most `limit` as a piece: only a full piece can have one after it. */
export function pieceOf<R, T, C>(rows: R[], limit: number, item: (row: R) => T, cursor: (last: R) => C): Piece<T, C> {
  const last = rows[rows.length - 1];
  return { items: rows.map(item), next: rows.length === limit && last !== undefined ? cursor(last) : null };
}

/**
 * A long list read a piece at a time, pausing between pieces: at a corporation's scale one statement for the whole
 * list held every other call for 300 ms or more. Each piece starts after the cursor the last one ended at, so every
 * row comes exactly once, as it was when its piece was read.
 */
export async function readInPieces<T, C>(read: (after: C | null) => Piece<T, C>): Promise<T[]> {
  const all: T[] = [];
  for (let after: C | null = null; ; await pause()) {
    const { items, next } = read(after);
    for (const item of items) all.push(item);
    if (next === null) return all;
    after = next;
  }
}
