import type { Account } from '../../../shared/contract/team-protocol';
import { AppError, notFound } from '../app-error';
import type { HandlerContext } from '../context';
import { OfflineError, RefusedError } from '../sync/team-client';
import type { HandlerGroup } from './types';

/** Runs a request to the team server, turning "no connection" and the server's refusals into the usual errors. */
async function onServer<T>(
  ctx: HandlerContext,
  work: (client: NonNullable<ReturnType<HandlerContext['team']['client']>>) => Promise<T>,
): Promise<T> {
  const client = ctx.team.client();
  if (!client) throw new AppError('CONFLICT', 'err.team.solo');
  try {
    return await work(client);
  } catch (error) {
    if (error instanceof OfflineError) throw new AppError('CONFLICT', 'err.team.unreachable');
    if (error instanceof RefusedError) throw new AppError(error.error.code, error.error.messageKey, error.error.params);
    throw error;
  }
}

type Refusal = {
  ok: false;
  error: { code: AppError['code']; messageKey: string; params?: Record<string, string | number> };
};

function unwrap<T>(result: { ok: true; data: T } | Refusal): T {
  if (!result.ok) throw new AppError(result.error.code, result.error.messageKey, result.error.params);
  return result.data;
}

export const teamHandlers: HandlerGroup<
  | 'team:status'
  | 'team:connect'
  | 'team:previewMerge'
  | 'team:sync'
  | 'team:conflicts'
  | 'team:retry'
  | 'team:discard'
  | 'team:accounts'
  | 'team:createAccount'
  | 'team:updateAccount'
> = {
  'team:status': (_input, ctx) => ctx.team.status(),
  'team:connect': async ({ serverUrl, login, password, merge }, ctx) =>
    unwrap(await ctx.team.connect(serverUrl, login, password, merge)),
  'team:previewMerge': async ({ serverUrl, login, password }, ctx) =>
    unwrap(await ctx.team.previewMerge(serverUrl, login, password)),
  'team:sync': async (_input, ctx) => {
    await ctx.team.sync();
    return ctx.team.status();
  },
  'team:conflicts': (_input, ctx) => ctx.team.conflicts(),
  'team:retry': async ({ seq }, ctx) => {
    // On top of the record as it is now: the fields the user changed, against the version the team has.
    const retry = ctx.team.rebased(seq);
    if (!retry) throw notFound('conflict');
    const result = await ctx.call(retry.method, retry.input);
    if (!result.ok) throw new AppError(result.error.code, result.error.messageKey, result.error.params);
    ctx.team.discard(seq);
    return ctx.team.status();
  },
  'team:discard': ({ seq }, ctx) => {
    if (!ctx.team.discard(seq)) throw notFound('conflict');
    return ctx.team.status();
  },
  'team:accounts': (_input, ctx) => onServer(ctx, (client) => client.accounts()),
  'team:createAccount': (input, ctx) =>
    onServer(ctx, async (client): Promise<Account> => (await client.saveAccount('/v1/accounts', input)).account),
  'team:updateAccount': async (input, ctx) => {
    const account = await onServer(
      ctx,
      async (client): Promise<Account> => (await client.saveAccount('/v1/accounts/update', input)).account,
    );
    await ctx.team.sync();
    return account;
  },
};
