import { notFound } from '../app-error';
import { actor, nowIso, type HandlerContext } from '../context';
import { uuidv7 } from '../db/ids';
import type { MethodInput } from '../../../shared/contract/methods';
import type { HandlerGroup } from './types';

function save(kind: 'own' | 'shared', { gridId, name, state }: MethodInput<'views:save'>, ctx: HandlerContext) {
  const me = actor(ctx);
  const id = uuidv7();
  ctx.repos.views.insert(kind, { id, gridId, name, state, ownerId: me.id }, nowIso(ctx));
  return ctx.repos.views.list(gridId, me.id).find((v) => v.id === id)!;
}

function remove(kind: 'own' | 'shared', id: string, ctx: HandlerContext) {
  if (!ctx.repos.views.delete(kind, id, actor(ctx).id)) throw notFound('view');
  return { id };
}

export const viewHandlers: HandlerGroup<
  'views:list' | 'views:save' | 'views:share' | 'views:delete' | 'views:unshare'
> = {
  'views:list': ({ gridId }, ctx) => ctx.repos.views.list(gridId, actor(ctx).id),
  'views:save': (input, ctx) => save('own', input, ctx),
  'views:share': (input, ctx) => save('shared', input, ctx),
  'views:delete': ({ id }, ctx) => remove('own', id, ctx),
  'views:unshare': ({ id }, ctx) => remove('shared', id, ctx),
};
