import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a file so that after a power cut it is either the old file or the whole new one: write to a temporary
 * name, flush it to the disk, rename it over the target, and flush the folder so the rename itself is kept.
 */
export function writeFileDurably(path: string, data: Buffer | string, mode = 0o666) {
  const temporary = `${path}.tmp`;
  // The mode applies when the file is created (a key file: 0o600, readable by its owner only), so never reuse one.
  rmSync(temporary, { force: true });
  const file = openSync(temporary, 'w', mode);
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
