import type { RuleSetInfo } from '../../../../shared/contract/advice';
import type { AdviceSnapshot, Initiative, StoredFacts } from '../../../../shared/domain/entities';
import {
  DEFAULT_RULE_SET,
  type Approach,
  type Recommendation,
  type RuleSet,
} from '../../../../shared/domain/recommendation';
import type { Db } from '../connection';
import { uuidv7 } from '../ids';
import { OPEN_SQL } from '../open-statuses';

export interface AdviceState {
  facts: StoredFacts;
  recommendation: Recommendation;
  chosenApproach: Recommendation['approach'];
}

const DEFAULT_RULE_SET_INFO: RuleSetInfo = Object.freeze({
  ...DEFAULT_RULE_SET,
  createdAt: null,
  createdByName: null,
  note: '',
});

interface RuleSetRow {
  version: number;
  settings: string;
  note: string;
  createdAt: string;
  createdByName: string;
}
const RULE_SET_COLUMNS = ['version', 'settings', 'note', 'createdAt', 'createdByName'] as const;

/** The rule sets, newest in force; each stored version is read into one frozen object. */
function ruleSetQueries(db: Db) {
  const latestRuleSet = db.prepare<[], RuleSetRow>(
    `SELECT r.version, r.settings, r.note, r.created_at AS createdAt, s.name AS createdByName
       FROM rule_sets r JOIN staff s ON s.id = r.created_by ORDER BY r.version DESC LIMIT 1`,
  );
  const insertRuleSet = db.prepare(
    'INSERT INTO rule_sets (version, settings, note, created_at, created_by) VALUES (?, ?, ?, ?, ?)',
  );
  // The engine compiles a rule set once per object (a WeakMap), so the same stored version must come back as the
  // same object: a fresh parse per call recompiled every rule on every save, and the compiled copies, held by the
  // WeakMap until a full collection, made each young-generation GC copy 2 MB (3–8 ms pauses inside creates).
  let current: { row: RuleSetRow; info: RuleSetInfo } | undefined;
  return {
    /** The rule set in force: the newest stored version, or the study's own (version 1). Immutable; do not edit. */
    currentRuleSet(): RuleSetInfo {
      const row = latestRuleSet.get();
      if (!row) return DEFAULT_RULE_SET_INFO;
      const cached = current;
      if (cached && RULE_SET_COLUMNS.every((column) => cached.row[column] === row[column])) return cached.info;
      const settings = Object.freeze(JSON.parse(row.settings) as RuleSet['settings']);
      current = { row, info: Object.freeze({ ...row, settings }) };
      return current.info;
    },
    insertRuleSet: (ruleSet: RuleSet, note: string, at: string, by: string) =>
      insertRuleSet.run(ruleSet.version, JSON.stringify(ruleSet.settings), note, at, by),
  };
}

/** What the engine needs of one initiative to advise on it again. */
export interface AdviceInput {
  id: string;
  origin: Initiative['origin'];
  practiceType: Initiative['practiceType'];
  facts: StoredFacts;
  advisedApproach: Approach | null;
  chosenApproach: Approach | null;
}
const ADVICE_INPUT = `SELECT id, origin, practice_type AS practiceType, facts, advised_approach AS advisedApproach,
  chosen_approach AS chosenApproach FROM initiatives`;
type AdviceRow = Omit<AdviceInput, 'facts'> & { facts: string };
const parsed = (row: AdviceRow): AdviceInput => ({
  ...row,
  facts: JSON.parse(row.facts) as StoredFacts,
});

type SnapshotRow = Omit<AdviceSnapshot, 'facts' | 'recommendation'> & { facts: string; recommendation: string };

export function adviceRepository(db: Db) {
  const setAdvice = db.prepare(
    `UPDATE initiatives SET facts = @facts, advised_approach = @advised, chosen_approach = @chosen,
        advice_confidence = @confidence
      WHERE id = @id`,
  );
  const insertSnapshot = db.prepare(
    `INSERT INTO advice_snapshots (id, initiative_id, facts, recommendation, engine_version, rule_set_version,
        advised_approach,
       chosen_approach, rationale, cause, created_at, created_by)
     VALUES (@id, @initiativeId, @facts, @recommendation, @engineVersion, @ruleSetVersion, @advised, @chosen,
     @rationale, @cause, @at, @by)`,
  );
  const snapshots = db.prepare<[string], SnapshotRow>(
    `SELECT a.id, a.created_at AS createdAt, s.name AS createdByName, a.cause, a.advised_approach AS advisedApproach,
            a.chosen_approach AS chosenApproach, a.rationale, a.engine_version AS engineVersion,
            a.rule_set_version AS ruleSetVersion,
            a.facts, a.recommendation
       FROM advice_snapshots a JOIN staff s ON s.id = a.created_by
      WHERE a.initiative_id = ? ORDER BY a.id DESC`,
  );
  const openInitiatives = db.prepare<[], AdviceRow>(`${ADVICE_INPUT} WHERE status IN (${OPEN_SQL})`);
  const withoutAdvice = db.prepare<[], AdviceRow>(`${ADVICE_INPUT} WHERE advised_approach IS NULL`);
  const setFirstAdvice = db.prepare(
    'UPDATE initiatives SET advised_approach = ?, chosen_approach = ?, advice_confidence = ? WHERE id = ?',
  );
  return {
    ...ruleSetQueries(db),
    /** Every open initiative, for "Herbereken". */
    openInitiatives: () => openInitiatives.all().map(parsed),
    /** Initiatives from before the advice existed (migration 0002). */
    initiativesWithoutAdvice: () => withoutAdvice.all().map(parsed),
    /** An initiative's first advice, followed by default: nobody chose yet, so no snapshot. */
    setFirstAdvice: (id: string, recommendation: Recommendation) =>
      setFirstAdvice.run(recommendation.approach, recommendation.approach, recommendation.confidence, id),
    /** Stores the current advice on the initiative (denormalised for the grid and its filters). */
    setAdvice: (id: string, state: AdviceState) =>
      setAdvice.run({
        id,
        facts: JSON.stringify(state.facts),
        advised: state.recommendation.approach,
        chosen: state.chosenApproach,
        confidence: state.recommendation.confidence,
      }),
    recordSnapshot: (
      initiativeId: string,
      state: AdviceState,
      rationale: string,
      cause: AdviceSnapshot['cause'],
      at: string,
      by: string,
    ) =>
      insertSnapshot.run({
        id: uuidv7(),
        initiativeId,
        facts: JSON.stringify(state.facts),
        recommendation: JSON.stringify(state.recommendation),
        engineVersion: state.recommendation.engineVersion,
        ruleSetVersion: state.recommendation.ruleSetVersion,
        advised: state.recommendation.approach,
        chosen: state.chosenApproach,
        rationale,
        cause,
        at,
        by,
      }),
    snapshots: (initiativeId: string): AdviceSnapshot[] =>
      snapshots.all(initiativeId).map((row) => ({
        ...row,
        facts: JSON.parse(row.facts) as StoredFacts,
        recommendation: JSON.parse(row.recommendation) as Recommendation,
      })),
  };
}
