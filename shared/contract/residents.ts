/** Contract for residents: who they are, their consent and profielschets, inzage and erasure (AVG). */
import { z } from 'zod';
import type { Match } from '../domain/matching';
import type { AppreciationKind, PromiseStatus } from '../domain/reciprocity';
import { AGE_BANDS, LIFE_PHASES, RESIDENT_ROLES, TALENTS } from '../domain/field-work';
import { MOTIVES } from '../domain/recommendation/facts';
import type { Resident, ResidentRow } from '../domain/entities';
import { id, text, unique, version } from './fields';
import { method } from './method';

const optionalContact = (max: number, key: string, pattern: RegExp) =>
  z
    .string({ error: key })
    .trim()
    .max(max, { error: key })
    .refine((value) => value === '' || pattern.test(value), { error: key })
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null);

export const profileInput = z
  .object({
    talents: z
      .array(z.enum(TALENTS, { error: 'err.resident.talent' }))
      .transform(unique)
      .default([]),
    interests: z
      .array(z.enum(TALENTS, { error: 'err.resident.talent' }))
      .transform(unique)
      .default([]),
    offers: text(1_000).default(''),
    wishes: text(1_000).default(''),
    motives: z
      .array(z.enum(MOTIVES, { error: 'err.facts.motive' }))
      .transform(unique)
      .default([]),
    lifePhase: z.enum(LIFE_PHASES, { error: 'err.resident.lifePhase' }).nullable().default(null),
  })
  .strict();

const residentFields = {
  complexId: z.uuid({ error: 'err.resident.complex' }),
  name: text(100, 'err.resident.name.tooLong').min(1, { error: 'err.resident.name.required' }),
  houseNumber: text(20).default(''),
  phone: optionalContact(30, 'err.resident.phone', /^\+?[0-9 ()-]{6,20}$/),
  email: optionalContact(120, 'err.resident.email', /^[^@\s]+@[^@\s]+\.[^@\s]+$/),
  /** The purpose of a consent given now; required when phone or e-mail is stored without an earlier consent. */
  consentPurpose: text(200).optional(),
  roles: z
    .array(z.enum(RESIDENT_ROLES, { error: 'err.resident.role' }))
    .transform(unique)
    .default([]),
  ageBand: z.enum(AGE_BANDS, { error: 'err.resident.ageBand' }).nullable().default(null),
  profile: profileInput.default({ talents: [], interests: [], offers: '', wishes: '', motives: [], lifePhase: null }),
};

export const residentCreateInput = z
  .object({ ...residentFields, confirmDuplicate: z.boolean().default(false) })
  .strict();
export const residentUpdateInput = z.object({ id, version, ...residentFields }).strict();
export const residentVersionInput = z.object({ id, version }).strict();

export interface ResidentExport {
  exportedAt: string;
  resident: Resident;
  initiatives: { id: string; title: string; role: string }[];
  visits: { id: string; visitDate: string; complexCode: string }[];
  followUps: { id: string; title: string; dueDate: string }[];
  welcome: { moveInDate: string; buddyName: string | null }[];
  promises: { what: string; promisedOn: string; dueDate: string; status: PromiseStatus }[];
  appreciations: { kind: AppreciationKind; givenOn: string; note: string }[];
}

export interface ResidentMatch extends Match {
  name: string;
  complexCode: string;
}

export const residentMethods = {
  /** Residents of one complex, or of all (erased ones included, shown as such). */
  'residents:list': method<ResidentRow[]>()(z.object({ complexId: id.optional() }).strict().default({}), {
    reads: ['complexes', 'initiatives', 'fieldwork'],
  }),
  /** Quick search on name (and complex code) for pickers; at most 20. */
  'residents:search': method<ResidentRow[]>()(
    z.object({ query: z.string().max(100), complexId: id.optional() }).strict(),
    { reads: ['complexes', 'initiatives', 'fieldwork'] },
  ),
  /** One resident with contact details (only when consented), consent and profielschets. */
  'residents:get': method<Resident>()(z.object({ id }).strict(), { reads: ['complexes', 'initiatives', 'fieldwork'] }),
  /** Adds a resident; a likely duplicate (same name, same complex) is refused unless confirmed. */
  'residents:create': method<Resident>()(residentCreateInput, { changes: ['fieldwork'], sync: 'offline' }),
  /** Updates a resident; contact details need a recorded consent. */
  'residents:update': method<Resident>()(residentUpdateInput, { changes: ['fieldwork'], sync: 'offline' }),
  /** Withdraws consent: the contact details are removed at once. */
  'residents:withdrawConsent': method<Resident>()(residentVersionInput, { changes: ['fieldwork'], sync: 'offline' }),
  /** Everything stored about a resident (AVG inzage), as data for a readable page and a JSON file. */
  'residents:export': method<ResidentExport>()(z.object({ id }).strict(), {
    reads: ['complexes', 'initiatives', 'fieldwork'],
  }),
  /** Erases a resident: anonymised as "verwijderde bewoner"; initiative history stays. */
  'residents:erase': method<Resident>()(residentVersionInput, { changes: ['fieldwork'], sync: 'online' }),
  /** Residents whose talents or interests fit an initiative: same complex first, then the same wijk; consent only. */
  'residents:matches': method<ResidentMatch[]>()(z.object({ initiativeId: id }).strict(), {
    reads: ['complexes', 'initiatives', 'fieldwork'],
  }),
} as const;
