import type { AppInfo } from '../../shared/contract/session';
import type { Staff } from '../../shared/domain/entities';
import { AppError } from './app-error';
import type { Db } from './db/connection';
import type { Repositories } from './db/repositories';
import type { SettingsStore } from './settings-store';
import type { AttachmentStore } from './attachments/store';
import type { Result } from '../../shared/contract/errors';
import type { TeamSync } from './sync/engine';
import type { KeyCustody } from './db/encryption';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** What every handler gets: the database, repositories, settings, the clock and who is acting. */
export interface HandlerContext {
  db: Db;
  repos: Repositories;
  settings: SettingsStore;
  files: AttachmentStore;
  clock: Clock;
  info: Omit<AppInfo, 'schemaVersion'>;
  /** The team edition's sync (passes everything through in solo use). */
  team: TeamSync;
  /** Calls another method through the registry, as the UI would (validation, team dispatch, events). */
  call(method: string, input: unknown): Promise<Result<unknown>>;
  /** Runs a long write (one transaction across pauses) as the only write under way; see write-gate.ts. */
  writeAlone<T>(work: () => Promise<T>): Promise<T>;
  /** Encryption at rest: who keeps the key, and whether this run opened the files with it. */
  encryption: { custody: KeyCustody | null; active: boolean; cipherBinding?: string };
}

/** The staff member recorded on a change; mutations before first start are refused. */
export function actor(ctx: HandlerContext): Staff {
  const id = ctx.settings.read().currentStaffId;
  const staff = id ? ctx.repos.staff.get(id) : undefined;
  if (!staff) throw new AppError('NOT_INITIALIZED', 'err.notInitialized');
  return staff;
}

/** The current user, who must be a teamleider (rules, mandates, closed budgets and other team-wide decisions). */
export function requireTeamleider(ctx: HandlerContext): Staff {
  const by = actor(ctx);
  if (by.role !== 'teamleider') throw new AppError('FORBIDDEN', 'err.role.teamleider');
  return by;
}

export const nowIso = (ctx: HandlerContext) => ctx.clock.now().toISOString();

/** Today's calendar date in the Netherlands, where the users are (a visit at 00:30 is dated that day). */
export function todayIso(ctx: HandlerContext): string {
  return dutchDate(ctx.clock.now());
}

// Made once: a new formatter per call cost about 0.1 ms, which an import paid on every row.
const DUTCH_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** The calendar date of an instant in the Netherlands, as YYYY-MM-DD. */
export function dutchDate(at: Date): string {
  return DUTCH_DATE.format(at);
}
