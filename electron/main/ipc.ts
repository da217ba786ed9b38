import { BrowserWindow, ipcMain } from 'electron';
import type { Backend } from '../backend/create-backend';
import { ipcCallHandler } from './checklist';
import { savePageAsPdf } from './save-pdf';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from './security';

/**
 * The one IPC channel: method name and input go to the registry, which checks the name against the contract
 * and validates the input. SECURITY: messages from any frame that is not our own page are refused (checklist.ts).
 */
export function connectIpc(backend: Backend) {
  ipcMain.handle(IPC_CALL_CHANNEL, ipcCallHandler(backend.call, savePageAsPdf));
  backend.events.subscribe((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(IPC_EVENT_CHANNEL, name, payload);
  });
}
