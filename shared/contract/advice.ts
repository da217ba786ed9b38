/** Contract for the advice: the Kenmerken of an initiative, the rule table and recomputing the advice. */
import { z } from 'zod';
import { GROUPS, MOTIVES, OWNERSHIPS, RISKS, SUPPORTS } from '../domain/recommendation/facts';
import type { RuleSet } from '../domain/recommendation/engine';
import { none, text, unique } from './fields';
import { method } from './method';

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

export interface RuleSetInfo extends RuleSet {
  createdAt: string | null;
  createdByName: string | null;
  note: string;
}

export const adviceMethods = {
  /** The rule set in force: its version and each rule's on/off and weight (the rules page and the live card). */
  'advice:rules': method<RuleSetInfo>()(none, { reads: ['initiatives'] }),
  /** A teamleider changes rule weights or switches rules off; this makes a new rule-set version. */
  'advice:updateRules': method<RuleSetInfo>()(ruleSettingsInput, { changes: ['initiatives'], sync: 'online' }),
  /** "Herbereken": recomputes the advice of every open initiative with the current rule set. */
  'advice:recompute': method<{ checked: number; changed: number; ruleSetVersion: number }>()(none, {
    changes: ['initiatives'],
    sync: 'online',
  }),
} as const;
