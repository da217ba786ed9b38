/**
 * The wire protocol between a laptop and the team server (HTTP, JSON). Both sides validate with these schemas;
 * the server trusts nothing else a laptop sends: not its role, not who it says it is, not its clock.
 */
import { z } from 'zod';
import { ROLES } from '../domain/vocabulary';
import type { ErrorBody } from './errors';
import { MAX_DOCUMENT_BYTES } from './attachments';

const uuid = z.uuid();
export const TEAM_PROTOCOL = 1;
/** A push carries at most this many commands; a laptop with more sends several pushes. */
export const PUSH_BATCH = 200;
/**
 * A pull page holds at most this many rows. A laptop writes each page in one transaction that holds its backend, so
 * pages are kept short: a first pull of 100,000 initiatives (about 600,000 rows) took 29.4 s in pages of 20,000
 * (about 700 ms of writing each) and 25.3 s in pages of 5,000 (150–280 ms each), as the server readies the next
 * page while the laptop writes one.
 */
export const PULL_PAGE = 5_000;

export const loginRequest = z
  .object({
    login: z.string().trim().min(1).max(80),
    password: z.string().min(1).max(200),
    deviceName: z.string().max(120).default(''),
  })
  .strict();
export const tokenRequest = z
  .object({ deviceId: uuid, refreshToken: z.string().regex(/^[A-Za-z0-9_-]{43}$/) })
  .strict();

export const wijkName = z.string().trim().min(1).max(80);
export const accountFields = {
  name: z.string().trim().min(1, { error: 'err.staff.name.required' }).max(120),
  role: z.enum(ROLES, { error: 'err.staff.role.invalid' }),
  wijken: z.array(wijkName).max(200),
  active: z.boolean(),
};
export const accountCreate = z
  .object({
    ...accountFields,
    login: z.string().trim().min(2, { error: 'err.team.login' }).max(80),
    password: z.string().min(10, { error: 'err.team.password' }).max(200),
  })
  .strict();
export const accountUpdate = z
  .object({
    staffId: uuid,
    ...accountFields,
    password: z.string().min(10, { error: 'err.team.password' }).max(200).optional(),
  })
  .strict();

export interface Account {
  staffId: string;
  login: string;
  name: string;
  role: (typeof ROLES)[number];
  wijken: string[];
  active: boolean;
}

export const pushedCommand = z
  .object({
    seq: z.number().int().min(1),
    method: z.string().max(80),
    input: z.unknown(),
    /** The ids the command made on the laptop, so the server's records get the same ones. */
    ids: z.array(uuid).max(10_000),
    /** The laptop's clock when the command was made: a hint for people, never the audit time. */
    madeAt: z.iso.datetime(),
  })
  .strict();
export type PushedCommand = z.infer<typeof pushedCommand>;
export const pushRequest = z
  .object({ deviceId: uuid, commands: z.array(pushedCommand).min(1).max(PUSH_BATCH) })
  .strict();

export type CommandOutcome = { seq: number; ok: true; data?: unknown } | { seq: number; ok: false; error: ErrorBody };

export const pullRequest = z
  .object({
    cursor: z.number().int().min(0),
    limit: z.number().int().min(1).max(PULL_PAGE).default(PULL_PAGE),
    /** Only residents' personal rows, up to this sequence: a laptop whose account may now see other wijken. */
    personalUntil: z.number().int().min(0).optional(),
  })
  .strict();

/** Whose personal data an account receives: every wijk for a teamleider, her own wijken for everyone else. */
export const visibleWijken = (account: Pick<Account, 'role' | 'wijken'>): string[] | 'all' =>
  account.role === 'teamleider' ? 'all' : account.wijken;
export const rowKey = z.object({ tbl: z.string().regex(/^[a-z_]{1,40}$/), key: z.string().max(400) }).strict();
export const rowsRequest = z.object({ keys: z.array(rowKey).max(10_000) }).strict();

export interface PulledRows {
  rows: { tbl: string; key: string; data: Record<string, unknown> | null }[];
  cursor: number;
  more: boolean;
  /** The account as the server has it now: a role or wijken changed by a teamleider reach the laptop with it. */
  account: Account;
}

/** The first laptop brings its solo database into an empty team: its rows, in pages. */
export const BOOTSTRAP_PAGE = 5_000;
export const bootstrapRequest = z
  .object({
    rows: z
      .array(
        z.object({ tbl: rowKey.shape.tbl, key: rowKey.shape.key, data: z.record(z.string(), z.unknown()) }).strict(),
      )
      .max(BOOTSTRAP_PAGE),
  })
  .strict();

/** A later laptop's solo data merged into a team that has data: its rows staged in pages, then merged at once. */
export const MERGE_MAX_ROWS = 250_000;
export const mergeStageRequest = bootstrapRequest.extend({ first: z.boolean() }).strict();
export const mergeRequest = z.object({ apply: z.boolean() }).strict();
/** A file of the laptop's (a receipt, a scan) sent ahead of the rows that name it; the server checks its hash. */
export const fileUpload = z
  .object({ dataBase64: z.string().max(Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 16) })
  .strict();

/** What a merge did (or, as a preview, would do), per table. */
export interface MergeReport {
  tables: { tbl: string; added: number; matched: number; alreadyThere: number }[];
  /** The laptop's complexes that the team has already (same complex code): the team's version is kept. */
  matchedComplexes: { code: string; name: string }[];
  /** Tables of team settings (rules, welcome template, allowance limits) whose laptop values were not taken. */
  keptSettings: string[];
}
