import { Menu } from 'electron';

/** A plain application menu: the standard edit roles (copy/paste in forms) and window controls. */
export function installMenu(isPackaged: boolean) {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      { label: 'Samenspel', submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'quit', label: 'Afsluiten' }] },
      { label: 'Bewerken', role: 'editMenu' },
      {
        label: 'Beeld',
        submenu: [
          { role: 'reload', label: 'Opnieuw laden' },
          ...(isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
          { role: 'togglefullscreen', label: 'Volledig scherm' },
        ],
      },
      { label: 'Venster', role: 'windowMenu' },
    ]),
  );
}
