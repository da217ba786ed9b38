/**
 * The preload: exposes exactly one object, window.samenspel, with `call` and `on`. SECURITY: no Electron or
 * Node object crosses into the page; only JSON goes through the one IPC channel.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { SamenspelBridge } from '../../shared/contract/bridge';
import type { EventName, EventPayload } from '../../shared/contract/events';
import { IPC_CALL_CHANNEL as CALL, IPC_EVENT_CHANNEL as EVENT } from '../main/security';

const bridge: SamenspelBridge = {
  transport: 'electron',
  call: (method, input) => ipcRenderer.invoke(CALL, method, input),
  on(event, listener) {
    const handler = (_e: IpcRendererEvent, name: EventName, payload: EventPayload) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT, handler);
    return () => ipcRenderer.removeListener(EVENT, handler);
  },
};

contextBridge.exposeInMainWorld('samenspel', bridge);
