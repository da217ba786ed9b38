import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/db/connection';
import { migrate, MIGRATIONS } from '../../electron/backend/db/migrations';
import { ALLOCATING_STATUSES, GRANT_DECISIONS, GRANT_STATUSES } from '../../shared/domain/grant-status';
import { methods } from '../../shared/contract/methods';
import { tempDir } from '../fixtures/backend';

/** The quoted words of an `IN (…)` list that follows `marker` in a piece of SQL. */
function inList(sql: string, marker: RegExp): string[] {
  const match = marker.exec(sql);
  expect(match, String(marker)).not.toBeNull();
  return [...match![1]!.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]!);
}

describe('the grant statuses', () => {
  const db = openDatabase(tempDir());
  migrate(db, MIGRATIONS);
  const sqlOf = (type: string, name: string) =>
    db
      .prepare<[string, string], string>('SELECT sql FROM sqlite_master WHERE type = ? AND name = ?')
      .pluck()
      .get(type, name)!;

  it('are the ones the database accepts', () => {
    expect(inList(sqlOf('table', 'grants'), /CHECK \(status IN \(([^)]*)\)\)/)).toEqual([...GRANT_STATUSES]);
  });

  it('take from the budget exactly where the database counts them against it', () => {
    const trigger = sqlOf('trigger', 'grants_within_budget_update');
    expect(inList(trigger, /status IN \(([^)]*)\)/).sort()).toEqual([...ALLOCATING_STATUSES].sort());
  });

  it('are the decisions the contract accepts', () => {
    const decide = methods['grants:decide'].input;
    for (const decision of GRANT_DECISIONS) expect(decide.shape.decision.safeParse(decision).success).toBe(true);
    expect(decide.shape.decision.safeParse('aangevraagd').success).toBe(false);
  });
});
