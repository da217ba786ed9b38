import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/create-backend';
import { DATABASE_FILE, openDatabase } from '../../electron/backend/db/connection';
import {
  DatabaseTooNewError,
  LATEST_SCHEMA_VERSION,
  migrate,
  MigrationFailedError,
  MIGRATIONS,
  schemaVersion,
} from '../../electron/backend/db/migrations';
import { memorySettingsStore } from '../../electron/backend/settings-store';
import { tempDir } from '../fixtures/backend';

const dirs: string[] = [];
const freshDir = () => {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0));

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  );

describe('migrations', () => {
  it('are numbered 1, 2, 3… without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('0001-initial creates the strict tables and durable pragmas', () => {
    const db = openDatabase(freshDir());
    expect(migrate(db, MIGRATIONS, 1)).toEqual({ from: 0, to: 1 });
    expect(tables(db)).toEqual(
      expect.arrayContaining(['audit_log', 'complexes', 'initiatives', 'staff', 'status_changes']),
    );
    const strict = db.prepare("SELECT name FROM pragma_table_list WHERE strict = 1 AND schema = 'main'").all() as {
      name: string;
    }[];
    expect(strict.map((r) => r.name).sort()).toEqual([
      'audit_log',
      'complexes',
      'initiatives',
      'staff',
      'status_changes',
    ]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });

  it('is idempotent: a second run applies nothing', () => {
    const db = openDatabase(freshDir());
    migrate(db);
    expect(migrate(db)).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
    db.close();
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const dir = freshDir();
    const raw = new Database(join(dir, DATABASE_FILE));
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => createBackend({ dataDir: dir, settings: memorySettingsStore(), mode: 'test' })).toThrow(
      DatabaseTooNewError,
    );
    const after = new Database(join(dir, DATABASE_FILE));
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(tables(after)).toEqual([]);
    // Not even the journal mode was switched: the message says nothing changed, and nothing did.
    expect(after.pragma('journal_mode', { simple: true })).toBe('delete');
    after.close();
  });

  it('rolls back every step when one migration fails, and reports which one', () => {
    const db = openDatabase(freshDir());
    const broken = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        up: (d: Database.Database) => d.exec('CREATE TABLE half (x); SELECT * FROM nowhere;'),
      },
    ];
    expect(() => migrate(db, broken)).toThrow(MigrationFailedError);
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
    db.close();
  });
});

