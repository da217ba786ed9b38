import type { SafeStorage } from 'electron';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileDurably } from '../backend/durable-file';
import { KeyUnreadableError, parseKey, type KeyCustody } from '../backend/db/encryption';

/**
 * The desktop keeps the database key with the operating system: safeStorage encrypts it with a key from the
 * Windows account (DPAPI), the macOS Keychain or the Linux secret service, and only that blob sits in the data
 * folder. A copy of the folder, or the laptop's disk read elsewhere, therefore holds no usable key. index.ts
 * passes Electron's safeStorage; the unit test a stand-in, since the binary is not installed everywhere.
 */
export function safeStorageCustody(
  dataDir: string,
  safeStorage: Pick<
    SafeStorage,
    'isEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptString' | 'decryptString'
  >,
  platform = process.platform,
): KeyCustody {
  const path = join(dataDir, 'database-sleutel.safestorage');
  const where = 'de sleutelopslag van het besturingssysteem';
  return {
    kind: 'os',
    where,
    unavailable() {
      if (!safeStorage.isEncryptionAvailable()) return 'err.encryption.noKeyStore';
      // On Linux without a keyring Electron falls back to a hard-coded password: that would protect nothing.
      if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')
        return 'err.encryption.noKeyStore';
      return null;
    },
    load() {
      if (!existsSync(path)) return null;
      try {
        return parseKey(safeStorage.decryptString(readFileSync(path)), where);
      } catch {
        throw new KeyUnreadableError(where);
      }
    },
    save(key) {
      writeFileDurably(path, safeStorage.encryptString(key.toString('hex')), 0o600);
    },
  };
}
