/**
 * The desktop's key keeper as index.ts wires it, given a stand-in for Electron's safeStorage (the binary is not
 * installed here): what it writes to the data folder, when it refuses, and what a blob it cannot open gives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeyUnreadableError } from '../../electron/backend/db/encryption';
import { safeStorageCustody } from '../../electron/main/key-custody';
import { tempDir } from '../fixtures/backend';

/** Encrypts by XOR with a per-"account" byte, so a blob from another account decrypts to garbage. */
function storage(account: number, backend = 'gnome_libsecret', available = true) {
  const flip = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ account));
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend as 'gnome_libsecret',
    encryptString: (text: string) => flip(Buffer.from(text, 'utf8')),
    decryptString: (blob: Buffer) => flip(blob).toString('utf8'),
  };
}

describe('the desktop key keeper (safeStorage)', () => {
  it('keeps only the operating system’s blob in the data folder and reads the same key back', () => {
    const dataDir = tempDir();
    const custody = safeStorageCustody(dataDir, storage(0x5a), 'linux');
    expect(custody.unavailable()).toBeNull();
    expect(custody.load()).toBeNull();
    const key = Buffer.alloc(32, 7);
    custody.save(key);
    const blob = readFileSync(join(dataDir, 'database-sleutel.safestorage'));
    expect(blob.includes(key.toString('hex'))).toBe(false);
    expect(custody.load()).toEqual(key);
  });

  it('refuses where no safe key store exists: none at all, or Linux’s fixed-password fallback', () => {
    expect(safeStorageCustody(tempDir(), storage(1, 'basic_text'), 'linux').unavailable()).toBe(
      'err.encryption.noKeyStore',
    );
    expect(safeStorageCustody(tempDir(), storage(1, 'unknown', false), 'win32').unavailable()).toBe(
      'err.encryption.noKeyStore',
    );
    expect(safeStorageCustody(tempDir(), storage(1, 'unknown'), 'win32').unavailable()).toBeNull();
  });

  it('says the key cannot be read when the blob belongs to another account', () => {
    const dataDir = tempDir();
    safeStorageCustody(dataDir, storage(0x5a), 'linux').save(Buffer.alloc(32, 9));
    expect(() => safeStorageCustody(dataDir, storage(0x33), 'linux').load()).toThrow(KeyUnreadableError);
    writeFileSync(join(dataDir, 'database-sleutel.safestorage'), 'kapot');
    expect(() => safeStorageCustody(dataDir, storage(0x5a), 'linux').load()).toThrow(KeyUnreadableError);
  });
});
