import { AsyncLocalStorage } from 'node:async_hooks';
import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/**
 * Ids made by one command. On a laptop in team mode the command records the ids it made, so the team server,
 * replaying it, gives every new record the id it already has on the laptop (and a retry makes no duplicates).
 */
interface IdScope {
  made: string[];
  replay: string[];
}
const scope = new AsyncLocalStorage<IdScope>();

/** Runs `work` with its new ids taken from `replay` first, and returns them all in the order they were made. */
export async function withIds<T>(
  replay: readonly string[],
  work: () => Promise<T>,
): Promise<{ result: T; made: string[] }> {
  const ids: IdScope = { made: [], replay: [...replay] };
  const result = await scope.run(ids, work);
  return { result, made: ids.made };
}

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Time-ordered so indexes stay
 * compact, and unique across laptops so records can later move to a team server. A 12-bit counter keeps ids
 * created within one millisecond in order.
 */
export function uuidv7(now: number = Date.now()): string {
  const ids = scope.getStore();
  const id = ids?.replay.shift() ?? freshUuidv7(now);
  ids?.made.push(id);
  return id;
}

/** Random bytes drawn from the system 4 KiB at a time: one call per 200 ids instead of two per id. */
const pool = Buffer.alloc(4096);
let poolAt = pool.length;
function randomInto(target: Buffer, count: number) {
  if (poolAt + count > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  pool.copy(target, 0, poolAt, poolAt + count);
  poolAt += count;
}

function freshUuidv7(now: number): string {
  const bytes = Buffer.alloc(16);
  if (now <= lastMs) {
    counter = (counter + 1) & 0xfff;
    if (counter === 0) lastMs += 1;
    now = lastMs;
  } else {
    lastMs = now;
    randomInto(bytes, 2);
    counter = bytes.readUInt16BE(0) & 0x7ff;
  }
  randomInto(bytes, 16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
