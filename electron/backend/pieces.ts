import { pause } from './write-gate';

/**
 * A long list read a piece at a time, pausing between pieces so that other calls get their turn: at a
 * corporation's scale one statement for the whole list held every other call for 300 ms or more. Each piece
 * starts after the cursor the last one ended at, so every row comes exactly once, as it was when its piece was read.
 */
export async function readInPieces<T, C>(read: (after: C | null) => { items: T[]; next: C | null }): Promise<T[]> {
  const all: T[] = [];
  for (let after: C | null = null; ; await pause()) {
    const { items, next } = read(after);
    for (const item of items) all.push(item);
    if (next === null) return all;
    after = next;
  }
}
