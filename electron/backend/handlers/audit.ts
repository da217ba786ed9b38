import type { HandlerGroup } from './types';

export const auditHandlers: HandlerGroup<'audit:list'> = {
  'audit:list': ({ entityId }, ctx) => ctx.repos.audit.listFor(entityId),
};
