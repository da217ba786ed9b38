import { z } from 'zod';
import { method } from './method';

/**
 * Encryption at rest of this installation: `plain`, `pending` (the key is kept; the files are encrypted at the
 * next start, when nothing has them open) or `encrypted`.
 */
export interface EncryptionStatus {
  state: 'plain' | 'pending' | 'encrypted';
  /** Who keeps the key: the operating system ('os') or a key file ('file'); null when nothing can keep one here. */
  custody: 'os' | 'file' | null;
  /** Where the key is kept, for people (a key file's path). */
  where: string | null;
  /** Why this installation cannot be encrypted (a translation key), or null. */
  unavailable: string | null;
}

export const encryptionMethods = {
  'encryption:status': method<EncryptionStatus>()(z.object({}).strict().default({}), { reads: ['settings'] }),
  /**
   * "Database versleutelen": makes the key, hands it to the keeper, and returns it once as a recovery key to write
   * down. The files are encrypted at the next start.
   */
  'encryption:enable': method<{ recoveryKey: string }>()(z.object({}).strict().default({}), {
    changes: ['settings'],
    sync: 'local',
  }),
} as const;
