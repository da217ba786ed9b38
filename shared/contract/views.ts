/** Contract for saved grid views: the user's own and those shared with the team. */
import { z } from 'zod';
import { method } from './method';
import { boundedJson } from './fields';

export interface SavedView {
  id: string;
  gridId: string;
  name: string;
  state: Record<string, unknown>;
  shared: boolean;
  ownerName: string;
  mine: boolean;
}

export const viewMethods = {
  /** Saved views of a grid: the user's own and those shared with the team. */
  'views:list': method<SavedView[]>()(z.object({ gridId: z.string().min(1).max(60) }).strict(), {
    reads: ['settings'],
  }),
  /** Saves the grid's current filter, sort and columns under a name, for oneself or the whole team. */
  'views:save': method<SavedView>()(
    z
      .object({
        gridId: z.string().min(1).max(60),
        name: z.string().trim().min(1, { error: 'err.view.name' }).max(80, { error: 'err.text.tooLong' }),
        state: z
          .record(z.string(), z.unknown())
          .refine((state) => boundedJson(state, 100_000), { error: 'err.view.tooLarge' }),
        shared: z.boolean().default(false),
      })
      .strict(),
    { changes: ['settings'], sync: 'local' },
  ),
  /** Removes one of the user's own saved views. */
  'views:delete': method<{ id: string }>()(z.object({ id: z.uuid() }).strict(), {
    changes: ['settings'],
    sync: 'local',
  }),
} as const;
