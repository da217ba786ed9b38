/** Contract for the timeline: one chronological view of a complex or an initiative. */
import { z } from 'zod';
import type { TimelineEntry } from '../domain/entities';
import { id } from './fields';
import { method } from './method';

export const timelineMethods = {
  /** One chronological view of a complex or initiative: visits, status changes, follow-ups and advice. */
  'timeline:get': method<TimelineEntry[]>()(
    z
      .object({ complexId: id.optional(), initiativeId: id.optional() })
      .strict()
      .refine((v) => v.complexId || v.initiativeId, { error: 'err.invalidValue' }),
    { reads: ['complexes', 'initiatives', 'fieldwork'] },
  ),
} as const;
