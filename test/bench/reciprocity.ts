/** Wederkerigheid figures: "wat werkte waar" over 100,000 initiatives, and Mijn werk with 10,000 new tenants. */
import type { Backend } from '../../electron/backend/create-backend';
import { dutchDate } from '../../electron/backend/context';
import { uuidv7 } from '../../electron/backend/db/ids';
import { createRepositories } from '../../electron/backend/db/repositories';
import { addDays } from '../../shared/domain/dates';
import { welcomeMoments } from '../../shared/domain/reciprocity';
import { type Figure, median, round, time, timeSync } from './measure';

export async function evidence(backend: Backend): Promise<Figure[]> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) times.push((await time(() => backend.invoke('evidence:table', {}))).ms);
  const closed = (
    backend.db.prepare("SELECT count(*) AS n FROM initiatives WHERE status = 'gesloten'").get() as { n: number }
  ).n;
  return [
    { name: 'evidence_100k_ms', value: round(median(times)), unit: 'ms' },
    { name: 'evidence_closed_cases', value: closed, unit: 'rows' },
  ];
}

/**
 * 10,000 tenants who moved in during the last half year, each with the four welcome moments, all for the person
 * measured; then the first Mijn werk (cold: its statements not yet used in this process) and the welcome part alone.
 */
export async function welcomeWorklist(backend: Backend, staffId: string): Promise<Figure[]> {
  const repos = createRepositories(backend.db);
  const today = dutchDate(new Date());
  const at = new Date().toISOString();
  const residents = backend.db
    .prepare(
      `SELECT r.id, r.complex_id AS complexId FROM residents r WHERE NOT EXISTS (SELECT 1 FROM welcomes w
        WHERE w.resident_id = r.id) LIMIT 10000`,
    )
    .all() as { id: string; complexId: string }[];
  const steps = repos.reciprocity.steps();
  backend.db.transaction(() => {
    residents.forEach((r, i) => {
      const welcomeId = uuidv7();
      const moveInDate = addDays(today, -(i % 180));
      repos.reciprocity.insertWelcome({
        id: welcomeId,
        residentId: r.id,
        complexId: r.complexId,
        moveInDate,
        buddyId: null,
        at,
        by: staffId,
      });
      for (const m of welcomeMoments(moveInDate, steps))
        repos.reciprocity.insertMoment({
          id: uuidv7(),
          ...m,
          ownerId: staffId,
          complexId: r.complexId,
          residentId: r.id,
          welcomeId,
          at,
          by: staffId,
        });
    });
  })();
  const cold = await time(() => backend.invoke('work:overview', {}));
  const horizon = addDays(today, 14);
  // What Mijn werk reads for its follow-up lists (welcome moments among them): the bounded slices and the count.
  const welcome = Array.from(
    { length: 5 },
    () =>
      timeSync(() => [
        repos.visits.openDueBetween(staffId, '0000-01-01', addDays(today, -1)),
        repos.visits.openDueBetween(staffId, today, horizon),
        repos.visits.openCountBefore(staffId, today),
      ]).ms,
  );
  const warm = [];
  for (let i = 0; i < 3; i++) warm.push((await time(() => backend.invoke('work:overview', {}))).ms);
  return [
    { name: 'welcome_tenants', value: residents.length, unit: 'rows' },
    { name: 'welcome_worklist_ms', value: round(median(welcome)), unit: 'ms' },
    { name: 'mywork_cold_100k_ms', value: round(cold.ms), unit: 'ms' },
    { name: 'mywork_warm_100k_ms', value: round(median(warm)), unit: 'ms' },
  ];
}
