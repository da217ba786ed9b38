import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a file so that after a power cut it is either the old file or the whole new one: write to a temporary
 * name, flush it to the disk, rename it over the target, and flush the folder so the rename itself is kept.
 */
export function writeFileDurably(path: string, data: Buffer | string) {
  const temporary = `${path}.tmp`;
  const file = openSync(temporary, 'w');
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(file, bytes, written, bytes.length - written);
    fsyncSync(file);
  } finally {
    closeSync(file);
  }
  renameSync(temporary, path);
  const folder = openSync(dirname(path), 'r');
  try {
    fsyncSync(folder);
  } finally {
    closeSync(folder);
  }
}
