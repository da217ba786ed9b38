/**
 * `npm run start:browser`: starts the backend and serves the built renderer on 127.0.0.1, then prints the
 * one address to open (token included).
 */
import { join } from 'node:path';
import { createBackend } from '../backend/create-backend';
import { defaultDataDir } from '../backend/data-dir';
import { DatabaseTooNewError, MigrationFailedError } from '../backend/db/migrations';
import { DatabaseUnusableError, newestGoodBackup, stageRestore } from '../backend/db/backups';
import { keyFileFromEnvironment, KeyUnreadableError } from '../backend/db/encryption';
import { limitHeapGrowth } from '../backend/memory';
import { jsonFileSettingsStore } from '../backend/settings-store';
import { startBrowserServer } from './server';

declare const __APP_VERSION__: string;

async function main() {
  limitHeapGrowth();
  const dataDir = defaultDataDir();
  const port = Number(process.env.SAMENSPEL_PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`SAMENSPEL_PORT must be a port number (0 = any free port), not "${process.env.SAMENSPEL_PORT}".`);
    process.exit(2);
  }
  if (process.argv.includes('--restore-newest')) {
    const newest = newestGoodBackup(dataDir);
    if (!newest) {
      console.error(`Er is geen goede back-up in ${dataDir}.`);
      process.exit(1);
    }
    stageRestore(dataDir, newest.file);
    console.log(`De back-up ${newest.file} wordt teruggezet.`);
  }
  let backend;
  try {
    backend = createBackend({
      dataDir,
      settings: jsonFileSettingsStore(join(dataDir, 'settings.json')),
      mode: 'browser',
      version: __APP_VERSION__,
      autoSync: true,
      dailyBackup: true,
      backgroundCheckpoints: true,
      keyCustody: keyFileFromEnvironment(dataDir),
      onEncrypting: (files, bytes) => {
        const size = `${files} bestanden, ${Math.ceil(bytes / 1048576)} MB`;
        console.log(
          `Samenspel versleutelt de database en de back-ups (${size}); dit duurt ongeveer 10 seconden per GB.`,
        );
      },
    });
  } catch (error) {
    if (error instanceof DatabaseTooNewError) {
      console.error(
        `De database in ${dataDir} komt van een nieuwere versie van Samenspel (schema ${error.found}, deze versie ` +
          `kent ${error.supported}). Installeer de nieuwste versie; er is niets gewijzigd.`,
      );
    } else if (error instanceof MigrationFailedError) {
      console.error(
        `Het bijwerken van de database in ${dataDir} is mislukt (${error.message}). Er is niets gewijzigd; neem ` +
          `contact op met de beheerder.`,
      );
    } else if (error instanceof KeyUnreadableError) {
      console.error(error.dutch());
    } else if (error instanceof DatabaseUnusableError) {
      console.error(error.dutch());
      if (error.newest) console.error('Zet die terug met: npm run start:browser -- --restore-newest');
    } else throw error;
    process.exit(1);
  }
  const server = await startBrowserServer({ backend, staticDir: join(__dirname, '..', 'renderer'), port });
  console.log(`Samenspel (browser mode) is running; open ${server.url}`);
  // Closing the server may fail (a socket that will not close); the backend closes and the process ends anyway.
  const stop = () =>
    void server.close().finally(() => {
      backend.close();
      process.exit(0);
    });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
