/**
 * `npm run trials`: the crash and fault trials, repeatable (not part of `npm test`; they take minutes).
 *   kill -9 during write bursts: a writer process is killed mid-burst, the app starts again on the folder, and every
 *     write it had acknowledged must be there, with the database passing integrity_check;
 *   damaged files of each kind: the app must refuse to start, offer the newest good backup, change nothing, and
 *     start again with the backup's contents once it is put back;
 *   two processes on one folder: both write at once and none of their writes fails.
 * Options: --kills N (default 40), --burst-ms M (the longest time before a kill, default 600), --encrypted (every
 * trial on an encrypted installation, its key in a key file as browser mode keeps it, and adds kill -9 during the
 * first start after encryption was turned on (--encrypting N, default 20).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  cpSync,
  existsSync,
  openSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/create-backend';
import { DatabaseUnusableError, stageRestore } from '../../electron/backend/db/backups';
import { DATABASE_FILE, openWith, PLAIN_DRIVER } from '../../electron/backend/db/connection';
import { cipherDriver, keyFileFromEnvironment, markEncrypted } from '../../electron/backend/db/encryption';
import { DatabaseTooNewError } from '../../electron/backend/db/migrations';
import { memorySettingsStore } from '../../electron/backend/settings-store';
import { startInitializedBackend, tempDir } from '../fixtures/backend';

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const KILLS = option('kills', 40);
const BURST_MS = option('burst-ms', 600);

const ENCRYPTED = process.argv.includes('--encrypted');
if (ENCRYPTED) process.env.SAMENSPEL_DB_KEY_FILE = join(tempDir('samenspel-trials-key-'), 'sleutel');

/** Opens a trial's database file directly, with the installation's key when it is encrypted. */
function openFile(file: string, options: { readonly?: boolean } = {}) {
  const key = keyFileFromEnvironment(file)?.load();
  return openWith(key ? cipherDriver(key) : PLAIN_DRIVER, file, options);
}

/** A fresh installation past first start, encrypted (key made, files encrypted at a restart) with --encrypted. */
async function installation(demo = false) {
  const dataDir = tempDir();
  const keyCustody = keyFileFromEnvironment(dataDir);
  const { backend, me } = await startInitializedBackend({ dataDir, demo, keyCustody: keyCustody ?? undefined });
  // The second installation finds the key file written for the first, and starts encrypted at once.
  if (ENCRYPTED && (await backend.ok('encryption:status', {})).state === 'plain') {
    await backend.ok('encryption:enable', {});
    backend.close();
    createBackend({ dataDir, settings: backend.settings, mode: 'test', keyCustody, log: () => {} }).close();
    return { dataDir, me, backend: null };
  }
  return { dataDir, me, backend };
}

const tally = { trials: 0, acknowledged: 0, lost: 0, integrityFailures: 0, restarts: 0, failedRestarts: 0 };
const problems: string[] = [];

function child(args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

function integrityOk(dataDir: string): boolean {
  const db = openFile(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) === 'ok';
  } finally {
    db.close();
  }
}

