/** Contract for staff members: the team's people, their roles and their mandates. */
import { z } from 'zod';
import { ROLES } from '../domain/vocabulary';
import type { Staff } from '../domain/entities';
import { cents } from './money';
import { id, none, requiredText } from './fields';
import { method } from './method';

export const staffInput = z
  .object({
    name: requiredText(100, 'err.staff.name.required', 'err.staff.name.tooLong'),
    role: z.enum(ROLES, { error: 'err.staff.role.invalid' }),
  })
  .strict();

export const staffMethods = {
  /** All staff members. */
  'staff:list': method<Staff[]>()(none, { reads: ['staff'] }),
  /** Adds a staff member. */
  'staff:create': method<Staff>()(staffInput, { changes: ['staff'], sync: 'online' }),
  /** A teamleider sets a staff member's mandate per decision. */
  'staff:setMandate': method<{ id: string; mandateCents: number }>()(
    z.object({ staffId: id, mandateCents: cents() }).strict(),
    { changes: ['staff'], sync: 'online' },
  ),
} as const;
