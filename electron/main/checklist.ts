/**
 * Electron's security checklist as functions of the objects they wire, so they are unit-tested in Node without the
 * Electron binary (only types come from 'electron'). index.ts and hardening.ts pass the real app, session, web
 * contents and IPC; test/unit/electron-checklist.test.ts passes Node event emitters that behave the same way.
 */
import type { Result } from '../../shared/contract/errors';
import { refused } from '../backend/error-envelope';
import { isAllowedNavigation, isTrustedSender } from './security';

interface Preventable {
  preventDefault(): void;
}

export interface PermissionSession {
  setPermissionRequestHandler(
    handler: ((contents: unknown, permission: unknown, callback: (granted: boolean) => void) => void) | null,
  ): void;
  setPermissionCheckHandler(handler: (() => boolean) | null): void;
}

/** SECURITY: every permission request (camera, microphone, notifications, location, …) and check is refused. */
export function denyAllPermissions(session: PermissionSession) {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export interface LockableContents {
  on(event: string, listener: (event: Preventable, url: string) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

/** SECURITY: no navigation or redirect away from our own pages, no webviews and no new windows. */
export function lockDownContents(contents: LockableContents) {
  const stayHome = (event: Preventable, url: string) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export interface IpcCall<Sender> {
  senderFrame: { url: string } | null | undefined;
  sender: Sender;
}

/**
 * The handler of the one IPC channel. SECURITY: a message from any frame that is not our own page is refused
 * before its method is looked at. 'report:savePdf' needs the asking page itself; all else goes to the backend.
 */
export function ipcCallHandler<Sender>(
  call: (method: unknown, input: unknown) => Promise<Result<unknown>>,
  savePdf: (sender: Sender, input: unknown) => Promise<Result<unknown>>,
) {
  return (event: IpcCall<Sender>, method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event.senderFrame?.url))
      return Promise.resolve(refused('FORBIDDEN', 'err.http.forbiddenOrigin'));
    if (method === 'report:savePdf') return savePdf(event.sender, input);
    return call(method, input);
  };
}

export interface InstanceApp {
  requestSingleInstanceLock(): boolean;
  exit(code?: number): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

/**
 * One database, one writer: a second start hands over to the running app (which comes forward) and ends before
 * it opens the database or a window. Answers whether this is the first instance.
 */
export function claimSingleInstance(app: InstanceApp, bringForward: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.exit(0);
    return false;
  }
  app.on('second-instance', bringForward);
  return true;
}
