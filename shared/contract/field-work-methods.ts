/** Contract methods for field work: residents, people on initiatives, visits, follow-ups, drafts, "Mijn werk". */
import { z } from 'zod';
import type { Match } from '../domain/matching';
import type { AppreciationKind, PromiseStatus } from '../domain/reciprocity';
import type {
  Draft,
  FollowUp,
  InitiativePerson,
  InitiativeRow,
  Resident,
  ResidentRow,
  Staff,
  TimelineEntry,
  Visit,
} from '../domain/entities';
import {
  attachmentUploadInput,
  draftSaveInput,
  followUpCreateInput,
  personLinkInput,
  residentCreateInput,
  residentUpdateInput,
  residentVersionInput,
  visitCreateInput,
} from './field-work-schemas';
import { id, text } from './fields';
import { method } from './method';
import type { PolicyRow, WorklistRow } from './liability-contract';
import type { PromiseRecord, UnappreciatedResident } from './reciprocity-methods';

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

export interface MyWork {
  staff: Staff;
  today: string;
  /** The earliest 100 overdue follow-ups; `overdueCount` says how many there are in all. */
  overdue: FollowUp[];
  overdueCount: number;
  upcoming: FollowUp[];
  drafts: Draft[];
  stale: InitiativeRow[];
  recentVisits: Visit[];
  /**
   * Requirements that expire within 30 days (or have expired): of this person's initiatives; for a medewerker,
   * who files the team's agreements and insurance, the agreements and VOGs of every initiative (first 100).
   */
  expiring: WorklistRow[];
  /** Register policies that expire within 30 days or have expired, for those who keep it (not wijkbeheerders). */
  policiesExpiring: PolicyRow[];
  /** Open promises this person made that are due within 14 days or overdue. */
  promises: PromiseRecord[];
  /** Active residents of this person's complexes without appreciation in twelve months (at most 10). */
  appreciationDue: UnappreciatedResident[];
}

export interface ResidentMatch extends Match {
  name: string;
  complexCode: string;
}

export const fieldWorkMethods = {
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
  /** The people on an initiative. */
  'people:list': method<InitiativePerson[]>()(z.object({ initiativeId: id }).strict(), {
    reads: ['complexes', 'initiatives', 'fieldwork'],
  }),
  /** Links a resident to an initiative in a role. */
  'people:link': method<InitiativePerson[]>()(personLinkInput, { changes: ['fieldwork'], sync: 'offline' }),
  /** Removes a resident's role on an initiative. */
  'people:unlink': method<InitiativePerson[]>()(personLinkInput, { changes: ['fieldwork'], sync: 'offline' }),
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
  /** Stores a photo (JPEG or PNG by its bytes, at most 20 MB), content-addressed; returns its id. */
  'attachments:upload': method<{ id: string; mime: string; size: number }>()(attachmentUploadInput, {
    changes: [],
    sync: 'offline',
  }),
  /** "Mijn werk": overdue and upcoming follow-ups, drafts, initiatives untouched for 90 days, recent visits. */
  'work:overview': method<MyWork>()(z.object({ staffId: id.optional() }).strict().default({}), {
    reads: ['complexes', 'initiatives', 'fieldwork'],
  }),
  /** One chronological view of a complex or initiative: visits, status changes, follow-ups and advice. */
  'timeline:get': method<TimelineEntry[]>()(
    z
      .object({ complexId: id.optional(), initiativeId: id.optional() })
      .strict()
      .refine((v) => v.complexId || v.initiativeId, { error: 'err.invalidValue' }),
    { reads: ['complexes', 'initiatives', 'fieldwork'] },
  ),
} as const;
