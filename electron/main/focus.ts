/**
 * Bringing the main window forward, kept free of Electron imports so it is unit-tested in Node (only the shapes
 * of BrowserWindow it uses are named here).
 */
import { OPEN_MY_WORK } from '../../shared/contract/events';
import { IPC_EVENT_CHANNEL } from './security';

export interface ForwardableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
}

/** Shows a window that may be minimised (a second start, a click on the reminder). */
export function bringForward(window: ForwardableWindow | undefined) {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

export interface ReminderWindow extends ForwardableWindow {
  webContents: { send(channel: string, ...args: unknown[]): void };
}

/** A click on the reminder of due follow-ups: the window comes forward and shows Mijn werk, where they are. */
export function showMyWork(window: ReminderWindow | undefined) {
  bringForward(window);
  if (window && !window.isDestroyed()) window.webContents.send(IPC_EVENT_CHANNEL, OPEN_MY_WORK, {});
}
