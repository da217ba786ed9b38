import { BrowserWindow } from 'electron';
import { splashHtml } from './splash-page';

/**
 * Shows the start-up window and resolves once it is on screen. The start that follows runs on this (the main)
 * process and holds it until it is done; the page is painted by its own renderer process before that, so it stays
 * visible throughout. SECURITY: no preload and no JavaScript; the page is a fixed text (see splash-page.ts).
 */
export function showSplash(message: string): Promise<BrowserWindow> {
  const splash = new BrowserWindow({
    width: 460,
    height: 260,
    resizable: false,
    frame: false,
    show: false,
    title: 'Samenspel',
    backgroundColor: '#f4f7f7',
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      devTools: false,
      spellcheck: false,
    },
  });
  const shown = new Promise<BrowserWindow>((resolve) => {
    splash.once('ready-to-show', () => {
      splash.show();
      // A moment for the shown window to reach the screen before the main process is busy.
      setTimeout(() => resolve(splash), 100);
    });
    // A splash that never gets ready must not keep Samenspel from starting.
    setTimeout(() => resolve(splash), 2_000);
  });
  void splash.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(splashHtml(message))}`);
  return shown;
}
