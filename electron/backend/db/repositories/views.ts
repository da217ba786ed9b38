import type { SavedView } from '../../../../shared/contract/views';
import type { Db } from '../connection';

type Stored = Omit<SavedView, 'state' | 'shared' | 'mine'> & { state: string; shared: number; ownerId: string };

/** Saved grid views: one's own and those colleagues shared, per grid. */
export function viewRepository(db: Db) {
  const visible = db.prepare<[string, string], Stored>(
    `SELECT v.id, v.grid_id AS gridId, v.name, v.state, v.shared, s.name AS ownerName, v.owner_id AS ownerId
       FROM saved_views v JOIN staff s ON s.id = v.owner_id
      WHERE v.grid_id = ? AND (v.owner_id = ? OR v.shared = 1) ORDER BY v.name COLLATE NOCASE`,
  );
  const insert = db.prepare(
    'INSERT INTO saved_views (id, grid_id, name, state, shared, owner_id, created_at) VALUES (@id, @gridId, @name, @state, @shared, @ownerId, @at)',
  );
  const remove = db.prepare<[string, string]>('DELETE FROM saved_views WHERE id = ? AND owner_id = ?');
  return {
    /** The views of `gridId` that `meId` may open, by name. */
    list: (gridId: string, meId: string): SavedView[] =>
      visible.all(gridId, meId).map(({ ownerId, ...row }) => ({
        ...row,
        state: JSON.parse(row.state) as Record<string, unknown>,
        shared: row.shared === 1,
        mine: ownerId === meId,
      })),
    insert: (
      view: {
        id: string;
        gridId: string;
        name: string;
        state: Record<string, unknown>;
        shared: boolean;
        ownerId: string;
      },
      at: string,
    ) => insert.run({ ...view, state: JSON.stringify(view.state), shared: view.shared ? 1 : 0, at }),
    /** Deletes one's own view; false when there is none of that id (or it is someone else's). */
    delete: (id: string, ownerId: string) => remove.run(id, ownerId).changes > 0,
  };
}
