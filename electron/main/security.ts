/**
 * Pure security rules of the main process, kept free of Electron imports so they are unit-tested in Node.
 * SECURITY: the renderer may only ever show our own app:// pages.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'samenspel';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const IPC_CALL_CHANNEL = 'samenspel:call';
export const IPC_EVENT_CHANNEL = 'samenspel:event';

/** In-app navigation stays on our origin; everything else (http, file, javascript:, data:) is refused. */
export function isAllowedNavigation(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** An IPC message is only accepted from a frame showing our own page. */
export function isTrustedSender(frameUrl: string | undefined | null): boolean {
  return typeof frameUrl === 'string' && isAllowedNavigation(frameUrl);
}

/** The renderer's window: every protection on, Node nowhere near the page. */
export function secureWebPreferences(preloadPath: string, isPackaged: boolean) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
    devTools: !isPackaged,
  } as const;
}
