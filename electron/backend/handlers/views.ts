import type { SavedView } from '../../../shared/contract/overview-contract';
import { notFound } from '../app-error';
import { actor, type HandlerContext, nowIso } from '../context';
import { uuidv7 } from '../db/ids';
import type { HandlerGroup } from './types';

type Raw = Omit<SavedView, 'state' | 'shared' | 'mine'> & { state: string; shared: number; ownerId: string };

function list(ctx: HandlerContext, gridId: string, meId: string): SavedView[] {
  const rows = ctx.db
    .prepare<[string, string], Raw>(
      `SELECT v.id, v.grid_id AS gridId, v.name, v.state, v.shared, s.name AS ownerName, v.owner_id AS ownerId
         FROM saved_views v JOIN staff s ON s.id = v.owner_id WHERE v.grid_id = ? AND (v.owner_id = ? OR v.shared = 1) ORDER BY v.name COLLATE NOCASE`,
    )
    .all(gridId, meId);
  return rows.map(({ ownerId, ...row }) => ({ ...row, state: JSON.parse(row.state) as Record<string, unknown>, shared: row.shared === 1, mine: ownerId === meId }));
}

export const viewHandlers: HandlerGroup<'views:list' | 'views:save' | 'views:delete'> = {
  'views:list': ({ gridId }, ctx) => list(ctx, gridId, actor(ctx).id),

  'views:save': ({ gridId, name, state, shared }, ctx) => {
    const me = actor(ctx);
    const id = uuidv7();
    ctx.db
      .prepare('INSERT INTO saved_views (id, grid_id, name, state, shared, owner_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, gridId, name, JSON.stringify(state), shared ? 1 : 0, me.id, nowIso(ctx));
    return list(ctx, gridId, me.id).find((v) => v.id === id)!;
  },

  'views:delete': ({ id }, ctx) => {
    const me = actor(ctx);
    if (ctx.db.prepare('DELETE FROM saved_views WHERE id = ? AND owner_id = ?').run(id, me.id).changes === 0) throw notFound('view');
    return { id };
  },
};
