/**
 * The recommendation engine: pure and deterministic (no I/O, no clock). Scores the three approaches by the
 * rule table, explains the score with the rules that applied, suggests next steps, warns, and says which
 * unanswered questions could change the advice.
 */
import { ACTIONS_BY_APPROACH, ACTIONS_BY_PRACTICE } from './actions';
import { compileCondition, factsRead } from './conditions';
import { APPROACHES, GROUPS, OWNERSHIPS, type Approach, type InitiativeFacts } from './facts';
import { RULES, type Rule } from './rules';
import { WARNINGS, type WarningCode } from './warnings';

export const ENGINE_VERSION = '1.0.0';
export type Language = 'nl' | 'en';

export interface RuleSetting {
  enabled: boolean;
  /** 0–10; 1 is the study's own weight. */
  weight: number;
}

/** A version of the rule table's settings; rules without a setting are on with weight 1. */
export interface RuleSet {
  version: number;
  settings: Readonly<Record<string, RuleSetting>>;
}

export const DEFAULT_RULE_SET: RuleSet = { version: 1, settings: {} };

export type Confidence = 'hoog' | 'middel' | 'laag';

export interface Recommendation {
  approach: Approach;
  confidence: Confidence;
  scores: Record<Approach, number>;
  reasons: { ruleId: string; text: string; source: string }[];
  actions: { id: string; text: string }[];
  warnings: { code: WarningCode; text: string }[];
  engineVersion: string;
  ruleSetVersion: number;
}

export function ruleSetting(ruleSet: RuleSet, ruleId: string): RuleSetting {
  return ruleSet.settings[ruleId] ?? { enabled: true, weight: 1 };
}

interface ActiveRule {
  rule: Rule;
  test: (facts: InitiativeFacts) => boolean;
  /** The rule's effect times its weight, per approach, in APPROACHES order. */
  points: [number, number, number];
  reads: ReadonlySet<string>;
}

// Conditions are compiled once per rule (the rule table is a constant), warnings once per module.
const tests = new Map<string, (facts: InitiativeFacts) => boolean>();
const compiledTest = (rule: Rule) => {
  let test = tests.get(rule.id);
  if (!test) tests.set(rule.id, (test = compileCondition(rule.when)));
  return test;
};
const WARNING_TESTS = WARNINGS.map((warning) => ({
  warning,
  requires: warning.requires ? compileCondition(warning.requires) : () => true,
  when: compileCondition(warning.when),
}));

// Rule sets are immutable values; compiling one (weights applied, facts read) once per set keeps the engine
// above 100,000 evaluations a second.
const compiled = new WeakMap<RuleSet, ActiveRule[]>();

function activeRules(ruleSet: RuleSet): ActiveRule[] {
  let rules = compiled.get(ruleSet);
  if (!rules) {
    rules = RULES.map((rule) => ({ rule, setting: ruleSetting(ruleSet, rule.id) }))
      .filter(({ setting }) => setting.enabled && setting.weight > 0)
      .map(({ rule, setting }) => ({
        rule,
        test: compiledTest(rule),
        points: APPROACHES.map((a) => (rule.effect[a] ?? 0) * setting.weight) as [number, number, number],
        reads: new Set(factsRead(rule.when)),
      }));
    compiled.set(ruleSet, rules);
  }
  return rules;
}

const toScores = (points: number[]): Record<Approach, number> => ({
  faciliteren: points[0]!,
  coproduceren: points[1]!,
  stimuleren: points[2]!,
});

function score(facts: InitiativeFacts, rules: ActiveRule[]) {
  const points = [0, 0, 0];
  const applied: ActiveRule[] = [];
  for (const entry of rules) {
    if (!entry.test(facts)) continue;
    applied.push(entry);
    for (let i = 0; i < 3; i++) points[i]! += entry.points[i]!;
  }
  return { points, applied };
}

/** The scores with one fact changed: only the rules that read that fact are evaluated again. */
function rescore(
  base: { points: number[]; applied: ActiveRule[] },
  variant: InitiativeFacts,
  fact: string,
  rules: ActiveRule[],
): number[] {
  const points = [...base.points];
  for (const entry of rules) {
    if (!entry.reads.has(fact)) continue;
    const before = base.applied.includes(entry);
    const after = entry.test(variant);
    if (before === after) continue;
    for (let i = 0; i < 3; i++) points[i]! += after ? entry.points[i]! : -entry.points[i]!;
  }
  return points;
}

/** The highest score wins; ties go to the approach that asks least of the corporation (the study's preference). */
function best(points: number[]): Approach {
  let winner = 0;
  for (let i = 1; i < 3; i++) if (points[i]! > points[winner]!) winner = i;
  return APPROACHES[winner]!;
}

/** How many of the facts that matter most are still unanswered. */
export function unknownCount(facts: InitiativeFacts): number {
  return [
    facts.ownership === 'onbekend',
    facts.group === 'nog_geen_groep',
    !facts.residentsMotiveKnown && facts.motives.length === 0,
    facts.supportAsked.length === 0,
  ].filter(Boolean).length;
}

