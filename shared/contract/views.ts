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

const viewInput = z
  .object({
    gridId: z.string().min(1).max(60),
    name: z.string().trim().min(1, { error: 'err.view.name' }).max(80, { error: 'err.text.tooLong' }),
    state: z
      .record(z.string(), z.unknown())
      .refine((state) => boundedJson(state, 100_000), { error: 'err.view.tooLarge' }),
  })
  .strict();

export const viewMethods = {
  /** Saved views of a grid: the user's own and those shared with the team. */
  'views:list': method<SavedView[]>()(z.object({ gridId: z.string().min(1).max(60) }).strict(), {
    reads: ['settings'],
  }),
  /** Saves the grid's current filter, sort and columns under a name, for oneself (kept on this laptop). */
  'views:save': method<SavedView>()(viewInput, { changes: ['settings'], sync: 'local' }),
  /** Saves the grid's current view for the whole team: in a team it reaches every colleague's laptop. */
  'views:share': method<SavedView>()(viewInput, { changes: ['settings'], sync: 'offline' }),
  /** Removes one of the user's own views. */
  'views:delete': method<{ id: string }>()(z.object({ id: z.uuid() }).strict(), {
    changes: ['settings'],
    sync: 'local',
  }),
  /** Removes a view the user shared with the team, for everyone. */
  'views:unshare': method<{ id: string }>()(z.object({ id: z.uuid() }).strict(), {
    changes: ['settings'],
    sync: 'offline',
  }),
} as const;
