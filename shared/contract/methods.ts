/**
 * The one contract between the UI and the backend: every method by name, with the zod schema of its input
 * and (as a type only) its output. Electron IPC, browser-mode HTTP and tests all call through this map.
 */
import { z } from 'zod';
import type {
  AdviceSnapshot,
  AuditEntry,
  Complex,
  Initiative,
  InitiativeRow,
  Staff,
  StatusChange,
} from '../domain/entities';
import type { RuleSet } from '../domain/recommendation/engine';
import {
  complexCreateInput,
  complexUpdateInput,
  initiativeCreateInput,
  initiativeTransitionInput,
  initiativeUpdateInput,
  ruleSettingsInput,
  settingsPatch,
  staffInput,
} from './schemas';
import { id } from './fields';

import { fieldWorkMethods } from './field-work-methods';
import { liabilityMethods } from './liability-contract';
import { moneyMethods } from './money-contract';
import { dashboardMethods } from './dashboard';
import { exportMethods } from './exports';
import { importMethods } from './imports';
import { reportMethods } from './report';
import { viewMethods } from './views';
import { method } from './method';
import type { RowTable } from './row-table';
import { teamMethods } from './team-methods';
import { backupMethods } from './backup-methods';
import { reciprocityMethods } from './reciprocity-methods';
import { wijkMethods } from './wijk-methods';
import { searchMethods } from './search-methods';

const none = z.object({}).strict().default({});
const byId = z.object({ id }).strict();
/** A page of initiatives, newest first: all, or of one complex; `before` is the id to continue after. */
const initiativePage = z
  .object({ complexId: id.optional(), before: id.optional(), limit: z.number().int().min(1).max(100_000).optional() })
  .strict()
  .default({});

/** The change-log entity under which every switch of the current user (and so of role) is recorded. */
export const USER_SWITCH_LOG_ID = '00000000-0000-7000-8000-0000000005e1';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataDir: string;
  mode: 'electron' | 'browser' | 'test';
}

export interface Settings {
  language: 'nl' | 'en';
  currentStaffId: string | null;
  gridState: Record<string, unknown>;
}

export interface Session {
  initialized: boolean;
  settings: Settings;
  currentStaff: Staff | null;
  staff: Staff[];
}

export interface InitiativeDetail {
  initiative: Initiative;
  history: StatusChange[];
  allowedTransitions: Initiative['status'][];
  /** Advice snapshots, newest first. */
  snapshots: AdviceSnapshot[];
}

export interface RuleSetInfo extends RuleSet {
  createdAt: string | null;
  createdByName: string | null;
  note: string;
}

export const methods = {
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
  /** All staff members. */
  'staff:list': method<Staff[]>()(none, { reads: ['staff'] }),
  /** Adds a staff member. */
  'staff:create': method<Staff>()(staffInput, { changes: ['staff'], sync: 'online' }),
  /** All complexes with their open-initiative counts; archived ones only when asked. */
  'complexes:list': method<Complex[]>()(z.object({ includeArchived: z.boolean().optional() }).strict().default({}), {
    reads: ['complexes', 'initiatives'],
  }),
  /** One complex. */
  'complexes:get': method<Complex>()(byId, { reads: ['complexes', 'initiatives'] }),
  /** Creates a complex; its code must be unique. */
  'complexes:create': method<Complex>()(complexCreateInput, { changes: ['complexes'], sync: 'offline' }),
  /** Updates a complex; `version` must match the stored one (optimistic concurrency). */
  'complexes:update': method<Complex>()(complexUpdateInput, { changes: ['complexes'], sync: 'offline' }),
  /** Archives a complex (never a hard delete). */
  'complexes:archive': method<Complex>()(z.object({ id, version: z.number().int() }).strict(), {
    changes: ['complexes'],
    sync: 'offline',
  }),
  /** Brings an archived complex back. */
  'complexes:restore': method<Complex>()(z.object({ id, version: z.number().int() }).strict(), {
    changes: ['complexes'],
    sync: 'offline',
  }),
  /**
   * Initiatives across all complexes, or of one complex, newest first. `before` and `limit` page through
   * them, so a grid can show the newest rows at once and load the rest behind them.
   */
  'initiatives:list': method<InitiativeRow[]>()(initiativePage, { reads: ['complexes', 'initiatives'] }),
  /** The same rows as `initiatives:list` in the grid's compact form: column names once, each row an array. */
  'initiatives:table': method<RowTable<InitiativeRow>>()(initiativePage, { reads: ['complexes', 'initiatives'] }),
  /** One initiative with its status history and the statuses it may move to. */
  'initiatives:get': method<InitiativeDetail>()(byId, { reads: ['complexes', 'initiatives'] }),
  /** Creates an initiative in status "aangemaakt". */
  'initiatives:create': method<InitiativeDetail>()(initiativeCreateInput, {
    changes: ['initiatives'],
    sync: 'offline',
  }),
  /** Updates an initiative's fields (not its status); `version` must match. */
  'initiatives:update': method<InitiativeDetail>()(initiativeUpdateInput, {
    changes: ['initiatives'],
    sync: 'offline',
  }),
  /** Moves an initiative to another status; closing needs an outcome, reopening is recorded. */
  'initiatives:transition': method<InitiativeDetail>()(initiativeTransitionInput, {
    changes: ['initiatives'],
    sync: 'offline',
  }),
  /** The rule set in force: its version and each rule's on/off and weight (the rules page and the live card). */
  'advice:rules': method<RuleSetInfo>()(none, { reads: ['initiatives'] }),
  /** A teamleider changes rule weights or switches rules off; this makes a new rule-set version. */
  'advice:updateRules': method<RuleSetInfo>()(ruleSettingsInput, { changes: ['initiatives'], sync: 'online' }),
  /** "Herbereken": recomputes the advice of every open initiative with the current rule set. */
  'advice:recompute': method<{ checked: number; changed: number; ruleSetVersion: number }>()(none, {
    changes: ['initiatives'],
    sync: 'online',
  }),
  /** The audit trail of one record, newest first. */
  'audit:list': method<AuditEntry[]>()(z.object({ entityId: id }).strict(), {
    reads: ['complexes', 'initiatives', 'fieldwork', 'staff', 'settings'],
  }),
  ...fieldWorkMethods,
  ...moneyMethods,
  ...liabilityMethods,
  ...importMethods,
  ...exportMethods,
  ...dashboardMethods,
  ...reportMethods,
  ...viewMethods,
  ...teamMethods,
  ...backupMethods,
  ...reciprocityMethods,
  ...wijkMethods,
  ...searchMethods,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Methods[M]['output']>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name);
}
