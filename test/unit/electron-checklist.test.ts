/**
 * Electron's checklist as wired (checklist.ts, focus.ts): the same functions index.ts gives the real app, session,
 * web contents and IPC, here given Node event emitters that call their listeners as Electron does. The desktop
 * suite (test/e2e/electron) checks the same behaviour in the real binary where one is installed.
 */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { OPEN_MY_WORK } from '../../shared/contract/events';
import {
  claimSingleInstance,
  denyAllPermissions,
  ipcCallHandler,
  lockDownContents,
  type PermissionSession,
} from '../../electron/main/checklist';
import { bringForward, showMyWork } from '../../electron/main/focus';
import { IPC_EVENT_CHANNEL } from '../../electron/main/security';
import { startInitializedBackend, type TestBackend } from '../fixtures/backend';

/** An Electron-style event: a listener may call preventDefault, the emitter reads it afterwards. */
function navigationEvent() {
  return {
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

class Contents extends EventEmitter {
  openHandler?: () => { action: 'deny' };
  setWindowOpenHandler(handler: () => { action: 'deny' }) {
    this.openHandler = handler;
  }
  /** Emits as Electron does before a navigation and answers whether it goes ahead. */
  navigates(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url = '') {
    const raised = navigationEvent();
    this.emit(event, raised, url);
    return !raised.prevented;
  }
}

describe('permissions', () => {
  it('refuses every permission request and check', () => {
    let request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] = null;
    let check: (() => boolean) | null = null;
    denyAllPermissions({
      setPermissionRequestHandler: (handler) => (request = handler),
      setPermissionCheckHandler: (handler) => (check = handler),
    });
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const answers: boolean[] = [];
      request!({}, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
    }
    expect(check!()).toBe(false);
  });
});

describe('web contents', () => {
  it('stays on our own pages, attaches no webview and opens no window', () => {
    const contents = new Contents();
    lockDownContents(contents);
    expect(contents.navigates('will-navigate', 'app://samenspel/index.html#/complexen')).toBe(true);
    for (const url of ['https://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'app://other/']) {
      expect(contents.navigates('will-navigate', url)).toBe(false);
      expect(contents.navigates('will-redirect', url)).toBe(false);
    }
    expect(contents.navigates('will-redirect', 'app://samenspel/index.html')).toBe(true);
    expect(contents.navigates('will-attach-webview')).toBe(false);
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });
  });
});

describe('the IPC channel as wired', () => {
  let backend: TestBackend | undefined;
  afterEach(() => backend?.dispose());

  it('refuses a foreign frame before the method runs, answers our page, gives the PDF save its sender', async () => {
    ({ backend } = await startInitializedBackend());
    const printed: string[] = [];
    const handle = ipcCallHandler(backend.call, (sender: string) => {
      printed.push(sender);
      return Promise.resolve({ ok: true, data: { saved: false, path: null } });
    });
    const create = { code: 'C9', name: 'Van buiten', homes: 10, buildingType: 'portiekflat' };
    for (const frame of [{ url: 'https://evil.example/' }, { url: 'file:///tmp/x.html' }, null, undefined]) {
      const answer = await handle({ senderFrame: frame, sender: 'page' }, 'complexes:create', create);
      expect(answer).toEqual({
        ok: false,
        error: {
          code: 'FORBIDDEN',
          messageKey: 'err.http.forbiddenOrigin',
          message: 'Verzoek van een andere website geweigerd.',
        },
      });
    }
    expect(await backend.ok('complexes:list', {})).toHaveLength(0);
    const ours = { senderFrame: { url: 'app://samenspel/index.html' }, sender: 'page' };
    expect(await handle(ours, 'app:info', {})).toMatchObject({ ok: true, data: { mode: 'test' } });
    expect(await handle(ours, 'complexes:create', create)).toMatchObject({ ok: true, data: { code: 'C9' } });
    expect(await handle(ours, 'report:savePdf', { fileName: 'rapport.pdf' })).toMatchObject({ ok: true });
    expect(printed).toEqual(['page']);
  });
});

class App extends EventEmitter {
  exits: number[] = [];
  constructor(private readonly locked: boolean) {
    super();
  }
  requestSingleInstanceLock() {
    return this.locked;
  }
  exit(code = 0) {
    this.exits.push(code);
  }
}

class Window {
  calls: string[] = [];
  sent: unknown[][] = [];
  webContents = { send: (...args: unknown[]) => this.sent.push(args) };
  constructor(
    private readonly minimized: boolean,
    private readonly destroyed = false,
  ) {}
  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimized;
  restore = () => this.calls.push('restore');
  focus = () => this.calls.push('focus');
}

describe('single instance', () => {
  it('a second start ends at once and brings the running app forward', () => {
    const running = new App(true);
    const window = new Window(true);
    expect(claimSingleInstance(running, () => bringForward(window))).toBe(true);
    const second = new App(false);
    expect(claimSingleInstance(second, () => bringForward(window))).toBe(false);
    expect(second.exits).toEqual([0]);
    expect(second.listenerCount('second-instance')).toBe(0);
    expect(running.exits).toEqual([]);
    running.emit('second-instance');
    expect(window.calls).toEqual(['restore', 'focus']);
  });
});

describe('the reminder', () => {
  it('a click brings the window forward on Mijn werk', () => {
    const window = new Window(false);
    showMyWork(window);
    expect(window.calls).toEqual(['focus']);
    expect(window.sent).toEqual([[IPC_EVENT_CHANNEL, OPEN_MY_WORK, {}]]);
    const closed = new Window(true, true);
    showMyWork(closed);
    expect([closed.calls, closed.sent]).toEqual([[], []]);
  });
});