function confidenceOf(scores: Record<Approach, number>, facts: InitiativeFacts, regular: boolean): Confidence {
  if (regular) return 'laag';
  const { faciliteren: f, coproduceren: c, stimuleren: s } = scores;
  // The lead of the best score over the second best (the middle of three is the sum minus the extremes).
  const first = Math.max(f, c, s);
  const margin = first - (f + c + s - first - Math.min(f, c, s));
  const unknown = unknownCount(facts);
  if (margin >= 4 && unknown === 0) return 'hoog';
  if (margin >= 2 && unknown <= 1) return 'middel';
  return 'laag';
}

const QUESTION_TEXT: Record<string, Record<Language, (approaches: string) => string>> = {
  ownership: {
    nl: (a) =>
      `Vraag hoe bewoners er zelf in staan (mentaal eigenaarschap); het antwoord kan het advies veranderen in ${a}.`,
    en: (a) => `Ask how residents see it themselves (mental ownership); the answer could change the advice to ${a}.`,
  },
  group: {
    nl: (a) => `Ga na of er al een groep is; het antwoord kan het advies veranderen in ${a}.`,
    en: (a) => `Find out whether there is a group already; the answer could change the advice to ${a}.`,
  },
  residentsMotiveKnown: {
    nl: (a) => `Vraag bewoners naar hun eigen motief; als dat bekend is kan het advies ${a} worden.`,
    en: (a) => `Ask residents about their own motive; once known, the advice could become ${a}.`,
  },
};

const STABLE_TEXT: Record<Language, string> = {
  nl: 'De open vragen veranderen dit advies niet, wat het antwoord ook is; beantwoorden maakt het wel zekerder.',
  en: 'The open questions would not change this advice, whatever the answer; answering them does make it more certain.',
};

/** The key questions that can be unanswered, and the answers that would settle them. */
const QUESTIONS: { fact: keyof InitiativeFacts; open: (facts: InitiativeFacts) => boolean; answers: unknown[] }[] = [
  { fact: 'ownership', open: (f) => f.ownership === 'onbekend', answers: OWNERSHIPS.filter((o) => o !== 'onbekend') },
  { fact: 'group', open: (f) => f.group === 'nog_geen_groep', answers: GROUPS.filter((g) => g !== 'nog_geen_groep') },
  { fact: 'residentsMotiveKnown', open: (f) => !f.residentsMotiveKnown, answers: [true] },
];

/** For each unanswered key question, the approaches its possible answers would lead to. */
function openQuestions(facts: InitiativeFacts, base: ReturnType<typeof score>, rules: ActiveRule[], current: Approach) {
  const found: [string, Approach[]][] = [];
  // One copy of the facts, each answer tried in turn on it: this runs on every save.
  const variant: Record<string, unknown> = { ...facts };
  for (const { fact, open, answers } of QUESTIONS) {
    if (!open(facts)) continue;
    const changed: Approach[] = [];
    for (const answer of answers) {
      variant[fact] = answer;
      const approach = best(rescore(base, variant as unknown as InitiativeFacts, fact, rules));
      if (approach !== current && !changed.includes(approach)) changed.push(approach);
    }
    variant[fact] = facts[fact];
    if (changed.length > 0) found.push([fact, changed]);
  }
  return found;
}

/**
 * Advises faciliteren, coproduceren or stimuleren for an initiative and explains why in the words of the
 * study. Deterministic: the same facts and rule set always give the same recommendation.
 */
export function recommend(
  facts: InitiativeFacts,
  options: { ruleSet?: RuleSet; language?: Language } = {},
): Recommendation {
  const ruleSet = options.ruleSet ?? DEFAULT_RULE_SET;
  const language = options.language ?? 'nl';
  const rules = activeRules(ruleSet);
  const base = score(facts, rules);
  const scores = toScores(base.points);
  const approach = best(base.points);

  const warnings = WARNING_TESTS.filter(
    ({ warning, requires, when }) => requires(facts) && (when(facts) || warning.orAdvised === approach),
  ).map(({ warning }) => ({
    code: warning.code,
    text: warning.text[language],
  }));

  const questions = openQuestions(facts, base, rules, approach).map(([fact, changed]) => ({
    id: `vraag_${fact}`,
    text: QUESTION_TEXT[fact]![language](changed.join(language === 'nl' ? ' of ' : ' or ')),
  }));
  // Unanswered questions that would not change the advice are worth saying too: answering them only adds certainty.
  if (questions.length === 0 && unknownCount(facts) > 0)
    questions.push({ id: 'open_vragen_stabiel', text: STABLE_TEXT[language] });
  const actions = [...ACTIONS_BY_APPROACH[approach], ...ACTIONS_BY_PRACTICE[facts.practiceType]].map((action) => ({
    id: action.id,
    text: action[language],
  }));

  return {
    approach,
    confidence: confidenceOf(
      scores,
      facts,
      warnings.some((w) => w.code === 'regulier_beheer'),
    ),
    scores,
    reasons: base.applied.map(({ rule }) => ({ ruleId: rule.id, text: rule.reason[language], source: rule.source })),
    actions: [...questions, ...actions],
    warnings,
    engineVersion: ENGINE_VERSION,
    ruleSetVersion: ruleSet.version,
  };
}
