import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APPROACHES,
  GROUPS,
  MOTIVES,
  OWNERSHIPS,
  RISKS,
  RULE_IDS,
  RULES,
  SUPPORTS,
  recommend,
  type InitiativeFacts,
  type RuleSet,
} from '../../shared/domain/recommendation';
import { ORIGINS, PRACTICE_TYPES } from '../../shared/domain/vocabulary';

const subset = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: values.length });

export const factsArbitrary: fc.Arbitrary<InitiativeFacts> = fc.record({
  origin: fc.constantFrom(...ORIGINS),
  practiceType: fc.constantFrom(...PRACTICE_TYPES),
  ownership: fc.constantFrom(...OWNERSHIPS),
  group: fc.constantFrom(...GROUPS),
  motives: subset(MOTIVES),
  supportAsked: subset(SUPPORTS),
  risks: subset(RISKS),
  sharedProblem: fc.boolean(),
  fitsPolicyAgenda: fc.boolean(),
  residentsMotiveKnown: fc.boolean(),
  exclusionRisk: fc.boolean(),
  agreementsInPlace: fc.boolean(),
});

const ruleSetArbitrary: fc.Arbitrary<RuleSet> = fc
  .dictionary(
    fc.constantFrom(...RULES.map((r) => r.id)),
    fc.record({ enabled: fc.boolean(), weight: fc.integer({ min: 0, max: 10 }) }),
  )
  .map((settings) => ({ version: 2, settings }));

describe('recommendation properties', () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(factsArbitrary, ruleSetArbitrary, (facts, ruleSet) => {
        expect(recommend(facts, { ruleSet })).toEqual(recommend(structuredClone(facts), { ruleSet }));
      }),
    );
  });

  it('gives finite scores, names only existing rules, and advises the best-scoring approach', () => {
    fc.assert(
      fc.property(factsArbitrary, ruleSetArbitrary, (facts, ruleSet) => {
        const result = recommend(facts, { ruleSet });
        for (const approach of APPROACHES) expect(Number.isFinite(result.scores[approach])).toBe(true);
        for (const reason of result.reasons) expect(RULE_IDS.has(reason.ruleId)).toBe(true);
        expect(Math.max(...Object.values(result.scores))).toBe(result.scores[result.approach]);
        expect(['hoog', 'middel', 'laag']).toContain(result.confidence);
      }),
    );
  });

  it('more evidence of mental ownership never lowers the facilitating score, whatever the weights', () => {
    fc.assert(
      fc.property(factsArbitrary, ruleSetArbitrary, (facts, ruleSet) => {
        const before = recommend(facts, { ruleSet }).scores.faciliteren;
        expect(
          recommend({ ...facts, ownership: 'mentaal_eigenaar' }, { ruleSet }).scores.faciliteren,
        ).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  // With custom weights a teamleider can weigh "individu" above "bestaande groep"; with the study's weights an
  // established group never lowers the facilitating score.
  it("an established group never lowers the facilitating score under the study's weights", () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        const before = recommend(facts).scores.faciliteren;
        expect(recommend({ ...facts, group: 'bestaande_groep' }).scores.faciliteren).toBeGreaterThanOrEqual(before);
        expect(
          recommend({ ...facts, group: 'bestaande_groep', ownership: 'mentaal_eigenaar' }).scores.faciliteren,
        ).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('switching a rule off removes its reason', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        const applied = recommend(facts).reasons.map((r) => r.ruleId);
        for (const ruleId of applied) {
          const off = recommend(facts, {
            ruleSet: { version: 2, settings: { [ruleId]: { enabled: false, weight: 1 } } },
          });
          expect(off.reasons.map((r) => r.ruleId)).not.toContain(ruleId);
        }
      }),
    );
  });

  it('answers in English when asked, with the same approach', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        const nl = recommend(facts, { language: 'nl' });
        const en = recommend(facts, { language: 'en' });
        expect(en.approach).toBe(nl.approach);
        expect(en.reasons.map((r) => r.ruleId)).toEqual(nl.reasons.map((r) => r.ruleId));
      }),
    );
  });

  it('says which unanswered question could change the advice', () => {
    const facts: InitiativeFacts = {
      origin: 'bewoners',
      practiceType: 'anders',
      ownership: 'onbekend',
      group: 'nog_geen_groep',
      motives: [],
      supportAsked: [],
      risks: [],
      sharedProblem: false,
      fitsPolicyAgenda: false,
      residentsMotiveKnown: false,
      exclusionRisk: false,
      agreementsInPlace: false,
    };
    const result = recommend(facts);
    expect(result.confidence).toBe('laag');
    expect(result.actions.map((a) => a.id)).toContain('vraag_ownership');
    // Where no answer could change it, the advice says that instead.
    const stable = recommend({ ...facts, practiceType: 'zelf_beter' });
    expect(stable.actions.map((a) => a.id)).toContain('open_vragen_stabiel');
    expect(stable.actions.map((a) => a.id)).not.toContain('vraag_ownership');
  });

  it('every rule has Dutch and English text and a source', () => {
    for (const rule of RULES) {
      expect(rule.reason.nl.length).toBeGreaterThan(20);
      expect(rule.reason.en.length).toBeGreaterThan(20);
      expect(rule.source).toMatch(/\d{3}|domain/);
    }
    expect(RULE_IDS.size).toBe(RULES.length);
  });
});

describe('compiled conditions', () => {
  it('property: a compiled condition means exactly what the data says', async () => {
    const { compileCondition, holds } = await import('../../shared/domain/recommendation/conditions');
    const { WARNINGS } = await import('../../shared/domain/recommendation/warnings');
    const conditions = [...RULES.map((r) => r.when), ...WARNINGS.map((w) => w.when)];
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        for (const condition of conditions) expect(compileCondition(condition)(facts)).toBe(holds(condition, facts));
      }),
    );
  });
});
