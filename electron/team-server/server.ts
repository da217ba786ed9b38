import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { z } from 'zod';
import { HTTP_STATUS, type ErrorCode } from '../../shared/contract/errors';
import {
  accountCreate,
  accountUpdate,
  bootstrapRequest,
  fileUpload,
  mergeRequest,
  mergeStageRequest,
  loginRequest,
  pullRequest,
  visibleWijken,
  pushRequest,
  rowsRequest,
  tokenRequest,
  type Account,
  type CommandOutcome,
} from '../../shared/contract/team-protocol';
import { readBody, sendJson } from '../server/server';
import { teamAccounts } from './accounts';
import { accessTokens, digest, loginThrottle, newRefreshToken, REFRESH_DAYS, verifyPassword } from './auth';
import { sniffMime } from '../backend/attachments/store';
import { dutch, refused } from '../backend/error-envelope';
import { createExecutor } from './executor';
import { openTeamStore } from './store';

export interface TeamServerOptions {
  databaseUrl: string;
  /** The server's working copy of the team data (rebuilt from PostgreSQL when lost). */
  dataDir: string;
  port?: number;
  host?: string;
  log?: (error: unknown) => void;
}

/** Pushes carry attachments as base64 inside commands (at most 25 MB each), so they may be large. */
const MAX_PUSH_BYTES = 80 * 1024 * 1024;
const MAX_BODY_BYTES = 1024 * 1024;
const FILE_PATH = /^\/v1\/files\/([0-9a-f]{64})$/;

/** An answer that is JSON text already (a pull page), written as it is. */
class RawJson {
  constructor(readonly text: string) {}
}

class HttpError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
  ) {
    super(messageKey);
  }
}

