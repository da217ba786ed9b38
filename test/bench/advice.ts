/** Advice figures: pure evaluations per second, and Herbereken over a full-scale corporation. */
import type { Backend } from '../../electron/backend/create-backend';
import { generateCorporation } from '../../shared/demo/generator';
import { recommend, type InitiativeFacts } from '../../shared/domain/recommendation';
import { type Figure, round, time, timeSync } from './measure';

export function recommendThroughput(): Figure[] {
  // Realistic, varied facts: the demo generator's, 5,000 of them, evaluated round-robin.
  const facts: InitiativeFacts[] = generateCorporation({
    seed: 3,
    complexes: 50,
    initiatives: 5_000,
    wijkbeheerders: 5,
  }).initiatives.map((i) => ({
    ...i.facts,
    origin: i.origin,
    practiceType: i.practiceType,
  }));
  const evaluations = 200_000;
  let sink = 0;
  const { ms } = timeSync(() => {
    for (let i = 0; i < evaluations; i++) sink += recommend(facts[i % facts.length]!).scores.faciliteren;
  });
  if (Number.isNaN(sink)) throw new Error('unreachable');
  return [{ name: 'recommend_per_s', value: Math.round(evaluations / (ms / 1000)), unit: 'evaluations/s' }];
}

/** A teamleider reweighs one rule, then recomputes every open initiative (snapshots for those that change). */
export async function recompute(backend: Backend): Promise<Figure[]> {
  // Weighing mental ownership three times as heavy changes the advice of about one initiative in five.
  const updated = await backend.invoke('advice:updateRules', {
    settings: { eigenaar_mentaal: { enabled: true, weight: 3 } },
    note: 'bench',
  });
  if (!updated.ok) throw new Error(updated.error.message);
  const { ms, result } = await time(() => backend.invoke('advice:recompute'));
  if (!result.ok) throw new Error(result.error.message);
  return [
    { name: 'recompute_100k_ms', value: round(ms), unit: 'ms' },
    { name: 'recompute_checked_open', value: result.data.checked, unit: 'initiatives' },
    { name: 'recompute_changed', value: result.data.changed, unit: 'initiatives' },
  ];
}
