import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../electron/backend/create-backend';
import { memorySettingsStore } from '../../electron/backend/settings-store';
import { sampleComplex, tempDir } from '../fixtures/backend';

let backend: Backend | undefined;
let dataDir: string | undefined;
afterEach(() => {
  backend?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  backend = dataDir = undefined;
});

async function createInitiatives(count: number, complexId: string) {
  for (let i = 0; i < count; i++) {
    const created = await backend!.invoke('initiatives:create', {
      complexId,
      title: `Tuin ${i}`,
      origin: 'bewoners',
      practiceType: 'zelf_beter',
    });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
  }
}

/** Frames in the WAL now (the first thing `wal_checkpoint` reports, before it checkpoints them itself). */
const walFrames = (db: Backend['db']) => (db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!.log;

describe('WAL checkpoints in the background', () => {
  it('a worker copies the WAL into the database file, so the commits never do (their backstop is 10,000 pages)', async () => {
    dataDir = tempDir();
    backend = createBackend({
      dataDir,
      settings: memorySettingsStore(),
      mode: 'test',
      backgroundCheckpoints: true,
      log: () => {},
    });
    const session = await backend.invoke('session:initialize', {
      staff: { name: 'Wendy Wijkbeheer', role: 'wijkbeheerder' },
      demo: false,
    });
    if (!session.ok) throw new Error(session.error.message);
    const complex = await backend.invoke('complexes:create', sampleComplex());
    if (!complex.ok) throw new Error(complex.error.message);
    await createInitiatives(300, complex.data.id);
    // The worker checkpoints every 250 ms; once it has copied everything, the next commit starts the WAL over.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await createInitiatives(1, complex.data.id);
    // 301 creates wrote some 5,700 frames; had nobody else checkpointed, they would all still be in the WAL.
    expect(backend.db.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
    expect(walFrames(backend.db)).toBeLessThan(200);
  });
});
