/** Liability figures: deriving requirements for 100,000 initiatives, and the "Dossiers incompleet" worklist. */
import type { Backend } from '../../electron/backend/create-backend';
import { uuidv7 } from '../../electron/backend/db/ids';
import { type Figure, median, round, time } from './measure';

/**
 * Gives every initiative a risk (the worst case: all need requirements), some volunteers and agreements, and policies.
 */
export async function requirements(backend: Backend, actorId: string): Promise<Figure[]> {
  const db = backend.db;
  const at = new Date().toISOString();
  db.transaction(() => {
    db.prepare(`UPDATE initiatives SET facts = json_set(facts, '$.risks', json('["werken_op_hoogte"]'))`).run();
    const insertPolicy = db.prepare(
      `INSERT INTO policies (id, insurer, policy_number, kind, holder, municipality, secondary, valid_from, valid_to,
          covers, created_at, updated_at, created_by, updated_by)
       VALUES (?, 'Centraal Beheer', ?, 'vng_basis', 'gemeente', ?, 1, '2020-01-01', NULL,
       '[{"risk":"werken_op_hoogte","amountCents":250000000,"exclusions":""}]', ?, ?, ?, ?)`,
    );
    const places = db.prepare('SELECT DISTINCT municipality FROM complexes').all() as { municipality: string }[];
    places
      .slice(0, Math.ceil(places.length / 2))
      .forEach((p, i) => insertPolicy.run(uuidv7(), `VNG-${i}`, p.municipality, at, at, actorId, actorId));
    const residents = db.prepare('SELECT id, complex_id AS complexId FROM residents WHERE erased_at IS NULL').all() as {
      id: string;
      complexId: string;
    }[];
    const byComplex = new Map<string, string>();
    for (const r of residents) if (!byComplex.has(r.complexId)) byComplex.set(r.complexId, r.id);
    const link = db.prepare(
      'INSERT OR IGNORE INTO initiative_people (initiative_id, resident_id, role, created_at, created_by) VALUES ' +
        "(?, ?, 'vrijwilliger', ?, ?)",
    );
    const agreement = db.prepare(
      `INSERT INTO agreements (id, initiative_id, resident_id, tasks, start_on, end_on, status, created_at, updated_at,
          created_by, updated_by)
       VALUES (?, ?, ?, 'Klussen', '2025-01-01', '2027-12-31', 'concept', ?, ?, ?, ?)`,
    );
    const initiatives = db.prepare('SELECT id, complex_id AS complexId FROM initiatives').all() as {
      id: string;
      complexId: string;
    }[];
    initiatives.forEach((initiative, i) => {
      const residentId = byComplex.get(initiative.complexId);
      if (!residentId || i % 2 === 1) return;
      link.run(initiative.id, residentId, at, actorId);
      if (i % 4 === 0) agreement.run(uuidv7(), initiative.id, residentId, at, at, actorId, actorId);
    });
  })();
  // The first call derives every requirement; later calls reuse the result until the database changes.
  const cold = await time(() => backend.invoke('requirements:worklist'));
  const rows = cold.result.ok ? cold.result.data.length : 0;
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) warm.push((await time(() => backend.invoke('requirements:worklist'))).ms);
  return [
    { name: 'requirements_100k_ms', value: round(cold.ms), unit: 'ms' },
    { name: 'worklist_ms', value: round(median(warm)), unit: 'ms' },
    { name: 'worklist_rows', value: rows, unit: 'requirements' },
  ];
}
