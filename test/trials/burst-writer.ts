/**
 * A write burst for the kill -9 trials: the app's backend on the trial's data folder creates a complex and then
 * initiatives on it as fast as it can, printing the id of each write after the app has answered that it is saved.
 * The parent kills this process with SIGKILL mid-burst; every id it printed must still be there afterwards.
 */
import { createBackend } from '../../electron/backend/create-backend';
import { keyFileFromEnvironment } from '../../electron/backend/db/encryption';
import { memorySettingsStore } from '../../electron/backend/settings-store';

async function main() {
  const [dataDir, staffId, code] = process.argv.slice(2);
  const backend = createBackend({
    dataDir: dataDir!,
    settings: memorySettingsStore({ currentStaffId: staffId! }),
    mode: 'test',
    keyCustody: keyFileFromEnvironment(dataDir!),
    backgroundCheckpoints: true,
    log: () => {},
  });
  const complex = await backend.invoke('complexes:create', {
    code: code!,
    name: `Complex ${code}`,
    homes: 10,
    buildingType: 'portiekflat',
  });
  if (!complex.ok) throw new Error(complex.error.message);
  process.stdout.write(`complex ${complex.data.id}\n`);
  for (let i = 0; ; i++) {
    const made = await backend.invoke('initiatives:create', {
      complexId: complex.data.id,
      title: `Burst ${code} ${i}`,
      origin: 'bewoners',
      practiceType: 'zelf_beter',
    });
    if (!made.ok) throw new Error(made.error.message);
    // Printed only after the commit has returned: this is the user's "opgeslagen".
    process.stdout.write(`initiative ${made.data.initiative.id}\n`);
  }
}

void main();
