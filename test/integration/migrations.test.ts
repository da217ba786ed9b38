import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/create-backend';
import { DATABASE_FILE, openDatabase } from '../../electron/backend/db/connection';
import { DatabaseTooNewError, LATEST_SCHEMA_VERSION, migrate, MigrationFailedError, MIGRATIONS, schemaVersion } from '../../electron/backend/db/migrations';
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
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('migrations', () => {
  it('are numbered 1, 2, 3… without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('0001-initial creates the strict tables and durable pragmas', () => {
    const db = openDatabase(freshDir());
    expect(migrate(db, MIGRATIONS, 1)).toEqual({ from: 0, to: 1 });
    expect(tables(db)).toEqual(expect.arrayContaining(['audit_log', 'complexes', 'initiatives', 'staff', 'status_changes']));
    const strict = db.prepare("SELECT name FROM pragma_table_list WHERE strict = 1 AND schema = 'main'").all() as { name: string }[];
    expect(strict.map((r) => r.name).sort()).toEqual(['audit_log', 'complexes', 'initiatives', 'staff', 'status_changes']);
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
    expect(() => createBackend({ dataDir: dir, settings: memorySettingsStore(), mode: 'test' })).toThrow(DatabaseTooNewError);
    const after = new Database(join(dir, DATABASE_FILE));
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(tables(after)).toEqual([]);
    after.close();
  });

  it('rolls back every step when one migration fails, and reports which one', () => {
    const db = openDatabase(freshDir());
    const broken = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'broken', up: (d: Database.Database) => d.exec('CREATE TABLE half (x); SELECT * FROM nowhere;') }];
    expect(() => migrate(db, broken)).toThrow(MigrationFailedError);
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
    db.close();
  });
});
