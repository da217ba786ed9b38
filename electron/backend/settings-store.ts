import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Settings } from '../../shared/contract/session';
import { writeFileDurably } from './durable-file';

/**
 * The settings port: language, current user, remembered grid state. Never case data.
 * Electron uses electron-store (see electron/main/settings.ts); browser mode a JSON file; tests memory.
 */
export interface SettingsStore {
  read(): Settings;
  write(settings: Settings): void;
}

export const DEFAULT_SETTINGS: Settings = { language: 'nl', currentStaffId: null, gridState: {} };

export function memorySettingsStore(initial: Partial<Settings> = {}): SettingsStore {
  let current: Settings = { ...DEFAULT_SETTINGS, ...initial };
  return {
    read: () => current,
    write: (settings) => {
      current = settings;
    },
  };
}

/** A JSON file, written durably (flushed, renamed, folder flushed) so a crash or power cut never leaves half a file. */
export function jsonFileSettingsStore(file: string): SettingsStore {
  return {
    read() {
      try {
        return { ...DEFAULT_SETTINGS, ...(JSON.parse(readFileSync(file, 'utf8')) as Partial<Settings>) };
      } catch {
        return { ...DEFAULT_SETTINGS };
      }
    },
    write(settings) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileDurably(file, JSON.stringify(settings, null, 2));
    },
  };
}
