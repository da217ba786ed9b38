import { RESULTS } from '../domain/reciprocity';
/**
 * Input schemas of the contract. Messages are translation keys (see shared/i18n); the registry turns them
 * into Dutch text for the error envelope and the UI translates them into the user's language.
 */
import { z } from 'zod';
import { STATUSES } from '../domain/status';
import { BUILDING_TYPES, ORIGINS, PRACTICE_TYPES, ROLES, SHARED_OBJECTS } from '../domain/vocabulary';
import { APPROACHES, GROUPS, MOTIVES, OWNERSHIPS, RISKS, SUPPORTS } from '../domain/recommendation/facts';
import { id, isoDate, text, version } from './fields';

export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 20_000;
export const MAX_HOMES = 10_000;

const requiredText = (max: number, requiredKey: string, tooLongKey: string) =>
  text(max, tooLongKey).min(1, { error: requiredKey });

export const staffInput = z
  .object({
    name: requiredText(100, 'err.staff.name.required', 'err.staff.name.tooLong'),
    role: z.enum(ROLES, { error: 'err.staff.role.invalid' }),
  })
  .strict();

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

const initiativeFields = {
  complexId: z.uuid({ error: 'err.initiative.complex.required' }),
  title: requiredText(MAX_TITLE, 'err.initiative.title.required', 'err.initiative.title.tooLong'),
  description: text(MAX_DESCRIPTION, 'err.initiative.description.tooLong').default(''),
  sharedObject: z.enum(SHARED_OBJECTS, { error: 'err.complex.sharedObjects.invalid' }).nullable().default(null),
  origin: z.enum(ORIGINS, { error: 'err.initiative.origin.invalid' }),
  practiceType: z.enum(PRACTICE_TYPES, { error: 'err.initiative.practiceType.invalid' }),
  startDate: isoDate().nullable().default(null),
  endDate: isoDate().nullable().default(null),
  wijkbeheerderId: id.nullable().default(null),
};

const unique = <T>(list: T[]) => [...new Set(list)];
const flag = z.boolean({ error: 'err.facts.flag' });

/** The Kenmerken of an initiative (origin and practice type are fields of the initiative itself). */
export const factsInput = z
  .object({
    ownership: z.enum(OWNERSHIPS, { error: 'err.facts.ownership' }),
    group: z.enum(GROUPS, { error: 'err.facts.group' }),
    motives: z.array(z.enum(MOTIVES, { error: 'err.facts.motive' })).transform(unique),
    supportAsked: z.array(z.enum(SUPPORTS, { error: 'err.facts.support' })).transform(unique),
    risks: z.array(z.enum(RISKS, { error: 'err.facts.risk' })).transform(unique),
    sharedProblem: flag,
    fitsPolicyAgenda: flag,
    residentsMotiveKnown: flag,
    exclusionRisk: flag,
    agreementsInPlace: flag,
  })
  .strict();

const adviceFields = {
  facts: factsInput.optional(),
  chosenApproach: z.enum(APPROACHES, { error: 'err.advice.approach' }).optional(),
  rationale: text(2_000, 'err.text.tooLong').default(''),
};

type DatedInput = { startDate: string | null; endDate: string | null };
const endNotBeforeStart = (value: DatedInput) => !value.startDate || !value.endDate || value.endDate >= value.startDate;
const dateOrder = { error: 'err.initiative.endBeforeStart', path: ['endDate'] };

export const initiativeCreateInput = z
  .object({ ...initiativeFields, ...adviceFields })
  .strict()
  .refine(endNotBeforeStart, dateOrder);
export const initiativeUpdateInput = z
  .object({ id, version, ...initiativeFields, ...adviceFields })
  .strict()
  .refine(endNotBeforeStart, dateOrder);

export const MAX_RULE_WEIGHT = 10;

/** A teamleider's change to the rule table: per rule on/off and a weight from 0 to 10. */
export const ruleSettingsInput = z
  .object({
    settings: z.record(
      z.string().max(60),
      z
        .object({
          enabled: z.boolean({ error: 'err.advice.enabled' }),
          weight: z
            .number({ error: 'err.advice.weight' })
            .min(0, { error: 'err.advice.weight' })
            .max(MAX_RULE_WEIGHT, { error: 'err.advice.weight' }),
        })
        .strict(),
    ),
    note: text(500, 'err.text.tooLong').default(''),
  })
  .strict();

export const initiativeTransitionInput = z
  .object({
    id,
    version,
    to: z.enum(STATUSES, { error: 'err.status.invalid' }),
    note: text(2_000, 'err.text.tooLong').default(''),
    outcome: text(5_000, 'err.text.tooLong').optional(),
    result: z.enum(RESULTS, { error: 'err.initiative.result.invalid' }).optional(),
  })
  .strict();

export const settingsPatch = z
  .object({
    language: z.enum(['nl', 'en'], { error: 'err.settings.language' }).optional(),
    currentStaffId: id.optional(),
    gridState: z.record(z.string().max(60), z.unknown()).optional(),
  })
  .strict();
