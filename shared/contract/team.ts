import { z } from 'zod';
import type { ErrorBody } from './errors';
import { method } from './method';
import { accountCreate, accountUpdate, type Account, type MergeReport } from './team-protocol';

export type TeamStatus =
  | { mode: 'solo' }
  | {
      mode: 'team';
      serverUrl: string;
      account: Account;
      /** Commands made here that the server has not answered yet. */
      pending: number;
      /** Commands the server refused ("niet verwerkt"), waiting for the user. */
      refused: number;
      lastSyncAt: string | null;
      offlineSince: string | null;
      lastError: ErrorBody | null;
      /** Only in the answer to a link that merged this laptop's solo data into the team: what was merged. */
      merged?: MergeReport;
    };

/** A change the server did not apply: what was tried, why not, and the record as it now stands. */
export interface TeamConflict {
  seq: number;
  method: string;
  input: Record<string, unknown>;
  /** The fields the user changed: from the record as they saw it, to what they tried. */
  changes: { field: string; from: unknown; to: unknown }[];
  error: ErrorBody;
  madeAt: string;
  current: { version: number | null; updatedAt: string; updatedBy: string | null } | null;
}

const serverUrl = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^\s/?#]+(:\d+)?\/?$/, { error: 'err.team.serverUrl' });

const credentials = z
  .object({
    serverUrl,
    login: z.string().trim().min(1, { error: 'err.team.login' }).max(80),
    password: z.string().min(1, { error: 'err.team.password' }).max(200),
  })
  .strict();

export const teamMethods = {
  /** Solo or team; in team mode the account, what waits and when this laptop last synced. */
  'team:status': method<TeamStatus>()(z.object({}).strict().default({}), { reads: ['team', 'staff'] }),
  /** Links this laptop to a team server with a login (name and password); the first sync brings the team's data. */
  'team:connect': method<TeamStatus>()(credentials.extend({ merge: z.boolean().optional() }).strict(), {
    changes: ['team', 'staff', 'complexes', 'initiatives', 'fieldwork', 'settings'],
    sync: 'local',
  }),
  /** What linking would merge when this laptop and the team both have data (teamleider); nothing changes yet. */
  'team:previewMerge': method<MergeReport>()(credentials, { changes: ['team'], sync: 'local' }),
  /** "Nu synchroniseren": push what waits, pull what the team changed. */
  'team:sync': method<TeamStatus>()(z.object({}).strict().default({}), {
    changes: ['team', 'complexes', 'initiatives', 'fieldwork', 'staff'],
    sync: 'local',
  }),
  /** The changes the server did not apply ("niet verwerkt"). */
  'team:conflicts': method<TeamConflict[]>()(z.object({}).strict().default({}), { reads: ['team'] }),
  /** "Opnieuw toepassen": the same change on top of the record as it now is. */
  'team:retry': method<TeamStatus>()(z.object({ seq: z.number().int().min(1) }).strict(), {
    changes: ['team', 'complexes', 'initiatives', 'fieldwork'],
    sync: 'local',
  }),
  /** "Verwerpen": forget the refused change; the record stays as the team has it. */
  'team:discard': method<TeamStatus>()(z.object({ seq: z.number().int().min(1) }).strict(), {
    changes: ['team'],
    sync: 'local',
  }),
  /** The team's accounts (teamleider). */
  'team:accounts': method<Account[]>()(z.object({}).strict().default({}), { reads: ['team', 'staff'] }),
  /** Adds an account (teamleider); the server makes its staff member and gives it its role. */
  'team:createAccount': method<Account>()(accountCreate, { changes: ['team', 'staff'], sync: 'local' }),
  /** Changes an account's name, role, wijken or active state (teamleider). */
  'team:updateAccount': method<Account>()(accountUpdate, { changes: ['team', 'staff'], sync: 'local' }),
} as const;
