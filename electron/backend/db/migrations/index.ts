import type { Db } from '../connection';
import { m0001Initial } from './0001-initial';
import { m0002Advice } from './0002-advice';
import { m0003FieldWork } from './0003-field-work';
import { m0004Money } from './0004-money';
import { m0005Liability } from './0005-liability';
import { m0006BudgetTotals } from './0006-budget-totals';
import { m0007SavedViews } from './0007-saved-views';
import { m0008TeamSync } from './0008-team-sync';
import { m0009LiabilityVersion } from './0009-liability-version';
import { m0010SameComplex } from './0010-same-complex';
import { m0011Reciprocity } from './0011-reciprocity';
import { m0012PartnersSurveys } from './0012-partners-surveys';
import { m0013WorkIndexes } from './0013-work-indexes';
import { m0014PolicyArchive } from './0014-policy-archive';
import { m0015PersonalScope } from './0015-personal-scope';
import { m0016SharedViews } from './0016-shared-views';
import { m0017InitiativeDocuments } from './0017-initiative-documents';
import { m0018ExclusionIndex } from './0018-exclusion-index';
import type { Migration } from './migration';

/** Every migration, in order. Append only; never edit or reorder a migration that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  m0001Initial,
  m0002Advice,
  m0003FieldWork,
  m0004Money,
  m0005Liability,
  m0006BudgetTotals,
  m0007SavedViews,
  m0008TeamSync,
  m0009LiabilityVersion,
  m0010SameComplex,
  m0011Reciprocity,
  m0012PartnersSurveys,
  m0013WorkIndexes,
  m0014PolicyArchive,
  m0015PersonalScope,
  m0016SharedViews,
  m0017InitiativeDocuments,
  m0018ExclusionIndex,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** The database was written by a newer Samenspel; opening it could lose data, so we refuse. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`Database schema version ${found} is newer than this app supports (${supported}).`);
    this.name = 'DatabaseTooNewError';
  }
}

/** A migration failed; the database was left as it was. The app must stop and show this, never skip it. */
export class MigrationFailedError extends Error {
  constructor(
    readonly migration: string,
    readonly reason: unknown,
  ) {
    super(`Migration ${migration} failed: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = 'MigrationFailedError';
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to date in one transaction: either every pending migration applies, or none does.
 * `upTo` exists for migration tests, which step through versions one at a time.
 */
export function migrate(
  db: Db,
  migrations: readonly Migration[] = MIGRATIONS,
  upTo?: number,
): { from: number; to: number } {
  const from = schemaVersion(db);
  const latest = migrations[migrations.length - 1]!.version;
  if (from > latest) throw new DatabaseTooNewError(from, latest);
  const target = upTo ?? latest;
  const pending = migrations.filter((m) => m.version > from && m.version <= target);
  if (pending.length === 0) return { from, to: from };
  let current = '';
  try {
    db.transaction(() => {
      for (const migration of pending) {
        current = `${String(migration.version).padStart(4, '0')}-${migration.name}`;
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      }
    }).immediate();
  } catch (error) {
    throw new MigrationFailedError(current, error);
  }
  return { from, to: pending[pending.length - 1]!.version };
}
