import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileDurably } from '../durable-file';

export type AttachmentMime = 'image/jpeg' | 'image/png' | 'application/pdf';

/**
 * What a file is, judged by its first bytes, never by its name. SECURITY: a renamed executable or HTML page
 * is refused whatever it is called.
 */
export function sniffMime(bytes: Uint8Array): AttachmentMime | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

/**
 * The content-addressed file store under the data folder: a file lives at files/<first two hex>/<sha256>.
 * Names from users never become paths; the same content is stored once.
 */
export function attachmentStore(dataDir: string) {
  const root = join(dataDir, 'files');
  const pathOf = (sha256: string) => {
    // SECURITY: only a 64-hex digest ever becomes part of a path.
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('invalid digest');
    return join(root, sha256.slice(0, 2), sha256);
  };
  return {
    pathOf,
    put(bytes: Buffer): string {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const path = pathOf(sha256);
      if (!existsSync(path)) {
        mkdirSync(join(root, sha256.slice(0, 2)), { recursive: true });
        writeFileDurably(path, bytes);
      }
      return sha256;
    },
    /** Removes a file this laptop may no longer hold (another wijk's signed scan). */
    remove(sha256: string) {
      rmSync(pathOf(sha256), { force: true });
    },
  };
}
export type AttachmentStore = ReturnType<typeof attachmentStore>;
