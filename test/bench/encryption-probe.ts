/**
 * Encryption at rest on the full-scale database, last in the run (it encrypts the bench's database in place):
 * how long the first start after "Database versleutelen" takes (the 100,000-initiative database and its backup
 * are encrypted), and the list and create figures again on the encrypted files, to set beside the plain ones of
 * backend-probe.ts from the same run. Prints its figures as JSON.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/create-backend';
import { keyFileCustody } from '../../electron/backend/db/encryption';
import { limitHeapGrowth } from '../../electron/backend/memory';
import { memorySettingsStore } from '../../electron/backend/settings-store';
import { tempDir } from '../fixtures/backend';
import { listAndCreate } from './foundation';
import { type Figure, round, timeSync } from './measure';
import { serverMemory } from './server-memory';

const KEPT = ['list_100k_ms', 'create_p50_ms', 'create_p99_ms'];

async function main() {
  limitHeapGrowth();
  const [dataDir, staffId] = process.argv.slice(2);
  const keyFolder = tempDir('samenspel-bench-key-');
  const keyCustody = keyFileCustody(join(keyFolder, 'sleutel'), dataDir!);
  const start = () =>
    createBackend({
      dataDir: dataDir!,
      settings: memorySettingsStore({ currentStaffId: staffId! }),
      mode: 'test',
      backgroundCheckpoints: true,
      keyCustody,
      log: () => {},
    });
  const plain = start();
  const enabled = await plain.invoke('encryption:enable', {});
  plain.close();
  if (!enabled.ok) throw new Error(enabled.error.message);
  const first = timeSync(start);
  const backend = first.result;
  const figures: Figure[] = [{ name: 'encrypt_at_start_100k_ms', value: round(first.ms), unit: 'ms' }];
  const encrypted = [
    ...(await listAndCreate(backend)).filter((figure) => KEPT.includes(figure.name)),
    ...(await serverMemory(dataDir!, staffId!, { SAMENSPEL_DB_KEY_FILE: join(keyFolder, 'sleutel') })),
  ];
  for (const figure of encrypted) figures.push({ ...figure, name: `encrypted_${figure.name}` });
  backend.close();
  rmSync(keyFolder, { recursive: true, force: true });
  process.stdout.write(JSON.stringify(figures));
}

void main();
