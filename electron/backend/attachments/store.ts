import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../durable-file';
import { startsWith } from '../file-head';

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

// Sealed files (an encrypted installation): a marker, the nonce and the tag of AES-256-GCM, then the ciphertext.
const SEALED = Buffer.from('SSV1', 'latin1');
const NONCE = 12;
const TAG = 16;

/** The attachment key, derived from the installation's key so the database and the files never share one. */
const fileKey = (key: Buffer) => Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'samenspel-bijlagen', 32));

const isSealed = (bytes: Buffer) => bytes.length >= SEALED.length && bytes.subarray(0, SEALED.length).equals(SEALED);

function seal(key: Buffer, bytes: Buffer): Buffer {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const body = Buffer.concat([cipher.update(bytes), cipher.final()]);
  return Buffer.concat([SEALED, nonce, cipher.getAuthTag(), body]);
}

function open(key: Buffer, stored: Buffer): Buffer<ArrayBuffer> {
  const nonce = stored.subarray(SEALED.length, SEALED.length + NONCE);
  const tag = stored.subarray(SEALED.length + NONCE, SEALED.length + NONCE + TAG);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(stored.subarray(SEALED.length + NONCE + TAG)), decipher.final()]);
}

/**
 * The content-addressed file store under the data folder: a file lives at files/<first two hex>/<sha256> (the
 * hash of its content). Names from users never become paths; the same content is stored once. With the
 * installation's key (encryption at rest) every file is stored sealed and read back opened.
 */
export function attachmentStore(dataDir: string, installationKey: Buffer | null = null) {
  const root = join(dataDir, 'files');
  const key = installationKey && fileKey(installationKey);
  const pathOf = (sha256: string) => {
    // SECURITY: only a 64-hex digest ever becomes part of a path.
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('invalid digest');
    return join(root, sha256.slice(0, 2), sha256);
  };
  const stored = (bytes: Buffer) => (key ? seal(key, bytes) : bytes);
  return {
    has: (sha256: string) => existsSync(pathOf(sha256)),
    /** The file's content, or null when this laptop does not hold it. */
    async read(sha256: string): Promise<Buffer<ArrayBuffer> | null> {
      const path = pathOf(sha256);
      if (!existsSync(path)) return null;
      const bytes = await readFile(path);
      if (!isSealed(bytes)) return bytes;
      if (!key) throw new Error('sealed file without key');
      return open(key, bytes);
    },
    put(bytes: Buffer): string {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const path = pathOf(sha256);
      if (!existsSync(path)) {
        mkdirSync(join(root, sha256.slice(0, 2)), { recursive: true });
        writeFileDurably(path, stored(bytes));
      }
      return sha256;
    },
    /** Removes a file this laptop may no longer hold (another wijk's signed scan). */
    remove(sha256: string) {
      rmSync(pathOf(sha256), { force: true });
    },
    /** Seals the files stored before the installation was encrypted (at start-up); returns how many. */
    sealPlainFiles(): number {
      if (!key || !existsSync(root)) return 0;
      let sealed = 0;
      for (const folder of readdirSync(root))
        for (const name of readdirSync(join(root, folder))) {
          const path = join(root, folder, name);
          // Only the first bytes are read to tell: a start must not read every photo in full.
          if (!/^[0-9a-f]{64}$/.test(name) || startsWith(path, SEALED)) continue;
          writeFileDurably(path, seal(key, readFileSync(path)));
          sealed++;
        }
      return sealed;
    },
  };
}
export type AttachmentStore = ReturnType<typeof attachmentStore>;
