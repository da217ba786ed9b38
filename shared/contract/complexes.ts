/** Contract for complexes: the housing complexes of the corporation, created, edited, archived and restored. */
import { z } from 'zod';
import { BUILDING_TYPES, SHARED_OBJECTS } from '../domain/vocabulary';
import { EXCLUSION_REASONS } from '../domain/reciprocity';
import type { Complex } from '../domain/entities';
import { byId, id, requiredText, text, version } from './fields';
import { method } from './method';

export const MAX_HOMES = 10_000;

const complexFields = {
  code: requiredText(20, 'err.complex.code.required', 'err.complex.code.tooLong').regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    {
      error: 'err.complex.code.format',
    },
  ),
  name: requiredText(120, 'err.complex.name.required', 'err.complex.name.tooLong'),
  address: text(200, 'err.text.tooLong').default(''),
  postcode: z
    .string({ error: 'err.complex.postcode.format' })
    .trim()
    .transform((value) => value.toUpperCase().replace(/^(\d{4})\s*([A-Z]{2})$/, '$1 $2'))
    .refine((value) => value === '' || /^\d{4} [A-Z]{2}$/.test(value), { error: 'err.complex.postcode.format' })
    .default(''),
  place: text(100, 'err.text.tooLong').default(''),
  municipality: text(100, 'err.text.tooLong').default(''),
  wijk: text(100, 'err.text.tooLong').default(''),
  buurt: text(100, 'err.text.tooLong').default(''),
  homes: z
    .number({ error: 'err.complex.homes.number' })
    .min(0, { error: 'err.complex.homes.negative' })
    .int({ error: 'err.complex.homes.fractional' })
    .max(MAX_HOMES, { error: 'err.complex.homes.tooMany' }),
  buildingType: z.enum(BUILDING_TYPES, { error: 'err.complex.buildingType.invalid' }),
  sharedObjects: z
    .array(z.enum(SHARED_OBJECTS, { error: 'err.complex.sharedObjects.invalid' }))
    .max(SHARED_OBJECTS.length)
    .transform((list) => [...new Set(list)])
    .default([]),
  wijkbeheerderId: id.nullable().default(null),
  coreValues: text(1_000, 'err.text.tooLong').default(''),
};

export const complexCreateInput = z.object(complexFields).strict();
export const complexUpdateInput = z.object({ id, version, ...complexFields }).strict();

export const exclusionInput = z
  .object({
    id,
    version,
    reasons: z.array(z.enum(EXCLUSION_REASONS, { error: 'err.exclusion.reason' })).transform((l) => [...new Set(l)]),
    note: text(1_000).default(''),
  })
  .strict();

export const complexMethods = {
  /** All complexes with their open-initiative counts; archived ones only when asked. */
  'complexes:list': method<Complex[]>()(z.object({ includeArchived: z.boolean().optional() }).strict().default({}), {
    reads: ['complexes', 'initiatives'],
  }),
  /** One complex. */
  'complexes:get': method<Complex>()(byId, { reads: ['complexes', 'initiatives'] }),
  /** Creates a complex; its code must be unique. */
  'complexes:create': method<Complex>()(complexCreateInput, { changes: ['complexes'], sync: 'offline' }),
  /** Updates a complex; `version` must match the stored one (optimistic concurrency). */
  'complexes:update': method<Complex>()(complexUpdateInput, { changes: ['complexes'], sync: 'offline' }),
  /** Archives a complex (never a hard delete). */
  'complexes:archive': method<Complex>()(z.object({ id, version: z.number().int() }).strict(), {
    changes: ['complexes'],
    sync: 'offline',
  }),
  /** Brings an archived complex back. */
  'complexes:restore': method<Complex>()(z.object({ id, version: z.number().int() }).strict(), {
    changes: ['complexes'],
    sync: 'offline',
  }),
  /** Marks (or clears) the risk of social exclusion on a complex, with the reasons. */
  'complexes:setExclusionRisk': method<Complex>()(exclusionInput, { changes: ['complexes'], sync: 'offline' }),
} as const;
