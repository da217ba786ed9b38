/** Input schemas for residents, visits, follow-ups, drafts and attachments (issue: field work). */
import { z } from 'zod';
import { AGE_BANDS, LIFE_PHASES, PERSON_ROLES, RESIDENT_ROLES, TALENTS } from '../domain/field-work';
import { MOTIVES } from '../domain/recommendation/facts';
import { ORIGINS, PRACTICE_TYPES } from '../domain/vocabulary';
import { boundedJson, id, isoDate, text, version } from './fields';

const unique = <T>(list: T[]) => [...new Set(list)];
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

export const personLinkInput = z
  .object({ initiativeId: id, residentId: id, role: z.enum(PERSON_ROLES, { error: 'err.person.role' }) })
  .strict();

export const followUpFields = {
  title: text(200, 'err.followUp.title.tooLong').min(1, { error: 'err.followUp.title.required' }),
  dueDate: isoDate('err.followUp.dueDate'),
  ownerId: z.uuid({ error: 'err.followUp.owner' }),
};

export const followUpCreateInput = z
  .object({
    ...followUpFields,
    initiativeId: id.nullable().default(null),
    complexId: id.nullable().default(null),
    residentId: id.nullable().default(null),
  })
  .strict()
  .refine((f) => f.initiativeId || f.complexId || f.residentId, { error: 'err.followUp.link', path: ['initiativeId'] });

export const visitCreateInput = z
  .object({
    complexId: z.uuid({ error: 'err.visit.complex' }),
    visitDate: isoDate('err.visit.date'),
    note: text(5_000).default(''),
    residentIds: z.array(id).transform(unique).default([]),
    newResidents: z
      .array(
        z
          .object({ name: text(100, 'err.resident.name.tooLong').min(1, { error: 'err.resident.name.required' }) })
          .strict(),
      )
      .max(20)
      .default([]),
    initiativeIds: z.array(id).transform(unique).default([]),
    newInitiatives: z
      .array(
        z
          .object({
            title: text(200, 'err.initiative.title.tooLong').min(1, { error: 'err.initiative.title.required' }),
            practiceType: z.enum(PRACTICE_TYPES, { error: 'err.initiative.practiceType.invalid' }),
            origin: z.enum(ORIGINS, { error: 'err.initiative.origin.invalid' }),
            /** The role in which the residents met are linked to this new initiative. */
            personRole: z.enum(PERSON_ROLES, { error: 'err.person.role' }).default('initiatiefnemer'),
          })
          .strict(),
      )
      .max(10)
      .default([]),
    followUps: z.array(z.object(followUpFields).strict()).max(10).default([]),
    photoIds: z.array(id).max(20).transform(unique).default([]),
    draftId: id.optional(),
  })
  .strict();

export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;
export const ATTACHMENT_PURPOSES = ['visit-photo', 'receipt', 'document'] as const;

/** Bytes travel base64-encoded in JSON; the HTTP transport accepts these larger bodies on /api/upload only. */
export const attachmentUploadInput = z
  .object({
    purpose: z.enum(ATTACHMENT_PURPOSES, { error: 'err.attachment.purpose' }),
    dataBase64: z.string().max(Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 16, { error: 'err.attachment.tooLarge' }),
  })
  .strict();

export const draftSaveInput = z
  .object({
    id: id.optional(),
    kind: z.enum(['visit']),
    payload: z
      .record(z.string(), z.unknown())
      .refine((payload) => boundedJson(payload, 200_000), { error: 'err.draft.tooLarge' }),
  })
  .strict();
