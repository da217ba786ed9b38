import type { Result } from './errors';
import type { EventName, EventPayload } from './events';

/**
 * The one object the renderer talks to (`window.samenspel`): the preload provides it in Electron, a
 * fetch-based client in browser mode. Both carry JSON only.
 */
export interface SamenspelBridge {
  call(method: string, input?: unknown): Promise<Result<unknown>>;
  on(event: EventName, listener: (payload: EventPayload) => void): () => void;
  /** 'electron' or 'browser', so the UI can offer native dialogs or downloads. */
  readonly transport: 'electron' | 'browser';
}
