/** Contract for the session: the app's facts, first start, the current user and the settings. */
import { z } from 'zod';
import type { Staff } from '../domain/entities';
import { staffInput } from './staff';
import { id, none } from './fields';
import { method } from './method';

/** The languages of the UI, Dutch first. */
export const LANGUAGES = ['nl', 'en'] as const;

/** The change-log entity under which every switch of the current user (and so of role) is recorded. */
export const USER_SWITCH_LOG_ID = '00000000-0000-7000-8000-0000000005e1';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataDir: string;
  mode: 'electron' | 'browser' | 'test';
}

export interface Settings {
  language: (typeof LANGUAGES)[number];
  currentStaffId: string | null;
  gridState: Record<string, unknown>;
}

export interface Session {
  initialized: boolean;
  settings: Settings;
  currentStaff: Staff | null;
  staff: Staff[];
}

export const settingsPatch = z
  .object({
    language: z.enum(LANGUAGES, { error: 'err.settings.language' }).optional(),
    currentStaffId: id.optional(),
    gridState: z.record(z.string().max(60), z.unknown()).optional(),
  })
  .strict();

export const sessionMethods = {
  /** Version, schema version, data folder and transport mode; for the about box and support. */
  'app:info': method<AppInfo>()(none, { reads: [] }),
  /** Whether first start is done, the settings and the current staff member. */
  'session:get': method<Session>()(none, { reads: ['staff', 'settings'] }),
  /** First start: registers the user and optionally fills the database with the demo corporation. */
  'session:initialize': method<Session>()(z.object({ staff: staffInput, demo: z.boolean() }).strict(), {
    changes: ['staff', 'complexes', 'initiatives', 'fieldwork'],
    sync: 'local',
  }),
  /** Switches to another staff member, or changes language or remembered grid state. */
  'settings:update': method<Settings>()(settingsPatch, { changes: ['settings'], sync: 'local' }),
} as const;
