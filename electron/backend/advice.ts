/**
 * Advice for initiatives: computes the recommendation with the rule set in force, stores what was advised
 * and chosen on the initiative, and keeps a snapshot whenever that changes.
 */
import type { Initiative, StoredFacts } from '../../shared/domain/entities';
import { recommend, type Approach, type InitiativeFacts, type RuleSet } from '../../shared/domain/recommendation';
import { fieldError } from './app-error';
import type { HandlerContext } from './context';
import type { Db } from './db/connection';
import { adviceRepository, type AdviceState } from './db/repositories/advice';
import { derivedAgreementsInPlace } from './liability';

export function factsOf(initiative: Pick<Initiative, 'origin' | 'practiceType'>, stored: StoredFacts): InitiativeFacts {
  return { ...stored, origin: initiative.origin, practiceType: initiative.practiceType };
}

export function adviceState(
  initiative: Pick<Initiative, 'origin' | 'practiceType'>,
  stored: StoredFacts,
  ruleSet: RuleSet,
  chosen?: Approach,
): AdviceState {
  // Stored snapshots are in Dutch, the language of the records; the UI renders its own language live.
  const recommendation = recommend(factsOf(initiative, stored), { ruleSet, language: 'nl' });
  return { facts: stored, recommendation, chosenApproach: chosen ?? recommendation.approach };
}

interface SaveAdvice {
  initiativeId: string;
  initiative: Pick<Initiative, 'origin' | 'practiceType'>;
  facts: StoredFacts;
  chosen?: Approach;
  rationale: string;
  previous?: Initiative;
  at: string;
  by: string;
}

/**
 * Within the caller's transaction: computes the advice, refuses a deviation without rationale, stores the
 * advice on the initiative, and records a snapshot when facts, advice or choice changed. Returns the
 * audit changes it made.
 */
export function saveAdvice(ctx: HandlerContext, save: SaveAdvice) {
  // With risky work, "agreements in place" is not a matter of opinion: it follows from the liability dossier.
  const facts =
    save.facts.risks.length > 0
      ? { ...save.facts, agreementsInPlace: derivedAgreementsInPlace(ctx, save.initiativeId, save.facts.risks) }
      : save.facts;
  save = { ...save, facts };
  const state = adviceState(save.initiative, save.facts, ctx.repos.advice.currentRuleSet(), save.chosen);
  const advised = state.recommendation.approach;
  if (state.chosenApproach !== advised && save.rationale.trim() === '') {
    throw fieldError('rationale', 'err.advice.rationaleRequired', { advised });
  }
  ctx.repos.advice.setAdvice(save.initiativeId, state);
  const previous = save.previous;
  const changed =
    !previous ||
    JSON.stringify(previous.facts) !== JSON.stringify(save.facts) ||
    previous.advisedApproach !== advised ||
    previous.chosenApproach !== state.chosenApproach;
  if (changed)
    ctx.repos.advice.recordSnapshot(save.initiativeId, state, save.rationale.trim(), 'opslaan', save.at, save.by);
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  if (previous?.advisedApproach !== advised)
    changes.advisedApproach = { from: previous?.advisedApproach ?? null, to: advised };
  if (previous?.chosenApproach !== state.chosenApproach)
    changes.chosenApproach = { from: previous?.chosenApproach ?? null, to: state.chosenApproach };
  return changes;
}

/**
 * "Herbereken": recomputes every open initiative with `ruleSet`. The chosen approach stays (it was a person's
 * decision); where the advice changed a snapshot records it. Returns how many were checked and changed.
 */
export function recomputeAll(ctx: HandlerContext, ruleSet: RuleSet, at: string, by: string) {
  let checked = 0;
  let changed = 0;
  const rationale = `Herberekend met regelset versie ${ruleSet.version}; gekozen aanpak ongewijzigd.`;
  ctx.db
    .transaction(() => {
      for (const row of ctx.repos.advice.openInitiatives()) {
        checked++;
        const state = adviceState(row, row.facts, ruleSet, row.chosenApproach ?? undefined);
        ctx.repos.advice.setAdvice(row.id, state);
        if (state.recommendation.approach !== row.advisedApproach) {
          changed++;
          ctx.repos.advice.recordSnapshot(
            row.id,
            state,
            state.chosenApproach === state.recommendation.approach ? '' : rationale,
            'herberekening',
            at,
            by,
          );
        }
      }
    })
    .immediate();
  return { checked, changed };
}

/** After migration 0002: gives initiatives that predate the advice their first advice (no snapshot: nobody chose). */
export function backfillAdvice(db: Db, ruleSet: RuleSet) {
  const advice = adviceRepository(db);
  db.transaction(() => {
    for (const row of advice.initiativesWithoutAdvice())
      advice.setFirstAdvice(row.id, adviceState(row, row.facts, ruleSet).recommendation);
  }).immediate();
}
