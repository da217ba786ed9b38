import type { Migration } from './migration';

/**
 * A linked laptop records whose residents' data it holds: every wijk (a teamleider) or some. When the account's
 * role or wijken change, the laptop drops what it may no longer see and fetches what it now may (AVG). Unknown
 * (NULL, a laptop linked before this version) counts as changed, so such a laptop is put right once.
 */
export const m0015PersonalScope: Migration = {
  version: 15,
  name: 'personal-scope',
  up(db) {
    db.exec('ALTER TABLE sync_state ADD COLUMN personal_scope TEXT');
  },
};
