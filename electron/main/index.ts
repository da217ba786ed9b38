/** Electron's main process: lifecycle only. The backend is the same plain-Node one browser mode uses. */
import { app, BrowserWindow, dialog, safeStorage } from 'electron';
import { join } from 'node:path';
import { createBackend, type Backend } from '../backend/create-backend';
import { DatabaseTooNewError, MigrationFailedError } from '../backend/db/migrations';
import { DatabaseUnusableError, stageRestore } from '../backend/db/backups';
import { keyFileFromEnvironment, KeyUnreadableError } from '../backend/db/encryption';
import { limitHeapGrowth } from '../backend/memory';
import { claimSingleInstance } from './checklist';
import { saveDownloadsThroughDialog } from './downloads';
import { bringForward, showMyWork } from './focus';
import { hardenAllContents } from './hardening';
import { safeStorageCustody } from './key-custody';
import { connectIpc } from './ipc';
import { installMenu } from './menu';
import { remindOfDueWork } from './reminders';
import { registerAppScheme, serveRenderer } from './protocol';
import { createElectronSettings } from './settings';
import { showSplash } from './splash';
import { startupMessage } from './splash-page';
import { createMainWindow } from './window';

declare const __APP_VERSION__: string;

limitHeapGrowth();
registerAppScheme();
// app.quit() alone still let whenReady run, so a second instance briefly opened the database and a window.
const isFirstInstance = claimSingleInstance(app, () => bringForward(BrowserWindow.getAllWindows()[0]));

let backend: Backend | undefined;

function startupFailure(error: unknown): string {
  if (error instanceof DatabaseTooNewError) {
    return (
      `De database is gemaakt door een nieuwere versie van Samenspel (schema ${error.found}; deze versie kent ` +
      `${error.supported}). Installeer de nieuwste versie. Er is niets gewijzigd.`
    );
  }
  if (error instanceof MigrationFailedError) {
    return (
      `Het bijwerken van de database is mislukt bij ${error.migration}. Er is niets gewijzigd. Neem contact op ` +
      `met uw beheerder.\n\n${error.message}`
    );
  }
  if (error instanceof DatabaseUnusableError || error instanceof KeyUnreadableError) return error.dutch();
  return `Samenspel kon niet starten: ${error instanceof Error ? error.message : String(error)}`;
}

if (isFirstInstance)
  void app.whenReady().then(async () => {
    const dataDir = process.env.SAMENSPEL_DATA_DIR ?? app.getPath('userData');
    const settings = createElectronSettings();
    hardenAllContents();
    // Checking (and, the first time after "Database versleutelen", encrypting) the database takes seconds to
    // minutes at a corporation's scale: a window says so meanwhile.
    const splash = await showSplash(startupMessage(dataDir));
    try {
      backend = createBackend({
        dataDir,
        settings: settings.port,
        mode: 'electron',
        version: __APP_VERSION__,
        autoSync: true,
        dailyBackup: true,
        backgroundCheckpoints: true,
        sqliteBinding: process.env.SAMENSPEL_SQLITE_BINDING,
        cipherBinding: process.env.SAMENSPEL_SQLITE_CIPHER_BINDING,
        // A key file (the recovery key) opens an installation whose own key store is gone.
        keyCustody: keyFileFromEnvironment(dataDir) ?? safeStorageCustody(dataDir, safeStorage),
      });
    } catch (error) {
      // The splash stays behind the message; app.exit below closes it.
      if (error instanceof DatabaseUnusableError && error.newest) {
        // Missing or damaged: offer the newest good backup; never start empty over the user's data.
        const choice = dialog.showMessageBoxSync({
          type: 'error',
          title: 'Samenspel kan niet starten',
          message: error.dutch(),
          buttons: ['Nieuwste back-up terugzetten', 'Afsluiten'],
          defaultId: 0,
          cancelId: 1,
        });
        if (choice === 0) {
          stageRestore(dataDir, error.newest.file);
          app.relaunch();
        }
        app.exit(choice === 0 ? 0 : 1);
        return;
      }
      // A failed or refused migration stops the app with a clear message; it is never skipped.
      dialog.showErrorBox('Samenspel kan niet starten', startupFailure(error));
      app.exit(1);
      return;
    }
    saveDownloadsThroughDialog();
    installMenu(app.isPackaged);
    serveRenderer(join(__dirname, '..', 'renderer'), backend);
    connectIpc(backend);
    const window = createMainWindow({
      state: settings.windowState(),
      isPackaged: app.isPackaged,
      onBoundsChanged: settings.saveWindowState,
    });
    window.once('ready-to-show', () => splash.destroy());
    remindOfDueWork(backend, settings.reminders, () => showMyWork(window));
  });

app.on('window-all-closed', () => {
  backend?.close();
  app.quit();
});
