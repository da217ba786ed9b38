import type { ErrorBody } from '../../../shared/contract/errors';
import type { TeamConflict } from '../../../shared/contract/team';
import type { Db } from '../db/connection';
import { changedFields, rebaseInput } from './merge';
import type { QueueRow, SyncBookkeeping } from './queue';
import type { RowAccess, Touched } from './rows';

type Input = Record<string, unknown>;

/** The record a refused command was about: the row of its input's id among the rows it touched. */
function mainRecord(entry: QueueRow): Touched | undefined {
  const input = JSON.parse(entry.input) as Input;
  const touched = JSON.parse(entry.touched) as Touched[];
  return typeof input.id === 'string' ? touched.find((t) => t.key === JSON.stringify([input.id])) : undefined;
}

const before = (touched: Touched | undefined) => (touched?.before ? (JSON.parse(touched.before) as Input) : null);

/**
 * The commands the server refused ("niet verwerkt"): what the user tried, what the record is now and who changed
 * it, and the user's change on top of the current record for "Opnieuw toepassen".
 */
export function refusedCommands(db: Db, bookkeeping: SyncBookkeeping, rows: RowAccess) {
  const staffName = db.prepare<[string], { name: string }>('SELECT name FROM staff WHERE id = ?');

  function conflicts(): TeamConflict[] {
    return bookkeeping.queue('refused').map((entry) => {
      const input = JSON.parse(entry.input) as Input;
      const main = mainRecord(entry);
      const current = main ? rows.read(main.tbl, main.key).data : null;
      const by = current && typeof current.updated_by === 'string' ? staffName.get(current.updated_by) : undefined;
      return {
        seq: entry.seq,
        method: entry.method,
        input,
        changes: changedFields(input, before(main)),
        error: JSON.parse(entry.error ?? 'null') as ErrorBody,
        madeAt: entry.created_at,
        current: current && {
          version: typeof current.version === 'number' ? current.version : null,
          updatedAt: String(current.updated_at ?? ''),
          updatedBy: by?.name ?? null,
        },
      };
    });
  }

  /** The refused input on top of the record as the team has it now: only the fields the user changed. */
  function rebased(seq: number): { method: string; input: Input } | undefined {
    const entry = bookkeeping.queue('refused').find((q) => q.seq === seq);
    if (!entry) return undefined;
    const input = JSON.parse(entry.input) as Input;
    const main = mainRecord(entry);
    if (!main) return { method: entry.method, input };
    return { method: entry.method, input: rebaseInput(input, before(main), rows.read(main.tbl, main.key).data) };
  }

  return { conflicts, rebased };
}
