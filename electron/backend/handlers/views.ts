import { notFound } from '../app-error';
import { actor, nowIso } from '../context';
import { uuidv7 } from '../db/ids';
import type { HandlerGroup } from './types';

export const viewHandlers: HandlerGroup<'views:list' | 'views:save' | 'views:delete'> = {
  'views:list': ({ gridId }, ctx) => ctx.repos.views.list(gridId, actor(ctx).id),

  'views:save': ({ gridId, name, state, shared }, ctx) => {
    const me = actor(ctx);
    const id = uuidv7();
    ctx.repos.views.insert({ id, gridId, name, state, shared, ownerId: me.id }, nowIso(ctx));
    return ctx.repos.views.list(gridId, me.id).find((v) => v.id === id)!;
  },

  'views:delete': ({ id }, ctx) => {
    if (!ctx.repos.views.delete(id, actor(ctx).id)) throw notFound('view');
    return { id };
  },
};
