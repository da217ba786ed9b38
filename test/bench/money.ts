/** Money figures: the budget overview of 2,000 complexes × 10 years, with grants and expenses behind it. */
import type { Backend } from '../../electron/backend/create-backend';
import { uuidv7 } from '../../electron/backend/db/ids';
import { type Figure, median, round, time } from './measure';

export async function budgetOverview(backend: Backend, actorId: string): Promise<Figure[]> {
  const complexes = backend.db.prepare('SELECT id, homes FROM complexes').all() as { id: string; homes: number }[];
  const initiativeOf = backend.db.prepare('SELECT id FROM initiatives WHERE complex_id = ? LIMIT 1');
  const at = new Date().toISOString();
  const insertBudget = backend.db.prepare(
    `INSERT INTO budgets (id, scope, complex_id, year, name, per_home_cents, amount_cents, created_at, updated_at,
        created_by, updated_by)
     VALUES (?, 'complex', ?, ?, 'Leefbaarheid', 2500, ?, ?, ?, ?, ?)`,
  );
  const insertGrant = backend.db.prepare(
    `INSERT INTO grants (id, initiative_id, budget_id, applied_on, requested_cents, status, granted_cents, created_at,
        updated_at, created_by, updated_by)
     VALUES (?, ?, ?, ?, ?, 'toegekend', ?, ?, ?, ?, ?)`,
  );
  const insertExpense = backend.db.prepare(
    `INSERT INTO expenses (id, grant_id, spent_on, description, amount_cents, created_at, created_by) VALUES (?, ?, ?,
        'Materiaal', ?, ?, ?)`,
  );
  backend.db.transaction(() => {
    for (const complex of complexes) {
      const initiative = initiativeOf.get(complex.id) as { id: string } | undefined;
      for (let year = 2017; year <= 2026; year++) {
        const budgetId = uuidv7();
        insertBudget.run(budgetId, complex.id, year, complex.homes * 2500, at, at, actorId, actorId);
        if (!initiative) continue;
        const grantId = uuidv7();
        insertGrant.run(grantId, initiative.id, budgetId, `${year}-03-01`, 10_000, 10_000, at, at, actorId, actorId);
        insertExpense.run(uuidv7(), grantId, `${year}-04-01`, 7_500, at, actorId);
      }
    }
  })();
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < 5; i++) {
    const { ms, result } = await time(() => backend.invoke('budgets:list', {}));
    if (result.ok) rows = result.data.length;
    times.push(ms);
  }
  return [
    { name: 'budget_overview_ms', value: round(median(times)), unit: 'ms' },
    { name: 'budget_overview_rows', value: rows, unit: 'budgets' },
  ];
}