/** The app's next start on the folder, as after a crash; answers which of the given ids it holds. */
function restartAndFind(dataDir: string, staffId: string, ids: { complexes: string[]; initiatives: string[] }) {
  try {
    const backend = createBackend({
      dataDir,
      settings: memorySettingsStore({ currentStaffId: staffId }),
      mode: 'test',
      keyCustody: keyFileFromEnvironment(dataDir),
      log: () => {},
    });
    const present = (table: string, list: string[]) => {
      const has = backend.db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`);
      return list.filter((id) => has.get(id) !== undefined).length;
    };
    const found = present('complexes', ids.complexes) + present('initiatives', ids.initiatives);
    backend.close();
    tally.restarts++;
    return found;
  } catch (error) {
    tally.failedRestarts++;
    problems.push(`restart failed: ${error instanceof Error ? error.message : String(error)}`);
    return 0;
  }
}

async function killTrial(dataDir: string, staffId: string, trial: number) {
  const writer = child(['test/trials/burst-writer.ts', dataDir, staffId, `K${trial}`]);
  const ids = { complexes: [] as string[], initiatives: [] as string[] };
  let buffered = '';
  writer.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      const [kind, id] = line.split(' ');
      if (kind === 'complex') ids.complexes.push(id!);
      if (kind === 'initiative') ids.initiatives.push(id!);
    }
  });
  let stderr = '';
  writer.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => writer.on('exit', (_code, signal) => resolve(signal)));
  // Killed somewhere in the burst, once it has started writing.
  await new Promise<void>((resolve) => writer.stdout.once('data', () => resolve()));
  await new Promise((resolve) => setTimeout(resolve, Math.random() * BURST_MS));
  writer.kill('SIGKILL');
  const signal = await exited;
  if (signal !== 'SIGKILL') problems.push(`trial ${trial}: the writer ended by itself (${stderr.slice(0, 200)})`);
  tally.trials++;
  const acknowledged = ids.complexes.length + ids.initiatives.length;
  tally.acknowledged += acknowledged;
  if (!integrityOk(dataDir)) {
    tally.integrityFailures++;
    problems.push(`trial ${trial}: integrity_check failed`);
  }
  tally.lost += acknowledged - restartAndFind(dataDir, staffId, ids);
}

/** The file's content hash, or 'absent': a refused start must leave the file exactly as it found it. */
function hashOf(file: string) {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return 'absent';
  }
}

/** Each way a database file is found damaged or gone, applied to a copy of a used installation. */
const DAMAGE: Record<string, (file: string) => void> = {
  deleted: (file) => rmSync(file),
  'empty (0 bytes)': (file) => writeFileSync(file, ''),
  'truncated to half': (file) => truncateSync(file, Math.floor(readFileSync(file).length / 2)),
  'overwritten with text': (file) => writeFileSync(file, 'dit is geen database '.repeat(500)),
  'one page zeroed': (file) => {
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096), 0, 4096, 4096 * 20);
    closeSync(fd);
  },
  'from a newer version': (file) => {
    const db = openFile(file);
    db.pragma('user_version = 9999');
    db.close();
  },
};

async function damagedFileTrials() {
  const { dataDir: source, me, backend } = await installation(true);
  backend?.close();
  const again = createBackend({
    dataDir: source,
    settings: memorySettingsStore({ currentStaffId: me.id }),
    mode: 'test',
    keyCustody: keyFileFromEnvironment(source),
    log: () => {},
  });
  const made = await again.invoke('backups:create', {});
  again.close();
  if (!made.ok) throw new Error(made.error.message);
  const rows: string[] = [];
  for (const [kind, damage] of Object.entries(DAMAGE)) {
    const dataDir = tempDir('samenspel-trial-damage-');
    cpSync(source, dataDir, { recursive: true });
    const file = join(dataDir, DATABASE_FILE);
    damage(file);
    const before = hashOf(file);
    let changed = false;
    const settings = memorySettingsStore({ currentStaffId: me.id });
    const keyCustody = keyFileFromEnvironment(dataDir);
    const start = () => createBackend({ dataDir, settings, mode: 'test', keyCustody, log: () => {} });
    let outcome: string;
    let restored = '';
    try {
      start().close();
      outcome = 'STARTED';
      problems.push(`damaged file "${kind}": the app started on it`);
    } catch (error) {
      changed = hashOf(file) !== before;
      if (error instanceof DatabaseTooNewError) outcome = 'refused (newer version)';
      else if (error instanceof DatabaseUnusableError) {
        outcome = `refused (${error.kind}), backup offered: ${error.newest ? 'yes' : 'no'}`;
        if (!error.newest) problems.push(`damaged file "${kind}": no backup offered`);
        else {
          stageRestore(dataDir, error.newest.file);
          const again = start();
          const count = (table: string) =>
            (again.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
          const [complexes, initiatives] = [count('complexes'), count('initiatives')];
          again.close();
          restored = `restored ${complexes} complexes, ${initiatives} initiatives`;
          if (complexes !== made.data.complexes || initiatives !== made.data.initiatives)
            problems.push(`damaged file "${kind}": the restore holds other counts than the backup`);
        }
      } else {
        outcome = `ERROR: ${error instanceof Error ? error.message : String(error)}`;
        problems.push(`damaged file "${kind}": ${outcome}`);
      }
    }
    const unchanged = !changed;
    if (changed) problems.push(`damaged file "${kind}": the refused file was changed`);
    rows.push(
      `  ${kind.padEnd(24)} ${outcome}${restored ? `; ${restored}` : ''}; file unchanged: ${unchanged ? 'yes' : 'NO'}`,
    );
    rmSync(dataDir, { recursive: true, force: true });
  }
  rmSync(source, { recursive: true, force: true });
  return rows;
}

/**
 * kill -9 during the first start after "Database versleutelen" (with --encrypted): the start rekeys a database of
 * some 100 MB, is killed somewhere along the way, and the next start must open it with all its rows.
 */
async function interruptedEncryption(trials: number) {
  const source = tempDir('samenspel-trial-plain-');
  const plain = await startInitializedBackend({ dataDir: source });
  plain.backend.db.exec(
    `CREATE TABLE bulk (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
     WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000)
     INSERT INTO bulk (text) SELECT printf('Bewoner %d %.300c', i, 'x') FROM n`,
  );
  plain.backend.close();
  const custody = keyFileFromEnvironment(source)!;
  const tally = { trials: 0, midway: 0, failed: 0 };
  for (let trial = 1; trial <= trials; trial++) {
    const dataDir = tempDir('samenspel-trial-encrypting-');
    cpSync(source, dataDir, { recursive: true });
    markEncrypted(dataDir, custody, new Date());
    const starting = child(['test/trials/encrypting-start.ts', dataDir, plain.me.id]);
    const exited = new Promise((resolve) => starting.on('exit', resolve));
    await new Promise<void>((resolve) => starting.stdout.once('data', () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 1_500));
    starting.kill('SIGKILL');
    await exited;
    tally.trials++;
    if (existsSync(join(dataDir, `${DATABASE_FILE}-journal`))) tally.midway++;
    try {
      const again = createBackend({
        dataDir,
        settings: memorySettingsStore({ currentStaffId: plain.me.id }),
        mode: 'test',
        keyCustody: custody,
        log: () => {},
      });
      const rows = (again.db.prepare('SELECT count(*) AS n FROM bulk').get() as { n: number }).n;
      const ok = again.db.pragma('integrity_check', { simple: true }) === 'ok';
      again.close();
      if (rows !== 300_000 || !ok) throw new Error(`${rows} rows, integrity ${ok ? 'ok' : 'failed'}`);
    } catch (error) {
      tally.failed++;
      problems.push(`encrypting start ${trial}: ${error instanceof Error ? error.message : String(error)}`);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
  rmSync(source, { recursive: true, force: true });
  const { trials: count, midway, failed } = tally;
  return `kill -9 during the first encrypting start: ${count} trials, ${midway} mid-rekey, ${failed} failed to open`;
}

function twoWriters(dataDir: string, staffId: string, count: number) {
  const run = (prefix: string) =>
    new Promise<{ created: number; failures: string[] }>((resolve, reject) => {
      const writer = child(['test/fixtures/writer-process.ts', dataDir, staffId, prefix, String(count)]);
      let out = '';
      writer.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      writer.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`writer exited ${code}`))));
    });
  return Promise.all([run('TA'), run('TB')]);
}

async function main() {
  const { dataDir, me, backend } = await installation();
  backend?.close();
  console.log(ENCRYPTED ? 'encrypted installation (SQLCipher 4, key file)' : 'plain installation');
  const started = Date.now();
  for (let trial = 1; trial <= KILLS; trial++) await killTrial(dataDir, me.id, trial);
  const killSeconds = (Date.now() - started) / 1000;
  const damage = await damagedFileTrials();
  const encrypting = ENCRYPTED ? await interruptedEncryption(option('encrypting', 20)) : null;
  const writers = await twoWriters(dataDir, me.id, 300);
  const written = writers.reduce((sum, w) => sum + w.created, 0);
  const failures = writers.flatMap((w) => w.failures);
  if (failures.length)
    problems.push(`two processes: ${failures.length} writes failed (${failures.slice(0, 5).join(', ')})`);
  if (!integrityOk(dataDir)) problems.push('two processes: integrity_check failed');
  rmSync(dataDir, { recursive: true, force: true });

  console.log(`kill -9 during write bursts (${killSeconds.toFixed(0)} s)`);
  console.log(`  trials                 ${tally.trials}`);
  console.log(`  acknowledged writes    ${tally.acknowledged}`);
  console.log(`  acknowledged lost      ${tally.lost}`);
  console.log(`  integrity failures     ${tally.integrityFailures}`);
  console.log(`  restarts ok / failed   ${tally.restarts} / ${tally.failedRestarts}`);
  console.log(`damaged files (${damage.length} kinds)`);
  for (const row of damage) console.log(row);
  console.log(`two processes on one folder: ${written} of 600 writes, ${failures.length} failed`);
  if (encrypting) console.log(encrypting);
  for (const problem of problems) console.log(`PROBLEM ${problem}`);
  console.log(problems.length ? `trials: ${problems.length} problems` : 'trials: no problems');
  process.exit(problems.length ? 1 : 0);
}

void main();
