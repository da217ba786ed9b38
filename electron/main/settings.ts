import Store from 'electron-store';
import type { Settings } from '../../shared/contract/session';
import { DEFAULT_SETTINGS, type SettingsStore } from '../backend/settings-store';

export interface WindowState {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized: boolean;
}

interface StoredSettings {
  settings: Settings;
  window?: WindowState;
  /** The day the desktop last reminded of due follow-ups (see reminders.ts). */
  reminderShownOn?: string;
}

/** electron-store behind the settings port, plus the window's size and position. Never case data. */
export function createElectronSettings() {
  const store = new Store<StoredSettings>({ name: 'settings', defaults: { settings: DEFAULT_SETTINGS } });
  const port: SettingsStore = {
    read: () => ({ ...DEFAULT_SETTINGS, ...store.get('settings') }),
    write: (settings) => store.set('settings', settings),
  };
  return {
    port,
    windowState: () => store.get('window'),
    saveWindowState: (state: WindowState) => store.set('window', state),
    reminders: {
      shownOn: () => store.get('reminderShownOn') ?? null,
      remember: (day: string) => store.set('reminderShownOn', day),
    },
  };
}
