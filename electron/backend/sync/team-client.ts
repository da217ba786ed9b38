import type { Result } from '../../../shared/contract/errors';
import type {
  Account,
  CommandOutcome,
  MergeReport,
  PulledRows,
  PushedCommand,
} from '../../../shared/contract/team-protocol';
import type { SyncRow } from './rows';

/** The server could not be reached, or did not answer in time: the laptop works on and tries again later. */
export class OfflineError extends Error {
  constructor(cause: unknown) {
    super(`team server unreachable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'OfflineError';
  }
}

/** The server answered with a refusal (bad login, deactivated account, forbidden). */
export class RefusedError extends Error {
  constructor(readonly error: Extract<Result<unknown>, { ok: false }>['error']) {
    super(error.message);
    this.name = 'RefusedError';
  }
}

export interface Credentials {
  serverUrl: string;
  deviceId: string;
  refreshToken: string;
}

interface Issued {
  token: string;
  expiresAt: number;
  account: Account;
  schemaVersion: number;
}

const TIMEOUT_MS = 30_000;

async function post<T>(url: string, body: unknown, token?: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new OfflineError(error);
  }
  let result: Result<T>;
  try {
    result = (await response.json()) as Result<T>;
  } catch (error) {
    throw new OfflineError(error);
  }
  // 503: the server could not apply anything now (its database is away); like being offline, try later.
  if (response.status === 503 || response.status >= 500) throw new OfflineError(`HTTP ${response.status}`);
  if (!result.ok) throw new RefusedError(result.error);
  return result.data;
}

export function serverAddress(url: string): string {
  return url.replace(/\/+$/, '');
}

/** Logs in once: the server answers with this laptop's device id and refresh token (the password is not kept). */
export function login(serverUrl: string, loginName: string, password: string, deviceName: string) {
  return post<Issued & { deviceId: string; refreshToken: string; teamHasData: boolean }>(
    `${serverAddress(serverUrl)}/v1/login`,
    { login: loginName, password, deviceName },
  );
}

/** Talks to the team server for one laptop, refreshing the short-lived access token when it runs out. */
export function teamClient(credentials: Credentials, now: () => number = Date.now) {
  const base = serverAddress(credentials.serverUrl);
  let issued: Issued | undefined;

  async function token(): Promise<string> {
    if (!issued || issued.expiresAt - 30_000 < now()) {
      issued = await post<Issued>(`${base}/v1/token`, {
        deviceId: credentials.deviceId,
        refreshToken: credentials.refreshToken,
      });
    }
    return issued.token;
  }

  async function authed<T>(path: string, body: unknown): Promise<T> {
    try {
      return await post<T>(`${base}${path}`, body, await token());
    } catch (error) {
      // A token the server no longer takes (restarted server, changed role): get a fresh one once.
      if (!(error instanceof RefusedError) || error.error.code !== 'UNAUTHORIZED' || issued === undefined) throw error;
      issued = undefined;
      return post<T>(`${base}${path}`, body, await token());
    }
  }

  return {
    account: async () => {
      await token();
      return issued!;
    },
    push: (commands: PushedCommand[]) =>
      authed<{ results: CommandOutcome[] }>('/v1/push', { deviceId: credentials.deviceId, commands }),
    pull: (cursor: number) => authed<PulledRows>('/v1/pull', { cursor }),
    /** Personal rows only, up to `until`: what an account that may see other wijken now has not received yet. */
    pullPersonal: (cursor: number, until: number) => authed<PulledRows>('/v1/pull', { cursor, personalUntil: until }),
    bootstrap: (rows: SyncRow[]) => authed<{ imported: number }>('/v1/bootstrap', { rows }),
    stageMerge: (rows: SyncRow[], first: boolean) => authed<{ staged: number }>('/v1/merge/stage', { rows, first }),
    merge: (apply: boolean) => authed<{ report: MergeReport }>('/v1/merge', { apply }),
    putFile: (bytes: Buffer) => authed<{ sha256: string }>('/v1/files', { dataBase64: bytes.toString('base64') }),
    rows: (keys: { tbl: string; key: string }[]) => authed<{ rows: SyncRow[] }>('/v1/rows', { keys }),
    accounts: async () => {
      const response = await fetch(`${base}/v1/accounts`, {
        headers: { Authorization: `Bearer ${await token()}` },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      }).catch((error: unknown) => {
        throw new OfflineError(error);
      });
      const result = (await response.json()) as Result<{ accounts: Account[] }>;
      if (!result.ok) throw new RefusedError(result.error);
      return result.data.accounts;
    },
    saveAccount: (path: '/v1/accounts' | '/v1/accounts/update', input: unknown) =>
      authed<{ account: Account }>(path, input),
    /** A file by its hash; null when the server does not have it (it was never uploaded there). */
    file: async (sha256: string): Promise<Buffer | null> => {
      const response = await fetch(`${base}/v1/files/${sha256}`, {
        headers: { Authorization: `Bearer ${await token()}` },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      }).catch((error: unknown) => {
        throw new OfflineError(error);
      });
      if (response.status === 404) return null;
      if (!response.ok) throw new OfflineError(`HTTP ${response.status}`);
      return Buffer.from(await response.arrayBuffer());
    },
  };
}
export type TeamClient = ReturnType<typeof teamClient>;
