import { actor, nowIso } from '../context';
import { uuidv7 } from '../db/ids';
import type { HandlerGroup } from './types';

export const staffHandlers: HandlerGroup<'staff:list' | 'staff:create'> = {
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
};
