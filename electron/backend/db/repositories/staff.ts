import type { Staff } from '../../../../shared/domain/entities';
import type { Db } from '../connection';

export function staffRepository(db: Db) {
  const all = db.prepare<[], Staff>(
    'SELECT id, name, role, mandate_cents AS mandateCents FROM staff ORDER BY name COLLATE NOCASE',
  );
  const one = db.prepare<[string], Staff>(
    'SELECT id, name, role, mandate_cents AS mandateCents FROM staff WHERE id = ?',
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM staff');
  const insert = db.prepare(
    `INSERT INTO staff (id, name, role, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @name, @role, @at, @at, @by, @by)`,
  );
  const update = db.prepare(
    'UPDATE staff SET name = @name, role = @role, updated_at = @at, updated_by = @by WHERE id = @id',
  );
  const setMandate = db.prepare('UPDATE staff SET mandate_cents = ? WHERE id = ?');
  return {
    /** Name and role as the team server's account says (team mode: roles come from the server). */
    update: (staff: Omit<Staff, 'mandateCents'>, at: string, by: string) =>
      update.run({ id: staff.id, name: staff.name, role: staff.role, at, by }),
    /** The most a staff member may decide alone per grant. */
    setMandate: (id: string, mandateCents: number) => void setMandate.run(mandateCents, id),
    list: () => all.all(),
    get: (id: string) => one.get(id),
    count: () => count.get()!.n,
    insert: (staff: Omit<Staff, 'mandateCents'>, at: string, by: string) =>
      insert.run({ id: staff.id, name: staff.name, role: staff.role, at, by }),
  };
}
