/**
 * Runs the backend's figures in a fresh process, apart from the benchmark that generated the data and holds it in
 * memory. Prints its figures as JSON. (The backend's memory is measured from outside: server-memory.ts.)
 */
import { createBackend } from '../../electron/backend/create-backend';
import { limitHeapGrowth } from '../../electron/backend/memory';
import { memorySettingsStore } from '../../electron/backend/settings-store';
import { recompute } from './advice';
import { listAndCreate } from './foundation';
import { globalSearch, searchComplex, searchResident } from './field-work';
import { budgetOverview } from './money';
import { requirements } from './liability';
import { evidence, welcomeWorklist } from './reciprocity';

async function main() {
  // As the app's processes do (electron/main, electron/server/cli), so the figures are the app's.
  limitHeapGrowth();
  const [dataDir, staffId] = process.argv.slice(2);
  const backend = createBackend({
    dataDir: dataDir!,
    settings: memorySettingsStore({ currentStaffId: staffId! }),
    mode: 'test',
    backgroundCheckpoints: true,
    log: () => {},
  });
  const figures = [
    ...(await listAndCreate(backend)),
    ...(await recompute(backend)),
    ...(await searchComplex(backend)),
    ...(await searchResident(backend, staffId!)),
    ...(await globalSearch(backend)),
    ...(await budgetOverview(backend, staffId!)),
    ...(await requirements(backend, staffId!)),
    ...(await evidence(backend)),
    ...(await welcomeWorklist(backend, staffId!)),
  ];
  backend.close();
  process.stdout.write(JSON.stringify(figures));
}

void main();
