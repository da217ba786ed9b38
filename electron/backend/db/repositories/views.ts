import type { SavedView } from '../../../../shared/contract/views';
import type { Db } from '../connection';

type Stored = Omit<SavedView, 'state' | 'shared' | 'mine'> & { state: string; shared: number; ownerId: string };
interface NewView {
  id: string;
  gridId: string;
  name: string;
  state: Record<string, unknown>;
  ownerId: string;
}

/**
 * Saved grid views per grid: one's own (saved_views, kept on this laptop) and those shared with the team
 * (shared_views, a team record that travels to every colleague's laptop).
 */
export function viewRepository(db: Db) {
  const visible = db.prepare<{ gridId: string; me: string }, Stored>(
    `SELECT v.id, v.gridId, v.name, v.state, v.shared, s.name AS ownerName, v.ownerId FROM (
        SELECT id, grid_id AS gridId, name, state, 0 AS shared, owner_id AS ownerId FROM saved_views
         WHERE grid_id = @gridId AND owner_id = @me
        UNION ALL
        SELECT id, grid_id, name, state, 1, owner_id FROM shared_views WHERE grid_id = @gridId
      ) v JOIN staff s ON s.id = v.ownerId ORDER BY v.name COLLATE NOCASE`,
  );
  const insert = (table: string) =>
    db.prepare(
      `INSERT INTO ${table} (id, grid_id, name, state, owner_id, created_at)
       VALUES (@id, @gridId, @name, @state, @ownerId, @at)`,
    );
  const inserts = { own: insert('saved_views'), shared: insert('shared_views') };
  const removals = {
    own: db.prepare<[string, string]>('DELETE FROM saved_views WHERE id = ? AND owner_id = ?'),
    shared: db.prepare<[string, string]>('DELETE FROM shared_views WHERE id = ? AND owner_id = ?'),
  };
  return {
    /** The views of `gridId` that `meId` may open, by name. */
    list: (gridId: string, meId: string): SavedView[] =>
      visible.all({ gridId, me: meId }).map(({ ownerId, ...row }) => ({
        ...row,
        state: JSON.parse(row.state) as Record<string, unknown>,
        shared: row.shared === 1,
        mine: ownerId === meId,
      })),
    insert: (kind: 'own' | 'shared', view: NewView, at: string) =>
      inserts[kind].run({ ...view, state: JSON.stringify(view.state), at }),
    /** Deletes one of the owner's views; false when there is none of that id (or it is someone else's). */
    delete: (kind: 'own' | 'shared', id: string, ownerId: string) => removals[kind].run(id, ownerId).changes > 0,
  };
}
