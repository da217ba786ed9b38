import { BrowserWindow, ipcMain } from 'electron';
import type { Backend } from '../backend/create-backend';
import { savePageAsPdf } from './save-pdf';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, isTrustedSender } from './security';

/**
 * The one IPC channel: method name and input go to the registry, which checks the name against the contract
 * and validates the input. SECURITY: messages from any frame that is not our own page are refused.
 */
export function connectIpc(backend: Backend) {
  ipcMain.handle(IPC_CALL_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url)) {
      return {
        ok: false,
        error: {
          code: 'FORBIDDEN',
          messageKey: 'err.http.forbiddenOrigin',
          message: 'Verzoek van een onbekende bron geweigerd.',
        },
      };
    }
    // The one method that needs the page itself is answered here; everything else goes to the backend.
    if (method === 'report:savePdf') return savePageAsPdf(event.sender, input);
    return backend.call(method, input);
  });
  backend.events.subscribe((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(IPC_EVENT_CHANNEL, name, payload);
  });
}
