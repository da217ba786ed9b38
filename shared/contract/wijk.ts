/** Contract methods for the wijk around the initiatives: buurtpeilingen, social partners, risk of exclusion. */
import { z } from 'zod';
import { PARTNER_KINDS, SURVEY_METHODS, type PartnerKind, type SurveyMethod } from '../domain/reciprocity';
import type { Status } from '../domain/status';
import { PRACTICE_TYPES } from '../domain/vocabulary';
import { id, isoDate, text } from './fields';
import { method } from './method';

export const PARTNER_ROLES = ['initiatiefnemer', 'uitvoering', 'financier', 'doorverwijzer', 'adviseur'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export interface SurveyTopic {
  id: string;
  topic: string;
  count: number;
  /** What became of the topic: the initiatives started from it. */
  initiatives: { id: string; title: string; status: Status }[];
}

export interface Survey {
  id: string;
  complexId: string | null;
  complexCode: string | null;
  wijk: string;
  method: SurveyMethod;
  heldOn: string;
  respondents: number;
  note: string;
  topics: SurveyTopic[];
}

export interface Partner {
  id: string;
  wijk: string;
  name: string;
  kind: PartnerKind;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  /** Initiatives this partner is linked to. */
  initiatives: number;
  version: number;
}

export interface InitiativePartner {
  partnerId: string;
  name: string;
  kind: PartnerKind;
  role: PartnerRole;
}

export interface ExclusionReach {
  complexes: number;
  /** Initiatives on those complexes, or whose Kenmerken name the risk. */
  initiatives: number;
  /** Residents linked to those initiatives. */
  residentsReached: number;
}

const count = (key: string) =>
  z.number({ error: key }).int({ error: key }).min(0, { error: key }).max(100_000, { error: key });

export const surveyCreateInput = z
  .object({
    complexId: id.nullable().default(null),
    wijk: text(100).default(''),
    method: z.enum(SURVEY_METHODS, { error: 'err.survey.method' }),
    heldOn: isoDate('err.survey.heldOn'),
    respondents: count('err.survey.respondents'),
    note: text(2_000).default(''),
    topics: z
      .array(
        z
          .object({
            topic: text(120, 'err.survey.topic').min(1, { error: 'err.survey.topic' }),
            count: count('err.survey.topicCount').min(1, { error: 'err.survey.topicCount' }),
          })
          .strict(),
      )
      .max(50),
  })
  .strict()
  .refine((s) => s.complexId || s.wijk, { error: 'err.survey.where', path: ['wijk'] })
  .refine((s) => s.topics.every((t) => t.count <= s.respondents), {
    error: 'err.survey.moreThanRespondents',
    path: ['topics'],
  })
  .refine((s) => new Set(s.topics.map((t) => t.topic.toLowerCase())).size === s.topics.length, {
    error: 'err.survey.topicTwice',
    path: ['topics'],
  });

export const partnerCreateInput = z
  .object({
    wijk: text(100).min(1, { error: 'err.partner.wijk' }),
    name: text(120).min(1, { error: 'err.partner.name' }),
    kind: z.enum(PARTNER_KINDS, { error: 'err.partner.kind' }),
    contactName: text(100).default(''),
    contactPhone: text(30)
      .refine((v) => v === '' || /^\+?[0-9 ()-]{6,20}$/.test(v), { error: 'err.resident.phone' })
      .default(''),
    contactEmail: text(120)
      .refine((v) => v === '' || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v), { error: 'err.resident.email' })
      .default(''),
  })
  .strict();

const partnerLinkInput = z
  .object({ initiativeId: id, partnerId: id, role: z.enum(PARTNER_ROLES, { error: 'err.partner.role' }) })
  .strict();

const reads = { reads: ['complexes', 'initiatives', 'fieldwork'] } as const;

export const wijkMethods = {
  /** Records a survey or idea round of a complex or a wijk, with the topics residents named and their counts. */
  'surveys:create': method<Survey>()(surveyCreateInput, { changes: ['fieldwork'], sync: 'offline' }),
  /** Surveys of a complex and of its wijk, newest first, with what became of each topic. */
  'surveys:list': method<Survey[]>()(z.object({ complexId: id }).strict(), reads),
  /** Starts an initiative from a topic residents named; the initiative keeps the link. */
  'surveys:startInitiative': method<{ id: string }>()(
    z
      .object({
        topicId: id,
        complexId: id,
        title: text(200, 'err.initiative.title.tooLong').min(1, { error: 'err.initiative.title.required' }),
        practiceType: z.enum(PRACTICE_TYPES, { error: 'err.initiative.practiceType.invalid' }),
      })
      .strict(),
    { changes: ['initiatives', 'fieldwork'], sync: 'offline' },
  ),
  /** The social partners, of one wijk or all, with how many initiatives each is part of. */
  'partners:list': method<Partner[]>()(
    z
      .object({ wijk: z.string().max(100).optional() })
      .strict()
      .default({}),
    reads,
  ),
  /** Adds a partner to a wijk; the same name twice in a wijk is refused. */
  'partners:create': method<Partner>()(partnerCreateInput, { changes: ['fieldwork'], sync: 'offline' }),
  /** The partners on an initiative with their role. */
  'partners:ofInitiative': method<InitiativePartner[]>()(z.object({ initiativeId: id }).strict(), reads),
  /** Links a partner to an initiative in a role; a partner is linked once. */
  'partners:link': method<InitiativePartner[]>()(partnerLinkInput, { changes: ['fieldwork'], sync: 'offline' }),
  /** Removes a partner from an initiative. */
  'partners:unlink': method<InitiativePartner[]>()(z.object({ initiativeId: id, partnerId: id }).strict(), {
    changes: ['fieldwork'],
    sync: 'offline',
  }),
} as const;
