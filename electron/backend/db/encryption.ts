import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { writeFileDurably } from '../durable-file';
import { startsWith } from '../file-head';
import { backupDir } from './backups';
import { DATABASE_FILE, openWith, type SqliteDriver } from './connection';

/**
 * Encryption at rest, per installation. The database, its backups and the attachments are encrypted with one
 * random 256-bit key that the operating system keeps (Electron safeStorage, see electron/main/key-custody.ts) or a
 * key file outside the data folder (browser mode, or recovery). The database files use SQLCipher 4's format, so a
 * standard SQLCipher tool opens them with the recovery key; the key is used raw (it is random, not a password, so
 * no slow key derivation is needed on every open).
 */
export const CIPHER_MODULE = 'better-sqlite3-multiple-ciphers';
const CIPHER = ["cipher = 'sqlcipher'", 'legacy = 4'];
const keyPragma = (name: 'key' | 'rekey', key: Buffer) => `${name} = "x'${key.toString('hex')}'"`;

/** Keeps the installation's key. */
export interface KeyCustody {
  /** Where: the operating system's key store ('os') or a key file ('file'). */
  readonly kind: 'os' | 'file';
  /** Where, for people: "de sleutelopslag van Windows", a key file's path. */
  readonly where: string;
  /** Why no key can be kept here (a translation key), or null when one can. */
  unavailable(): string | null;
  /** The kept key, or null when this installation has none. Throws KeyUnreadableError when it cannot be read. */
  load(): Buffer | null;
  save(key: Buffer): void;
}

/** The installation has a key, but this computer cannot read it (another user account, a key file gone). */
export class KeyUnreadableError extends Error {
  constructor(readonly where: string) {
    super(`The database key in ${where} cannot be read.`);
    this.name = 'KeyUnreadableError';
  }

  dutch(): string {
    return [
      `De database van Samenspel is versleuteld, en de sleutel (${this.where})`,
      'kan op deze computer niet worden gelezen.',
      'Er is niets gewijzigd.',
      'Start Samenspel met SAMENSPEL_DB_KEY_FILE=<bestand met de herstelsleutel> om met de herstelsleutel te openen.',
    ].join(' ');
  }
}

const KEY_TEXT = /^[0-9a-f]{64}$/;

/** Reads a key written as 64 hex digits (a recovery key may be typed in groups, with spaces or dashes). */
export function parseKey(text: string, where: string): Buffer {
  const hex = text.toLowerCase().replace(/[\s-]/g, '');
  if (!KEY_TEXT.test(hex)) throw new KeyUnreadableError(where);
  return Buffer.from(hex, 'hex');
}

/** The key as a person writes it down: eight groups of eight hex digits. */
export const recoveryKeyText = (key: Buffer) => key.toString('hex').match(/.{8}/g)!.join('-');

