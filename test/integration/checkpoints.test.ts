import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keyFileCustody } from '../../electron/backend/db/encryption';
import { sampleComplex, startInitializedBackend, tempDir, type TestBackend } from '../fixtures/backend';

let backend: TestBackend | undefined;
afterEach(() => {
  backend?.dispose();
  backend = undefined;
});

async function createInitiatives(count: number, complexId: string) {
  for (let i = 0; i < count; i++) {
    await backend!.ok('initiatives:create', {
      complexId,
      title: `Tuin ${i}`,
      origin: 'bewoners',
      practiceType: 'zelf_beter',
    });
  }
}

/** Frames in the WAL now (the first thing `wal_checkpoint` reports, before it checkpoints them itself). */
const walFrames = (db: TestBackend['db']) => (db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!.log;

/** A key file that already holds a key: the installation starts encrypted. */
function encrypted() {
  const keyFile = join(tempDir('samenspel-key-'), 'sleutel');
  writeFileSync(keyFile, randomBytes(32).toString('hex'));
  const dataDir = tempDir();
  return { dataDir, keyCustody: keyFileCustody(keyFile, dataDir) };
}

describe('WAL checkpoints in the background', () => {
  it.each([
    ['plain', {}],
    ['encrypted (the worker opens the file with the key)', encrypted()],
  ])('a worker checkpoints the WAL, so the commits never do (their backstop is 10,000 pages): %s', async (_, more) => {
    ({ backend } = await startInitializedBackend({ backgroundCheckpoints: true, ...more }));
    const complex = await backend.ok('complexes:create', sampleComplex());
    await createInitiatives(300, complex.id);
    // The worker checkpoints every 250 ms; once it has copied everything, the next commit starts the WAL over.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await createInitiatives(1, complex.id);
    // 301 creates wrote some 5,700 frames; had nobody else checkpointed, they would all still be in the WAL.
    expect(backend.db.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
    expect(walFrames(backend.db)).toBeLessThan(200);
  });
});
