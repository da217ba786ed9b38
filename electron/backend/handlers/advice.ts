import type { RuleSetInfo } from '../../../shared/contract/advice';
import { RULE_IDS, RULES, ruleSetting, type RuleSet } from '../../../shared/domain/recommendation';
import { recomputeAll } from '../advice';
import { AppError, fieldError } from '../app-error';
import { nowIso, requireTeamleider } from '../context';
import type { HandlerGroup } from './types';

/** The audit log keys rule-set changes on this fixed id: the rule table is one record. */
export const RULE_TABLE_ENTITY_ID = '00000000-0000-7000-8000-00000000a1e5';

export const adviceHandlers: HandlerGroup<'advice:rules' | 'advice:updateRules' | 'advice:recompute'> = {
  'advice:rules': (_input, ctx) => ctx.repos.advice.currentRuleSet(),

  'advice:updateRules': ({ settings, note }, ctx) => {
    const by = requireTeamleider(ctx);
    const unknown = Object.keys(settings).find((ruleId) => !RULE_IDS.has(ruleId));
    if (unknown) throw fieldError(`settings.${unknown}`, 'err.advice.unknownRule', { rule: unknown });
    const current = ctx.repos.advice.currentRuleSet();
    const next: RuleSet = { version: current.version + 1, settings: { ...current.settings, ...settings } };
    if (
      RULES.every((rule) => {
        const s = ruleSetting(next, rule.id);
        return !s.enabled || s.weight === 0;
      })
    ) {
      throw new AppError('VALIDATION', 'err.advice.allOff');
    }
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const rule of RULES) {
      const before = ruleSetting(current, rule.id);
      const after = ruleSetting(next, rule.id);
      if (before.enabled !== after.enabled || before.weight !== after.weight)
        changes[rule.id] = { from: before, to: after };
    }
    const at = nowIso(ctx);
    ctx.db
      .transaction(() => {
        ctx.repos.advice.insertRuleSet(next, note, at, by.id);
        ctx.repos.audit.record({
          at,
          actorId: by.id,
          entity: 'rule_set',
          entityId: RULE_TABLE_ENTITY_ID,
          action: 'update',
          changes: { version: { from: current.version, to: next.version }, ...changes },
        });
      })
      .immediate();
    return ctx.repos.advice.currentRuleSet() satisfies RuleSetInfo;
  },

  'advice:recompute': (_input, ctx) => {
    const by = requireTeamleider(ctx);
    const ruleSet = ctx.repos.advice.currentRuleSet();
    const result = recomputeAll(ctx, ruleSet, nowIso(ctx), by.id);
    return { ...result, ruleSetVersion: ruleSet.version };
  },
};