const inside = (folder: string, path: string) => {
  const rel = relative(resolve(folder), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * A key file (SAMENSPEL_DB_KEY_FILE): for browser mode, and to open an installation with its recovery key. The file
 * must live outside the data folder, or a copy of the folder would carry its own key.
 */
export function keyFileCustody(path: string, dataDir: string): KeyCustody {
  return {
    kind: 'file',
    where: path,
    unavailable: () => (inside(dataDir, path) ? 'err.encryption.keyInDataFolder' : null),
    load() {
      if (!existsSync(path)) return null;
      try {
        return parseKey(readFileSync(path, 'utf8'), path);
      } catch {
        throw new KeyUnreadableError(path);
      }
    },
    save(key) {
      writeFileDurably(path, `${key.toString('hex')}\n`, 0o600);
    },
  };
}

/** The key file named by SAMENSPEL_DB_KEY_FILE, if any. */
export function keyFileFromEnvironment(dataDir: string): KeyCustody | null {
  const path = process.env.SAMENSPEL_DB_KEY_FILE;
  return path ? keyFileCustody(path, dataDir) : null;
}

/** The driver that opens this installation's files with its key. */
export const cipherDriver = (key: Buffer, binding?: string): SqliteDriver => ({
  module: CIPHER_MODULE,
  binding,
  unlock: [...CIPHER, keyPragma('key', key)],
});

/** Whether the encrypting build of the driver installed here (an optional dependency, compiled at install). */
export function cipherInstalled(binding?: string): boolean {
  try {
    openWith({ module: CIPHER_MODULE, binding, unlock: [] }, ':memory:', {}).close();
    return true;
  } catch {
    return false;
  }
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** A plain SQLite file starts with its format's header; an encrypted one with random bytes (SQLCipher's salt). */
export const isPlainSqlite = (path: string) => existsSync(path) && startsWith(path, SQLITE_HEADER);

/**
 * A start cut off during a rekey leaves the file half rewritten (its first page may already be encrypted) beside a
 * hot rollback journal that holds the original pages. SQLite puts those back when a connection next reads the file;
 * that connection opens it without a key, because the journal's pages are the plain ones (and are copied back
 * byte for byte either way). Afterwards the file is plain again, and is encrypted as if for the first time.
 */
function rollBackInterruptedRekey(path: string, binding?: string) {
  if (!existsSync(`${path}-journal`)) return;
  const db = openWith({ module: CIPHER_MODULE, binding, unlock: [] }, path, { fileMustExist: true });
  try {
    db.pragma('schema_version');
  } catch {
    // An encrypted file cannot be read without its key; the journal was played back before that read.
  } finally {
    db.close();
  }
}

/**
 * Encrypts one plain SQLite file in place. SQLite3MultipleCiphers rekeys in one transaction (all pages or none),
 * but not in WAL mode: the file goes to a rollback journal for it (which also folds in a WAL left by a crash).
 * The case database goes back to WAL when it is opened.
 */
function encryptInPlace(path: string, key: Buffer, binding?: string) {
  const db = openWith({ module: CIPHER_MODULE, binding, unlock: [] }, path, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    for (const statement of CIPHER) db.pragma(statement);
    db.pragma(keyPragma('rekey', key));
  } finally {
    db.close();
  }
}

/** The SQLite files of an installation: the database, the copy kept at a restore, and the backups. */
function databaseFiles(dataDir: string): string[] {
  const database = join(dataDir, DATABASE_FILE);
  const folder = backupDir(dataDir);
  const backups = existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.db'))
        .map((name) => join(folder, name))
    : [];
  return [database, `${database}.voor-terugzetten`, ...backups];
}

/** The installation's SQLite files that are still plain. */
export const plainDatabaseFiles = (dataDir: string): string[] => databaseFiles(dataDir).filter(isPlainSqlite);

/**
 * At start-up, before the database is opened: encrypts every SQLite file of the installation that is still plain
 * (the database, the copy kept at a restore, each backup). Each file is done on its own, so a start that is cut
 * off halfway leaves whole files, plain or encrypted, and the next start goes on with the plain ones.
 */
export function encryptPlainDatabases(
  dataDir: string,
  key: Buffer,
  binding?: string,
  onStart: (files: number, bytes: number) => void = () => {},
): number {
  for (const file of databaseFiles(dataDir).filter((f) => existsSync(f))) rollBackInterruptedRekey(file, binding);
  const plain = plainDatabaseFiles(dataDir);
  // About 10 s per GB here (the file and its rollback journal are written): the caller says so before it starts.
  if (plain.length > 0)
    onStart(
      plain.length,
      plain.reduce((sum, file) => sum + statSync(file).size, 0),
    );
  for (const file of plain) encryptInPlace(file, key, binding);
  return plain.length;
}

// Written when encryption is turned on. From then on a start without the key stops with a clear message instead
// of taking the encrypted file for a damaged one (or, worse, starting a new installation beside it).
const MARKER = 'versleuteld.json';

interface Marker {
  custody?: KeyCustody['kind'];
  since?: string;
  /** Every attachment stored before encryption is sealed: later starts need not look at them again. */
  filesSealed?: boolean;
}

const readMarker = (dataDir: string): Marker | null =>
  existsSync(join(dataDir, MARKER)) ? (JSON.parse(readFileSync(join(dataDir, MARKER), 'utf8')) as Marker) : null;
const writeMarker = (dataDir: string, marker: Marker) =>
  writeFileDurably(join(dataDir, MARKER), JSON.stringify(marker));

export function markEncrypted(dataDir: string, custody: KeyCustody, at: Date) {
  writeMarker(dataDir, { custody: custody.kind, since: at.toISOString() });
}

export const isMarkedEncrypted = (dataDir: string) => existsSync(join(dataDir, MARKER));

/**
 * Seals the attachments once, at the first start with the key; the marker then says so (a start cut off halfway
 * has not written it yet, and the next one goes on).
 */
export function sealAttachmentsOnce(dataDir: string, seal: () => unknown) {
  const marker = readMarker(dataDir);
  if (marker?.filesSealed) return;
  seal();
  writeMarker(dataDir, { ...marker, filesSealed: true });
}

/** The installation's key at start-up: null when it is not encrypted; refuses to go on without an encrypted one's. */
export function installationKey(dataDir: string, custody: KeyCustody | null): Buffer | null {
  const key = custody?.load() ?? null;
  if (!key && isMarkedEncrypted(dataDir)) throw new KeyUnreadableError(custody?.where ?? 'SAMENSPEL_DB_KEY_FILE');
  return key;
}
