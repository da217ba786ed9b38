/**
 * Contract for field work around a visit: the visit itself, the people met linked to initiatives (people:*),
 * the follow-ups agreed (followUps:*) and the autosaved draft of the visit form (drafts:*).
 */
import { z } from 'zod';
import { PERSON_ROLES } from '../domain/field-work';
import { ORIGINS, PRACTICE_TYPES } from '../domain/vocabulary';
import type { Draft, FollowUp, InitiativePerson, Visit } from '../domain/entities';
import { boundedJson, id, isoDate, text, unique } from './fields';
import { method } from './method';

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

export const draftSaveInput = z
  .object({
    id: id.optional(),
    kind: z.enum(['visit']),
    payload: z
      .record(z.string(), z.unknown())
      .refine((payload) => boundedJson(payload, 200_000), { error: 'err.draft.tooLarge' }),
  })
  .strict();

export const visitMethods = {
  /** Logs a visit: residents met (existing or new), note, initiatives touched (existing or new), follow-ups, photos. */
  'visits:create': method<Visit>()(visitCreateInput, { changes: ['fieldwork', 'initiatives'], sync: 'offline' }),
  /** Visits of a complex, of an initiative, or of the current user; newest first. */
  'visits:list': method<Visit[]>()(
    z
      .object({
        complexId: id.optional(),
        initiativeId: id.optional(),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .strict(),
    { reads: ['complexes', 'initiatives', 'fieldwork'] },
  ),
  /** The people on an initiative. */
  'people:list': method<InitiativePerson[]>()(z.object({ initiativeId: id }).strict(), {
    reads: ['complexes', 'initiatives', 'fieldwork'],
  }),
  /** Links a resident to an initiative in a role. */
  'people:link': method<InitiativePerson[]>()(personLinkInput, { changes: ['fieldwork'], sync: 'offline' }),
  /** Removes a resident's role on an initiative. */
  'people:unlink': method<InitiativePerson[]>()(personLinkInput, { changes: ['fieldwork'], sync: 'offline' }),
  /** Adds a follow-up (actie) with a due date and owner, linked to an initiative, complex or resident. */
  'followUps:create': method<FollowUp>()(followUpCreateInput, { changes: ['fieldwork'], sync: 'offline' }),
  /** Marks a follow-up done or not done. */
  'followUps:setDone': method<FollowUp>()(
    z
      .object({
        id,
        version: z.number().int().min(1),
        done: z.boolean(),
        note: text(500, 'err.followUp.note.tooLong').default(''),
      })
      .strict(),
    { changes: ['fieldwork'], sync: 'offline' },
  ),
  /** Follow-ups of an initiative, a complex or a resident. */
  'followUps:list': method<FollowUp[]>()(
    z
      .object({
        initiativeId: id.optional(),
        complexId: id.optional(),
        residentId: id.optional(),
        includeDone: z.boolean().default(true),
      })
      .strict(),
    { reads: ['complexes', 'initiatives', 'fieldwork'] },
  ),
  /** Saves (creates or overwrites) an autosaved draft of the current user. */
  'drafts:save': method<Draft>()(draftSaveInput, { changes: ['fieldwork'], sync: 'local' }),
  /** The current user's drafts, newest first. */
  'drafts:list': method<Draft[]>()(z.object({}).strict().default({}), { reads: ['fieldwork'] }),
  /** Throws a draft away. */
  'drafts:discard': method<{ id: string }>()(z.object({ id }).strict(), { changes: ['fieldwork'], sync: 'local' }),
} as const;
