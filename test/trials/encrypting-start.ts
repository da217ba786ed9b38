/**
 * The first start after "Database versleutelen", for the trials: opens the installation with its key file (which
 * encrypts what is still plain) and closes. The parent kills it with SIGKILL somewhere along the way.
 */
import { createBackend } from '../../electron/backend/create-backend';
import { keyFileFromEnvironment } from '../../electron/backend/db/encryption';
import { memorySettingsStore } from '../../electron/backend/settings-store';

const [dataDir, staffId] = process.argv.slice(2);
process.stdout.write('starting\n');
createBackend({
  dataDir: dataDir!,
  settings: memorySettingsStore({ currentStaffId: staffId! }),
  mode: 'test',
  keyCustody: keyFileFromEnvironment(dataDir!),
  log: () => {},
}).close();
process.stdout.write('done\n');