/** A merge that does not fit the team's rules: which table, and why (the server's words, with the table's name). */
class MergeError extends Error {
  constructor(
    readonly tbl: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * The team server: an HTTP API for the laptops over the team store on PostgreSQL. It authenticates every request
 * itself and takes role, actor and time from its own records, never from the laptop (production: behind TLS).
 */
export async function startTeamServer(options: TeamServerOptions) {
  const log = options.log ?? console.error;
  const { LATEST_SCHEMA_VERSION } = await import('../backend/db/migrations');
  const store = await openTeamStore(options.databaseUrl, LATEST_SCHEMA_VERSION, log);
  const executor = await createExecutor(options.dataDir, store, log);
  const accounts = teamAccounts(store, executor);
  const tokens = accessTokens(randomBytes(32));
  const throttle = loginThrottle();

  async function body<S extends z.ZodType>(
    request: IncomingMessage,
    schema: S,
    limit = MAX_BODY_BYTES,
  ): Promise<z.output<S>> {
    const bytes = await readBody(request, limit);
    if (bytes === 'too-large') throw new HttpError('PAYLOAD_TOO_LARGE', 'err.payloadTooLarge');
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch {
      throw new HttpError('BAD_REQUEST', 'err.badRequest');
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new HttpError('BAD_REQUEST', 'err.badRequest');
    return parsed.data;
  }

  /** The account behind a request's access token, as the server's records say now (active, role, wijken). */
  async function caller(request: IncomingMessage): Promise<Account & { deviceId: string }> {
    const header = request.headers.authorization ?? '';
    const claims = header.startsWith('Bearer ') ? tokens.check(header.slice(7)) : null;
    if (!claims) throw new HttpError('UNAUTHORIZED', 'err.team.unauthorized');
    const account = await store.account(claims.staffId);
    const device = await store.device(claims.deviceId);
    if (!account?.active || device?.staffId !== claims.staffId)
      throw new HttpError('UNAUTHORIZED', 'err.team.unauthorized');
    const { passwordHash: _secret, ...rest } = account;
    return { ...rest, deviceId: claims.deviceId };
  }

  /** A file of residents' personal data (as the wijken it belongs to) reaches whoever sees one of its wijken. */
  function mayFetch(account: Account, personalWijken: (string | null)[]) {
    const visible = visibleWijken(account);
    return (
      personalWijken.length === 0 ||
      visible === 'all' ||
      personalWijken.some((wijk) => wijk === null || visible.includes(wijk))
    );
  }
  const publicAccount = ({ staffId, login, name, role, wijken, active }: Account): Account => ({
    staffId,
    login,
    name,
    role,
    wijken,
    active,
  });

  async function login(request: IncomingMessage) {
    const input = await body(request, loginRequest);
    await new Promise((resolve) => setTimeout(resolve, throttle.delayMs(input.login)));
    const account = await store.accountByLogin(input.login);
    // SECURITY: a missing account costs the same scrypt time as a wrong password, so names cannot be probed.
    const valid = await verifyPassword(
      input.password,
      account?.passwordHash ?? 'scrypt$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    );
    if (!account || !valid || !account.active) {
      throttle.failed(input.login);
      throw new HttpError('UNAUTHORIZED', account && valid ? 'err.team.inactive' : 'err.team.badLogin');
    }
    throttle.succeeded(input.login);
    const deviceId = randomUUID();
    const refreshToken = newRefreshToken();
    await store.addDevice(
      deviceId,
      account.staffId,
      input.deviceName,
      digest(refreshToken),
      new Date(Date.now() + REFRESH_DAYS * 86_400_000),
    );
    return {
      deviceId,
      refreshToken,
      account: publicAccount(account),
      schemaVersion: executor.schemaVersion,
      teamHasData: executor.hasData(),
      ...tokens.issue(deviceId, account.staffId),
    };
  }

  async function refresh(request: IncomingMessage) {
    const input = await body(request, tokenRequest);
    const device = await store.device(input.deviceId);
    const account = device && (await store.account(device.staffId));
    if (
      !device ||
      device.refreshHash !== digest(input.refreshToken) ||
      device.expiresAt.getTime() < Date.now() ||
      !account?.active
    ) {
      throw new HttpError('UNAUTHORIZED', 'err.team.unauthorized');
    }
    return {
      account: publicAccount(account),
      schemaVersion: executor.schemaVersion,
      ...tokens.issue(input.deviceId, account.staffId),
    };
  }

  async function push(request: IncomingMessage) {
    const account = await caller(request);
    const input = await body(request, pushRequest, MAX_PUSH_BYTES);
    if (input.deviceId !== account.deviceId) throw new HttpError('FORBIDDEN', 'err.team.otherDevice');
    const results: CommandOutcome[] = await executor.run(account, account.deviceId, input.commands);
    return { results };
  }

  /** A page of `PulledRows`, written as JSON text straight from PostgreSQL's own JSON of each row. */
  async function pull(request: IncomingMessage): Promise<RawJson> {
    const account = await caller(request);
    const { cursor, limit, personalUntil } = await body(request, pullRequest);
    const rows = await store.changedSinceJson(cursor, limit + 1, visibleWijken(account), personalUntil);
    const page = rows.slice(0, limit);
    const last = page.length ? page[page.length - 1]!.seq : cursor;
    const more = rows.length > limit;
    const rowsJson = page.map((r) => r.row).join(',');
    return new RawJson(
      `{"rows":[${rowsJson}],"cursor":${last},"more":${more},"account":${JSON.stringify(publicAccount(account))}}`,
    );
  }

  async function requireLead(request: IncomingMessage) {
    const account = await caller(request);
    if (account.role !== 'teamleider') throw new HttpError('FORBIDDEN', 'err.role.teamleider');
    return account;
  }

  const routes: Record<string, (request: IncomingMessage) => Promise<unknown>> = {
    'POST /v1/login': login,
    'POST /v1/token': refresh,
    'POST /v1/push': push,
    'POST /v1/pull': pull,
    'POST /v1/rows': async (request) => {
      const account = await caller(request);
      const { keys } = await body(request, rowsRequest);
      return { rows: await store.rowsByKey(keys, visibleWijken(account)) };
    },
    'GET /v1/accounts': async (request) => {
      await requireLead(request);
      return { accounts: await accounts.list() };
    },
    'POST /v1/accounts': async (request) => ({
      account: await accounts.create(await requireLead(request), await body(request, accountCreate)),
    }),
    'POST /v1/accounts/update': async (request) => {
      const lead = await requireLead(request);
      const input = await body(request, accountUpdate);
      // A teamleider cannot lock herself (and possibly the whole team) out.
      if (input.staffId === lead.staffId && (!input.active || input.role !== 'teamleider'))
        throw new HttpError('CONFLICT', 'err.team.selfLockout');
      const updated = await accounts.update(lead, input);
      if (!updated) throw new HttpError('NOT_FOUND', 'err.notFound.staff');
      return { account: updated };
    },
    'POST /v1/bootstrap': async (request) => {
      const lead = await requireLead(request);
      const { rows } = await body(request, bootstrapRequest, MAX_PUSH_BYTES);
      if (!(await executor.importRows(lead.deviceId, rows))) throw new HttpError('CONFLICT', 'err.team.teamNotEmpty');
      return { imported: rows.length };
    },
    'POST /v1/merge/stage': async (request) => {
      const lead = await requireLead(request);
      const { rows, first } = await body(request, mergeStageRequest, MAX_PUSH_BYTES);
      if (!executor.stage(lead.deviceId, rows, first))
        throw new HttpError('PAYLOAD_TOO_LARGE', 'err.team.mergeTooLarge');
      return { staged: rows.length };
    },
    'POST /v1/merge': async (request) => {
      const lead = await requireLead(request);
      const { apply } = await body(request, mergeRequest);
      const outcome = await executor.merge(lead, lead.deviceId, apply);
      if ('refused' in outcome) throw new MergeError(outcome.refused.tbl, outcome.refused.reason);
      return { report: outcome.report };
    },
    'POST /v1/files': async (request) => {
      await requireLead(request);
      const bytes = Buffer.from((await body(request, fileUpload, MAX_PUSH_BYTES)).dataBase64, 'base64');
      if (!sniffMime(bytes)) throw new HttpError('VALIDATION', 'err.attachment.notDocument');
      return { sha256: await executor.receiveFile(bytes) };
    },
    'GET /v1/health': async () => ({ ok: true, schemaVersion: executor.schemaVersion }),
  };

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const path = (request.url ?? '/').split('?')[0]!;
    try {
      const file = FILE_PATH.exec(path);
      if (request.method === 'GET' && file) {
        const account = await caller(request);
        // SECURITY (AVG): a signed agreement's scan only for those who may see that resident, like its row.
        if (!mayFetch(account, executor.repos.visits.personalFileWijken(file[1]!)))
          throw new HttpError('NOT_FOUND', 'err.notFound.attachment');
        const bytes = await store.file(file[1]!);
        if (!bytes) throw new HttpError('NOT_FOUND', 'err.notFound.attachment');
        response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Cache-Control': 'no-store' });
        response.end(bytes);
        return;
      }
      const route = routes[`${request.method} ${path}`];
      if (!route) throw new HttpError('NOT_FOUND', 'err.team.noRoute');
      const data = await route(request);
      if (data instanceof RawJson) {
        response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
        response.end(`{"ok":true,"data":${data.text}}`);
        return;
      }
      sendJson(response, 200, { ok: true, data });
    } catch (error) {
      if (error instanceof MergeError) {
        const params = {
          table: dutch(`team.merge.table.${error.tbl}`),
          reason: dutch(`err.team.mergeReason.${error.reason}`),
        };
        sendJson(response, HTTP_STATUS.CONFLICT, refused('CONFLICT', 'err.team.mergeRefused', params));
        return;
      }
      if (error instanceof HttpError) {
        sendJson(response, HTTP_STATUS[error.code], refused(error.code, error.messageKey));
        return;
      }
      log(error);
      // Not applied, not recorded: the laptop keeps the command and sends it again later.
      sendJson(response, 503, refused('INTERNAL', 'err.team.unavailable'));
    }
  }

  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    accounts,
    store,
    executor,
    async close() {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      // Commands under way finish (or fail) before the database goes: nothing is cut in half.
      await executor.idle();
      executor.close();
      await store.close();
    },
  };
}
export type TeamServer = Awaited<ReturnType<typeof startTeamServer>>;
