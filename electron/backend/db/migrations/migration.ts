import type { Db } from '../connection';

/** One numbered schema step. `up` runs inside the migration transaction; it must not commit itself. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
