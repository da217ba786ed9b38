/**
 * Conditions as data: a rule says *when* it applies in a small JSON form, so rule sets can be stored,
 * shown on the "Hoe komt het advies tot stand" page, and evaluated without code per rule.
 */
import type { InitiativeFacts } from './facts';

type ScalarFact = 'origin' | 'practiceType' | 'ownership' | 'group';
type ListFact = 'motives' | 'supportAsked' | 'risks';
type FlagFact = 'sharedProblem' | 'fitsPolicyAgenda' | 'residentsMotiveKnown' | 'exclusionRisk' | 'agreementsInPlace';

export type Condition =
  | { fact: ScalarFact; in: readonly string[] }
  | { fact: ListFact; includes: readonly string[] }
  | { fact: ListFact; onlyFrom: readonly string[] }
  | { fact: ListFact; empty: boolean }
  | { fact: FlagFact; is: boolean }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

/** Evaluates a condition against the facts. */
export function holds(condition: Condition, facts: InitiativeFacts): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, facts));
  if ('any' in condition) return condition.any.some((c) => holds(c, facts));
  if ('not' in condition) return !holds(condition.not, facts);
  if ('in' in condition) return condition.in.includes(facts[condition.fact]);
  if ('is' in condition) return facts[condition.fact] === condition.is;
  const list = facts[condition.fact] as readonly string[];
  if ('includes' in condition) return condition.includes.some((value) => list.includes(value));
  if ('onlyFrom' in condition) return list.length > 0 && list.every((value) => condition.onlyFrom.includes(value));
  return (list.length === 0) === condition.empty;
}

/** Every fact a condition reads; the rules page and the "what would change" hints use it. */
export function factsRead(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(factsRead);
  if ('any' in condition) return condition.any.flatMap(factsRead);
  if ('not' in condition) return factsRead(condition.not);
  return [condition.fact];
}

/**
 * The practice types a condition requires (a positive `in` on `practiceType`, also inside `all`); none if it does not.
 */
export function practiceTypesRequired(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(practiceTypesRequired);
  return 'in' in condition && condition.fact === 'practiceType' ? [...condition.in] : [];
}

/**
 * Turns a condition into a plain function once, so evaluating a rule set thousands of times a second does not
 * re-interpret the data each time. Same meaning as {@link holds}.
 */
export function compileCondition(condition: Condition): (facts: InitiativeFacts) => boolean {
  // Plain loops, not every/some with an arrow: the engine runs per save and per grid recompute, and a closure per
  // test was a third of what a recommendation allocated.
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    return (facts) => {
      for (const part of parts) if (!part(facts)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileCondition);
    return (facts) => {
      for (const part of parts) if (part(facts)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not);
    return (facts) => !inner(facts);
  }
  if ('in' in condition) {
    const { fact, in: values } = condition;
    return (facts) => values.includes(facts[fact]);
  }
  if ('is' in condition) {
    const { fact, is } = condition;
    return (facts) => facts[fact] === is;
  }
  const { fact } = condition;
  if ('includes' in condition) {
    const values = condition.includes;
    return (facts) => {
      const list = facts[fact] as readonly string[];
      for (const value of values) if (list.includes(value)) return true;
      return false;
    };
  }
  if ('onlyFrom' in condition) {
    const allowed = condition.onlyFrom;
    return (facts) => {
      const list = facts[fact] as readonly string[];
      for (const value of list) if (!allowed.includes(value)) return false;
      return list.length > 0;
    };
  }
  const empty = condition.empty;
  return (facts) => ((facts[fact] as readonly string[]).length === 0) === empty;
}