describe('migrations 0003 to 0006, one at a time on a database with data', () => {
  const columns = (db: Database.Database, table: string) =>
    (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]).map((c) => c.name);
  const at = '2025-01-01T00:00:00.000Z';

  function databaseAt(version: number) {
    const db = openDatabase(freshDir());
    migrate(db, MIGRATIONS, version);
    db.prepare(
      "INSERT INTO staff (id, name, role, created_at, updated_at, created_by, updated_by) VALUES ('s1', 'Oud', " +
        "'teamleider', ?, ?, 's1', 's1')",
    ).run(at, at);
    db.prepare(
      'INSERT INTO complexes (id, code, name, place, homes, building_type, created_at, updated_at, created_by, ' +
        "updated_by) VALUES ('c1', 'C1', 'Oud', 'Zaanwijk', 10, 'portiekflat', ?, ?, 's1', 's1')",
    ).run(at, at);
    db.prepare(
      'INSERT INTO initiatives (id, complex_id, title, origin, practice_type, created_at, updated_at, created_by, ' +
        "updated_by) VALUES ('i1', 'c1', 'Oud', 'bewoners', 'zelf_beter', ?, ?, 's1', 's1')",
    ).run(at, at);
    return db;
  }

  it('0003-field-work adds residents, visits, follow-ups, attachments and drafts', () => {
    const db = databaseAt(2);
    migrate(db, MIGRATIONS, 3);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'residents',
        'visits',
        'visit_residents',
        'visit_initiatives',
        'follow_ups',
        'attachments',
        'drafts',
        'initiative_people',
      ]),
    );
    expect(() =>
      db
        .prepare(
          'INSERT INTO residents (id, complex_id, name, phone, created_at, updated_at, created_by, updated_by) ' +
            "VALUES ('r1', 'c1', 'X', '06', ?, ?, 's1', 's1')",
        )
        .run(at, at),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('0004-money adds budgets, grants, expenses and mandates, and refuses over-allocation', () => {
    const db = databaseAt(3);
    migrate(db, MIGRATIONS, 4);
    expect(columns(db, 'staff')).toContain('mandate_cents');
    db.prepare(
      'INSERT INTO budgets (id, scope, complex_id, year, name, amount_cents, created_at, updated_at, created_by, ' +
        "updated_by) VALUES ('b1', 'complex', 'c1', 2025, 'B', 1000, ?, ?, 's1', 's1')",
    ).run(at, at);
    expect(() =>
      db
        .prepare(
          'INSERT INTO grants (id, initiative_id, budget_id, applied_on, requested_cents, status, granted_cents, ' +
            "created_at, updated_at, created_by, updated_by) VALUES ('g1', 'i1', 'b1', '2025-01-01', 2000, " +
            "'toegekend', 2000, ?, ?, 's1', 's1')",
        )
        .run(at, at),
    ).toThrow(/over-allocated/);
    db.close();
  });

  it('0005-liability adds the insurance register and agreements, copies place, holds the 2025 limits', () => {
    const db = databaseAt(4);
    migrate(db, MIGRATIONS, 5);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['policies', 'agreements', 'initiative_liability', 'allowance_limits']),
    );
    expect(db.prepare('SELECT municipality FROM complexes').get()).toEqual({ municipality: 'Zaanwijk' });
    expect(db.prepare('SELECT per_year_cents FROM allowance_limits WHERE year = 2025').get()).toEqual({
      per_year_cents: 210000,
    });
    db.close();
  });

  it('0006-budget-totals fills the totals of existing budgets and keeps them current', () => {
    const db = databaseAt(5);
    db.prepare(
      'INSERT INTO budgets (id, scope, complex_id, year, name, amount_cents, created_at, updated_at, created_by, ' +
        "updated_by) VALUES ('b1', 'complex', 'c1', 2025, 'B', 5000, ?, ?, 's1', 's1')",
    ).run(at, at);
    db.prepare(
      'INSERT INTO grants (id, initiative_id, budget_id, applied_on, requested_cents, status, granted_cents, ' +
        "created_at, updated_at, created_by, updated_by) VALUES ('g1', 'i1', 'b1', '2025-01-01', 2000, 'toegekend', " +
        "2000, ?, ?, 's1', 's1')",
    ).run(at, at);
    migrate(db, MIGRATIONS, 6);
    expect(db.prepare('SELECT allocated_cents, spent_cents FROM budgets').get()).toEqual({
      allocated_cents: 2000,
      spent_cents: 0,
    });
    db.prepare(
      'INSERT INTO expenses (id, grant_id, spent_on, description, amount_cents, created_at, created_by) VALUES ' +
        "('x1', 'g1', '2025-02-01', 'Verf', 750, ?, 's1')",
    ).run(at);
    db.prepare("UPDATE grants SET status = 'afgewezen', granted_cents = 0 WHERE id = 'g1'").run();
    expect(db.prepare('SELECT allocated_cents, spent_cents FROM budgets').get()).toEqual({
      allocated_cents: 0,
      spent_cents: 750,
    });
    db.close();
  });

  it('0008-team-sync adds the queue and state; its guard lets only the sync pass the invariant triggers', () => {
    const db = databaseAt(7);
    db.prepare(
      'INSERT INTO budgets (id, scope, complex_id, year, name, amount_cents, created_at, updated_at, created_by, ' +
        "updated_by) VALUES ('b1', 'complex', 'c1', 2025, 'B', 1000, ?, ?, 's1', 's1')",
    ).run(at, at);
    migrate(db, MIGRATIONS, 8);
    expect(tables(db)).toEqual(expect.arrayContaining(['sync_guard', 'sync_queue', 'sync_state']));
    const grant = (id: string) =>
      db.prepare(
        `INSERT INTO grants (id, initiative_id, budget_id, applied_on, requested_cents, status, granted_cents,
            created_at, updated_at, created_by, updated_by) VALUES ('${id}', 'i1', 'b1', '2025-01-01', 2000,
            'toegekend', 2000, ?, ?, 's1', 's1')`,
      );
    expect(() => grant('g1').run(at, at)).toThrow(/over-allocated/);
    db.prepare(
      "INSERT INTO audit_log (id, at, actor_id, entity, entity_id, action, changes) VALUES ('a1', ?, 's1', 'x', " +
        "'y', 'create', '{}')",
    ).run(at);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.prepare('UPDATE sync_guard SET applying = 1').run();
    expect(() => grant('g2').run(at, at)).not.toThrow();
    db.close();
  });

  it('0009-liability-version gives existing liability records version 1', () => {
    const db = databaseAt(8);
    migrate(db, MIGRATIONS, 9);
    expect(columns(db, 'initiative_liability')).toContain('version');
    db.close();
  });

  it("0010-same-complex refuses a grant from another complex's budget in the database itself", () => {
    const db = databaseAt(9);
    migrate(db, MIGRATIONS, 10);
    const triggers = (
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%same_complex' OR name LIKE '%covers%'",
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    expect(triggers).toEqual(
      expect.arrayContaining([
        'grants_budget_covers_insert',
        'in_kind_budget_covers',
        'visit_initiatives_same_complex',
        'visit_residents_same_complex',
      ]),
    );
    db.close();
  });
  it('0011-reciprocity keeps data, fills the welcome template, refuses a promise to an erased resident', () => {
    const db = databaseAt(10);
    migrate(db, MIGRATIONS, 11);
    expect(columns(db, 'initiatives')).toContain('result');
    expect(columns(db, 'complexes')).toContain('core_values');
    expect((db.prepare('SELECT core_values AS v FROM complexes').get() as { v: string }).v).toBe('');
    expect(
      (db.prepare('SELECT max(offset_days) AS d FROM welcome_steps').get() as { d: number }).d,
    ).toBeGreaterThanOrEqual(182);
    db.prepare(
      'INSERT INTO residents (id, complex_id, name, erased_at, created_at, updated_at, created_by, updated_by) ' +
        "VALUES ('r1', 'c1', 'x', ?, ?, ?, 's1', 's1')",
    ).run(at, at, at);
    const promise =
      db.prepare(`INSERT INTO promises (id, complex_id, resident_id, what, promised_by, promised_on, due_date,
          created_at, updated_at, created_by, updated_by)
      VALUES ('p1', 'c1', 'r1', 'Bankje', 's1', '2025-01-01', '2025-02-01', ?, ?, 's1', 's1')`);
    expect(() => promise.run(at, at)).toThrow(/erased/);
    db.close();
  });
  it('0013-work-indexes adds the indexes Mijn werk and the search read by', () => {
    const db = databaseAt(12);
    migrate(db, MIGRATIONS, 13);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM initiatives WHERE wijkbeheerder_id = 's1' AND status = 'aangemaakt'")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('initiatives_by_wijkbeheerder');
    db.close();
  });
  it('0014-policy-archive lets a policy be archived, leaving the policies there were as they were', () => {
    const db = databaseAt(13);
    const at = '2026-01-01T00:00:00.000Z';
    db.prepare(
      `INSERT INTO policies (id, insurer, policy_number, kind, holder, valid_from, created_at, updated_at, created_by,
          updated_by)
      VALUES ('p1', 'Centraal Beheer', 'AVB-1', 'corporatie_avb', 'corporatie', '2026-01-01', ?, ?, 's1', 's1')`,
    ).run(at, at);
    migrate(db, MIGRATIONS, 14);
    expect(columns(db, 'policies')).toContain('archived_at');
    expect(db.prepare('SELECT archived_at AS a, version FROM policies').get()).toEqual({ a: null, version: 1 });
    db.close();
  });

  it('0015-personal-scope leaves a linked laptop with an unknown scope, so it fetches its residents anew once', () => {
    const db = databaseAt(14);
    db.prepare(
      `INSERT INTO sync_state (id, server_url, device_id, refresh_token, account)
       VALUES (1, 'http://t', 'd1', 'r1', '{}')`,
    ).run();
    migrate(db, MIGRATIONS, 15);
    expect(db.prepare('SELECT personal_scope AS scope, cursor FROM sync_state').get()).toEqual({
      scope: null,
      cursor: 0,
    });
    db.close();
  });

  it('0016-shared-views moves the views shared with the team to their own table and keeps the private ones', () => {
    const db = databaseAt(15);
    const view = db.prepare(
      `INSERT INTO saved_views (id, grid_id, name, state, shared, owner_id, created_at)
       VALUES (?, 'g', ?, '{}', ?, 's1', 'x')`,
    );
    view.run('v1', 'Eigen', 0);
    view.run('v2', 'Team', 1);
    migrate(db, MIGRATIONS, 16);
    expect(db.prepare('SELECT id, name FROM saved_views').all()).toEqual([{ id: 'v1', name: 'Eigen' }]);
    expect(db.prepare('SELECT id, name, owner_id FROM shared_views').all()).toEqual([
      { id: 'v2', name: 'Team', owner_id: 's1' },
    ]);
    db.close();
  });
});
