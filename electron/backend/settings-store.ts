import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Settings } from '../../shared/contract/methods';

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

/** A JSON file, written to a temporary name and renamed so a crash never leaves half a file. */
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
      writeFileSync(`${file}.tmp`, JSON.stringify(settings, null, 2));
      renameSync(`${file}.tmp`, file);
    },
  };
}
