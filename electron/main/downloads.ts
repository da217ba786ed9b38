import { app, session } from 'electron';
import { extname, join } from 'node:path';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.xlsx': { name: 'Excel-werkmap', extensions: ['xlsx'] },
  '.csv': { name: 'CSV (puntkomma, UTF-8)', extensions: ['csv'] },
  '.json': { name: 'JSON', extensions: ['json'] },
};

/**
 * Exports reach the user as downloads (the same code path as browser mode). On the desktop every download opens
 * the native save dialog, starting in the Downloads folder under the export's own name.
 */
export function saveDownloadsThroughDialog() {
  session.defaultSession.on('will-download', (_event, item) => {
    const filter = FILTERS[extname(item.getFilename()).toLowerCase()];
    item.setSaveDialogOptions({
      title: 'Opslaan als',
      defaultPath: join(app.getPath('downloads'), item.getFilename()),
      ...(filter ? { filters: [filter] } : {}),
    });
  });
}
