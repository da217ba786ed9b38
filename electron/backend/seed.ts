import type { GeneratedCorporation } from '../../shared/demo/generator';
import { APPROACHES } from '../../shared/domain/recommendation';
import { adviceState } from './advice';
import { dutchDate } from './context';
import type { Db } from './db/connection';
import { uuidv7 } from './db/ids';
import { createRepositories, type Repositories } from './db/repositories';
import type { RuleSetInfo } from '../../shared/contract/advice';
import { resultOfOutcome, seedReciprocity } from './seed-reciprocity';

/**
 * Stores a generated corporation in one transaction: staff, complexes, initiatives with their status
 * histories, and an audit entry for every record created, attributed to `actorId`.
 */
export function seedCorporation(db: Db, data: GeneratedCorporation, options: { actorId: string; now: Date }) {
  const repos = createRepositories(db);
  const at = options.now.toISOString();
  const by = options.actorId;
  const audit = (entity: string, entityId: string, when: string, summary: Record<string, unknown>) =>
    repos.audit.record({
      at: when,
      actorId: by,
      entity,
      entityId,
      action: 'create',
      changes: Object.fromEntries(Object.entries(summary).map(([key, to]) => [key, { from: null, to }])),
    });

  db.transaction(() => {
    const staffIds = data.staff.map((staff) => {
      const id = uuidv7();
      repos.staff.insert({ id, ...staff }, at, by);
      audit('staff', id, at, { name: staff.name, role: staff.role });
      return id;
    });
    const complexIds = data.complexes.map(({ wijkbeheerder, ...complex }) => {
      const id = uuidv7();
      repos.complexes.insert(id, { ...complex, wijkbeheerderId: staffIds[wijkbeheerder] ?? null }, at, by);
      audit('complex', id, at, { code: complex.code, name: complex.name });
      return id;
    });
    const ruleSet = repos.advice.currentRuleSet();
    const openInitiative = new Map<string, string>();
    for (const initiative of data.initiatives) {
      const { id, complexId, status } = seedInitiative(repos, initiative, { complexIds, staffIds, ruleSet, by });
      if (status === 'in_uitvoering' && !openInitiative.has(complexId)) openInitiative.set(complexId, id);
      audit('initiative', id, initiative.createdAt, { title: initiative.title, status });
    }
    seedReciprocity({
      repos,
      complexIds,
      initiativeOf: (complexId) => openInitiative.get(complexId),
      by,
      today: dutchDate(options.now),
      at,
    });
  }).immediate();
}

/** One generated initiative with its status, its advice (and a deviation from it) and its status history. */
function seedInitiative(
  repos: Repositories,
  initiative: GeneratedCorporation['initiatives'][number],
  { complexIds, staffIds, ruleSet, by }: { complexIds: string[]; staffIds: string[]; ruleSet: RuleSetInfo; by: string },
) {
  const id = uuidv7();
  const fields = {
    complexId: complexIds[initiative.complex]!,
    title: initiative.title,
    description: initiative.description,
    sharedObject: initiative.sharedObject,
    origin: initiative.origin,
    practiceType: initiative.practiceType,
    startDate: initiative.startDate,
    endDate: initiative.endDate,
    wijkbeheerderId: staffIds[initiative.wijkbeheerder] ?? null,
  };
  const current = initiative.path[initiative.path.length - 1]!;
  repos.initiatives.insert(id, fields, 'aangemaakt', initiative.createdAt, by);
  if (current !== 'aangemaakt') {
    const result = resultOfOutcome(initiative.outcome);
    repos.initiatives.setStatus(id, 1, current, initiative.outcome, initiative.updatedAt, by, result);
  }
  repos.initiatives.setDates(id, initiative.createdAt, initiative.updatedAt);
  const advised = adviceState(fields, initiative.facts, ruleSet);
  const deviation =
    initiative.deviation && APPROACHES[initiative.deviation.approachIndex] !== advised.recommendation.approach
      ? initiative.deviation
      : null;
  const state = deviation ? { ...advised, chosenApproach: APPROACHES[deviation.approachIndex]! } : advised;
  repos.advice.setAdvice(id, state);
  repos.advice.recordSnapshot(id, state, deviation?.rationale ?? '', 'opslaan', initiative.createdAt, by);
  const created = Date.parse(initiative.createdAt);
  const step = (Date.parse(initiative.updatedAt) - created) / Math.max(1, initiative.path.length - 1);
  initiative.path.forEach((status, index) => {
    repos.initiatives.recordStatusChange({
      id: uuidv7(),
      initiativeId: id,
      fromStatus: index === 0 ? null : initiative.path[index - 1]!,
      toStatus: status,
      note: '',
      reopening: false,
      changedAt: new Date(created + step * index).toISOString(),
      changedBy: by,
    });
  });
  return { id, complexId: fields.complexId, status: current };
}
