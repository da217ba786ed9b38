import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/create-backend';
import { backupDir, DatabaseUnusableError, listBackups, prune } from '../../electron/backend/db/backups';
import { DATABASE_FILE, openDatabase } from '../../electron/backend/db/connection';
import { migrate, MIGRATIONS } from '../../electron/backend/db/migrations';
import { memorySettingsStore } from '../../electron/backend/settings-store';
import { startInitializedBackend, tempDir, type TestBackend } from '../fixtures/backend';

let backend: TestBackend | undefined;
afterEach(() => {
  backend?.dispose();
  backend = undefined;
});

/** Starts the demo corporation, makes one verified backup, and stops, leaving the folder and the settings. */
async function usedInstallation() {
  ({ backend } = await startInitializedBackend({ demo: true }));
  const made = await backend.ok('backups:create', {});
  const { dataDir, settings } = backend;
  backend.close();
  const reopen = () => createBackend({ dataDir, settings, mode: 'test', log: () => {} });
  return { dataDir, settings, made, reopen };
}

function unusable(start: () => unknown): DatabaseUnusableError {
  try {
    start();
  } catch (error) {
    if (error instanceof DatabaseUnusableError) return error;
    throw error;
  }
  throw new Error('started anyway');
}

describe('backups and damaged files', () => {
  it('makes a verified backup that names what it holds, and lists it', async () => {
    ({ backend } = await startInitializedBackend({ demo: true }));
    const made = await backend.ok('backups:create', {});
    expect(made).toMatchObject({
      reason: 'handmatig',
      complexes: 40,
      initiatives: 300,
      schemaVersion: expect.any(Number),
    });
    expect((await backend.ok('backups:list', {})).backups).toEqual([made]);
  });

  it('copies what was committed, compact (freed pages stay behind), while writes go on', async () => {
    ({ backend } = await startInitializedBackend({ demo: true }));
    const { db } = backend;
    db.exec(
      'CREATE TABLE bulk (id INTEGER PRIMARY KEY, text TEXT NOT NULL); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL ' +
        "SELECT i + 1 FROM n WHERE i < 500) INSERT INTO bulk (text) SELECT printf('%.2000c', 'x') FROM n",
    );
    db.exec('DELETE FROM bulk');
    expect(db.pragma('freelist_count', { simple: true })).toBeGreaterThan(100);
    const backingUp = backend.ok('backups:create', {});
    // The app writes while the copy is made; what the copy holds is one consistent moment either side of it.
    const created = await backend.ok('complexes:create', {
      code: 'NA-1',
      name: 'Tijdens de back-up',
      address: '',
      postcode: '',
      place: 'Zaandam',
      municipality: 'Zaanstad',
      wijk: '',
      buurt: '',
      homes: 10,
      buildingType: 'portiekflat',
      sharedObjects: [],
    });
    const made = await backingUp;
    const copy = new Database(join(backupDir(backend.dataDir), made.file), { readonly: true });
    try {
      expect(copy.pragma('freelist_count', { simple: true })).toBe(0);
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const complexes = (copy.prepare('SELECT count(*) AS n FROM complexes').get() as { n: number }).n;
      expect([made.complexes, made.complexes + 1]).toContain(complexes);
    } finally {
      copy.close();
    }
    expect(created.name).toBe('Tijdens de back-up');
  });

  it('never starts empty over a database that was in use and is now gone or empty', async () => {
    const { dataDir, made, reopen } = await usedInstallation();
    rmSync(join(dataDir, DATABASE_FILE));
    rmSync(join(dataDir, `${DATABASE_FILE}-wal`), { force: true });
    const missing = unusable(reopen);
    expect(missing.kind).toBe('missing');
    expect(missing.newest?.file).toBe(made.file);
    expect(missing.dutch()).toMatch(
      /ontbreekt of is leeg.*nieuwste goede back-up is van .* \(40 complexen, 300 initiatieven/,
    );
    writeFileSync(join(dataDir, DATABASE_FILE), '');
    expect(unusable(reopen).kind).toBe('missing');
    expect(statSync(join(dataDir, DATABASE_FILE)).size).toBe(0);
  });

  it('refuses a damaged database (page zeroed, file overwritten) with the newest good backup, in Dutch', async () => {
    const { dataDir, reopen } = await usedInstallation();
    const file = join(dataDir, DATABASE_FILE);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096), 0, 4096, 4096 * 20);
    closeSync(fd);
    const damaged = unusable(reopen);
    expect(damaged.kind).toBe('damaged');
    expect(damaged.dutch()).toMatch(/is beschadigd\. De nieuwste goede back-up/);
    writeFileSync(file, 'dit is geen database '.repeat(500));
    expect(unusable(reopen).kind).toBe('damaged');
  });

  it('puts a backup back at the next start, keeping the state it replaced', async () => {
    ({ backend } = await startInitializedBackend({ demo: true }));
    const made = await backend.ok('backups:create', {});
    const [first] = await backend.ok('complexes:list', {});
    await backend.ok('complexes:archive', { id: first!.id, version: first!.version });
    expect(await backend.ok('backups:restore', { file: made.file })).toEqual({ staged: made.file });
    expect(listBackups(backend.dataDir).map((b) => b.reason)).toContain('voor-terugzetten');
    const { dataDir, settings } = backend;
    backend.close();
    const restored = createBackend({ dataDir, settings, mode: 'test', log: () => {} });
    const again = await restored.invoke('complexes:get', { id: first!.id });
    expect(again).toMatchObject({ ok: true, data: { archivedAt: null } });
    expect(existsSync(join(dataDir, `${DATABASE_FILE}.voor-terugzetten`))).toBe(true);
    restored.close();
    backend = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps 7 daily, 4 weekly and 12 monthly backups', () => {
    const dataDir = tempDir();
    const dir = backupDir(dataDir);
    mkdirSync(dir, { recursive: true });
    const now = new Date('2026-12-01T12:00:00Z');
    for (let day = 0; day < 400; day++) {
      const at = new Date(now.getTime() - day * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
      for (const hour of ['080000', '200000']) writeFileSync(join(dir, `samenspel-${at}-${hour}-dagelijks.db`), '');
    }
    prune(dir, now);
    const kept = readdirSync(dir).filter((f) => f.endsWith('.db'));
    // The three of the last 24 hours, then one for each older day of the week, each older week of the month, each
    // month.
    expect(kept).toHaveLength(3 + 6 + 3 + 12);
    expect(kept.every((f) => f >= 'samenspel-20251201')).toBe(true);
    // November: the one of the last 24 hours, six days, three weeks and the first month slot.
    expect(kept.filter((f) => f.startsWith('samenspel-202611'))).toHaveLength(1 + 6 + 3 + 1);
    expect(kept).toContain('samenspel-20261201-200000-dagelijks.db');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('makes a backup before a migration changes the schema', async () => {
    const dataDir = tempDir();
    const older = openDatabase(dataDir);
    migrate(older, MIGRATIONS, 8);
    older.close();
    const second = createBackend({ dataDir, settings: memorySettingsStore(), mode: 'test', log: () => {} });
    expect(listBackups(dataDir)).toMatchObject([{ reason: 'voor-migratie', schemaVersion: 8 }]);
    second.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
});
