import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDir } from '../../electron/backend/db/backups';
import { DATABASE_FILE } from '../../electron/backend/db/connection';
import { isPlainSqlite, keyFileCustody, KeyUnreadableError } from '../../electron/backend/db/encryption';
import {
  startInitializedBackend,
  startTestBackend,
  sampleComplex,
  tempDir,
  type TestBackend,
} from '../fixtures/backend';
import { filesHolding } from '../fixtures/files';

const SECRETS = ['Gerda Sleutelproef', '06 55512345', 'Verslag van de sleutelproef'];
const PDF = Buffer.from(`%PDF-1.4\n% ${SECRETS[2]}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF`);

const started: TestBackend[] = [];
const folders: string[] = [];
afterEach(() => {
  for (const backend of started.splice(0)) backend.dispose();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A key file outside the data folder, as browser mode gets it from SAMENSPEL_DB_KEY_FILE. */
function keyFile() {
  const folder = tempDir('samenspel-key-');
  folders.push(folder);
  return join(folder, 'samenspel.key');
}

/** A plain installation in use: a resident with a phone number, a PDF on an initiative, and a backup. */
async function plainInstallation(keyPath: string) {
  const dataDir = tempDir();
  const { backend } = await startInitializedBackend({ dataDir, keyCustody: keyFileCustody(keyPath, dataDir) });
  started.push(backend);
  const complex = await backend.ok('complexes:create', sampleComplex());
  await backend.ok('residents:create', {
    complexId: complex.id,
    name: SECRETS[0]!,
    phone: SECRETS[1],
    consentPurpose: 'contact',
  });
  const initiative = await backend.ok('initiatives:create', {
    complexId: complex.id,
    title: 'Tuin onderhouden',
    origin: 'bewoners',
    practiceType: 'zelf_beter',
  });
  const file = await backend.ok('attachments:upload', { purpose: 'document', dataBase64: PDF.toString('base64') });
  const document = await backend.ok('documents:add', {
    initiativeId: initiative.initiative.id,
    attachmentId: file.id,
    title: 'Verslag',
    kind: 'notulen',
  });
  await backend.ok('backups:create', {});
  return { backend, document };
}

/** Starts the same installation again, as the app does after a restart. */
function restart(backend: TestBackend, keyPath: string | null) {
  const again = startTestBackend({
    dataDir: backend.dataDir,
    settings: backend.settings,
    keyCustody: keyPath ? keyFileCustody(keyPath, backend.dataDir) : undefined,
  });
  started.push(again);
  return again;
}

describe('encryption at rest', () => {
  it('encrypts database, WAL, backups and attachments at the next start; the app reads them as before', async () => {
    const keyPath = keyFile();
    const { backend, document } = await plainInstallation(keyPath);
    expect(await backend.ok('encryption:status', {})).toEqual({
      state: 'plain',
      custody: 'file',
      where: keyPath,
      unavailable: null,
    });
    const { recoveryKey } = await backend.ok('encryption:enable', {});
    expect(recoveryKey).toMatch(/^([0-9a-f]{8}-){7}[0-9a-f]{8}$/);
    expect(readFileSync(keyPath, 'utf8').trim()).toBe(recoveryKey.replace(/-/g, ''));
    expect((await backend.ok('encryption:status', {})).state).toBe('pending');
    const again = await backend.invoke('encryption:enable', {});
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', messageKey: 'err.encryption.already' } });
    backend.close();
    // Until the restart the files are plain: the check below can tell the difference.
    expect(filesHolding(backend.dataDir, SECRETS).length).toBeGreaterThan(2);

    const encrypted = restart(backend, keyPath);
    expect((await encrypted.ok('encryption:status', {})).state).toBe('encrypted');
    expect((await encrypted.ok('residents:list', {})).map((r) => r.name)).toContain(SECRETS[0]);
    expect(await encrypted.attachment(document.attachmentId)!.read()).toEqual(PDF);
    const backup = await encrypted.ok('backups:create', {});
    expect(backup).toMatchObject({ complexes: 1, residents: 1 });
    // While it runs (WAL open) and after it closed, no file in the data folder holds a name, a number or the PDF.
    expect(filesHolding(encrypted.dataDir, SECRETS)).toEqual([]);
    encrypted.close();
    expect(filesHolding(encrypted.dataDir, SECRETS)).toEqual([]);
    const databases = [
      join(encrypted.dataDir, DATABASE_FILE),
      ...readdirSync(backupDir(encrypted.dataDir))
        .filter((name) => name.endsWith('.db'))
        .map((name) => join(backupDir(encrypted.dataDir), name)),
    ];
    expect(databases.length).toBe(3);
    expect(databases.filter(isPlainSqlite)).toEqual([]);
    // Plain SQLite (without the key) cannot read it.
    expect(() => new Database(databases[0]!, { readonly: true }).prepare('SELECT * FROM residents').all()).toThrow(
      /not a database/,
    );
  });

  it('stops with a Dutch message without the key, changes nothing, and opens with the recovery key', async () => {
    const keyPath = keyFile();
    const { backend } = await plainInstallation(keyPath);
    const { recoveryKey } = await backend.ok('encryption:enable', {});
    backend.close();
    restart(backend, keyPath).close();
    const database = join(backend.dataDir, DATABASE_FILE);
    const before = readFileSync(database);

    rmSync(keyPath);
    let refused: unknown;
    try {
      restart(backend, keyPath);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(KeyUnreadableError);
    expect((refused as KeyUnreadableError).dutch()).toMatch(/versleuteld.*SAMENSPEL_DB_KEY_FILE/);
    expect(() => restart(backend, null)).toThrow(KeyUnreadableError);
    expect(readFileSync(database).equals(before)).toBe(true);

    // The recovery key as written down (groups and capitals) in a key file opens it again.
    writeFileSync(keyPath, recoveryKey.toUpperCase().replace(/-/g, ' - '));
    const reopened = restart(backend, keyPath);
    expect((await reopened.ok('residents:list', {})).map((r) => r.name)).toEqual([SECRETS[0]]);
  });

  it('restores an encrypted backup, and encrypts a plain backup that a cut-off start left behind', async () => {
    const keyPath = keyFile();
    const { backend } = await plainInstallation(keyPath);
    const plainCopy = join(tempDir(), 'plain.db');
    copyFileSync(join(backupDir(backend.dataDir), (await backend.ok('backups:list', {})).backups[0]!.file), plainCopy);
    await backend.ok('encryption:enable', {});
    backend.close();
    const encrypted = restart(backend, keyPath);
    const [made] = (await encrypted.ok('backups:list', {})).backups;
    await encrypted.ok('complexes:create', sampleComplex({ code: 'NA-1' }));
    await encrypted.ok('backups:restore', { file: made!.file });
    encrypted.close();
    // As if a start had encrypted the database and stopped before this backup.
    const leftPlain = join(backupDir(backend.dataDir), 'samenspel-20260101-000000-handmatig.db');
    copyFileSync(plainCopy, leftPlain);

    const restored = restart(backend, keyPath);
    expect((await restored.ok('complexes:list', {})).map((c) => c.code)).not.toContain('NA-1');
    expect(isPlainSqlite(leftPlain)).toBe(false);
    expect(filesHolding(backend.dataDir, SECRETS)).toEqual([]);
  });

  it('refuses a key file inside the data folder: a copy of the folder would carry its key', async () => {
    const { backend } = await startInitializedBackend();
    started.push(backend);
    const inside = restart(backend, join(backend.dataDir, 'sleutel.key'));
    backend.close();
    expect(await inside.ok('encryption:status', {})).toMatchObject({
      state: 'plain',
      unavailable: 'err.encryption.keyInDataFolder',
    });
    const refused = await inside.invoke('encryption:enable', {});
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', messageKey: 'err.encryption.keyInDataFolder' },
    });
    const without = restart(inside, null);
    inside.close();
    expect(await without.ok('encryption:status', {})).toMatchObject({ unavailable: 'err.encryption.noCustody' });
  });
});
