import type { HandlerGroup } from './types';

export const searchHandlers: HandlerGroup<'search:global'> = {
  'search:global': ({ query }, ctx) => ctx.repos.search.all(query),
};
