import { closeSync, openSync, readSync } from 'node:fs';

/** Whether a file begins with these bytes, reading only that many (a file's kind is in its first bytes). */
export function startsWith(path: string, prefix: Buffer): boolean {
  const head = Buffer.alloc(prefix.length);
  const file = openSync(path, 'r');
  try {
    return readSync(file, head, 0, head.length, 0) === head.length && head.equals(prefix);
  } finally {
    closeSync(file);
  }
}
