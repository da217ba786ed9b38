import { fieldError } from '../app-error';
import { actor, nowIso, requireTeamleider } from '../context';
import { uuidv7 } from '../db/ids';
import type { HandlerGroup } from './types';

export const staffHandlers: HandlerGroup<'staff:list' | 'staff:create' | 'staff:setMandate'> = {
  'staff:list': (_input, ctx) => ctx.repos.staff.list(),

  'staff:create': (input, ctx) => {
    const by = actor(ctx);
    const staff = { id: uuidv7(), ...input };
    const at = nowIso(ctx);
    ctx.db
      .transaction(() => {
        ctx.repos.staff.insert(staff, at, by.id);
        ctx.repos.audit.record({
          at,
          actorId: by.id,
          entity: 'staff',
          entityId: staff.id,
          action: 'create',
          changes: { name: { from: null, to: staff.name }, role: { from: null, to: staff.role } },
        });
      })
      .immediate();
    return staff;
  },

  'staff:setMandate': ({ staffId, mandateCents }, ctx) => {
    const by = requireTeamleider(ctx);
    ctx.db
      .transaction(() => {
        if (!ctx.repos.staff.get(staffId)) throw fieldError('staffId', 'err.notFound.staff');
        ctx.repos.staff.setMandate(staffId, mandateCents);
        ctx.repos.audit.record({
          at: nowIso(ctx),
          actorId: by.id,
          entity: 'staff',
          entityId: staffId,
          action: 'update',
          changes: { mandateCents: { from: null, to: mandateCents } },
        });
      })
      .immediate();
    return { id: staffId, mandateCents };
  },
};
