import type { ImportKind } from '../../../shared/contract/imports';
import { AppError } from '../app-error';
import { actor, nowIso, type HandlerContext } from '../context';
import { complexImport, importComplex } from '../imports/complexes-import';
import { inWriteOrder, planImport, type ImportSpec, type RowValues } from '../imports/import-plan';
import { importResident, residentImport } from '../imports/residents-import';
import { prepareImport, takePreparedImport } from '../imports/prepared-import';
import type { HandlerGroup } from './types';
import { pacedBy, pause } from '../pacing';
import { transactionAcrossPauses } from '../write-gate';

/** Each kind of import: how its rows are planned and how one valid row is written. */
const KINDS = {
  complexes: { spec: complexImport, write: importComplex },
  residents: { spec: residentImport, write: importResident },
} as const;

// The two specs differ in value type; planning and writing stay paired per kind.
const specOf = (ctx: HandlerContext, kind: ImportKind) => KINDS[kind].spec(ctx) as ImportSpec<string, RowValues>;

/**
 * On the laptop the import is one transaction across pauses, run as the only write (see write-gate.ts), so the app
 * answers while 20,000 rows go in. Inside a transaction that is already open (the team server's, the laptop's
 * queue of a team command) it runs straight through as a savepoint: that transaction must not be left open for others.
 */
function importing<T>(ctx: HandlerContext, work: (pausing: () => Promise<void>) => Promise<T>): Promise<T> {
  if (ctx.db.inTransaction) return transactionAcrossPauses(ctx.db, () => work(async () => undefined));
  return ctx.writeAlone(() => transactionAcrossPauses(ctx.db, () => work(pause)));
}

export const importHandlers: HandlerGroup<'imports:preview' | 'imports:run'> = {
  'imports:preview': async ({ kind, dataBase64, mapping }, ctx) => {
    actor(ctx);
    const rows = await prepareImport(ctx, Buffer.from(dataBase64, 'base64'));
    return (await planImport(specOf(ctx, kind), rows, mapping, pause)).preview;
  },

  'imports:run': async ({ kind, dataBase64, mapping, onlyValid }, ctx) => {
    const by = actor(ctx);
    // An import can change thousands of records at once: first a verified copy of how things were (not on the team
    // server, which runs it inside its own transaction and keeps the team's data in PostgreSQL). The copy is made
    // in a worker beside the import (or already since the preview), from what is committed; the import waits for it
    // before it commits, so the copy never holds the import and an import never lands without its copy.
    const { rows, backup } = await takePreparedImport(ctx, Buffer.from(dataBase64, 'base64'), !ctx.db.inTransaction);
    // Handled from the start: a failed copy is reported by the import that waits for it, never as an unhandled one.
    const settled = backup?.then(
      () => undefined,
      () => undefined,
    );
    const counts = { created: 0, updated: 0 };
    const at = nowIso(ctx);
    const write = KINDS[kind].write as (
      ctx: HandlerContext,
      values: RowValues,
      at: string,
      by: string,
    ) => 'created' | 'updated';
    // One transaction: either every chosen row is in, or none is.
    const preview = await importing(ctx, async (pausing) => {
      try {
        const spec = specOf(ctx, kind);
        const { preview, plan: planned } = await planImport(spec, rows, mapping, pausing);
        if (!onlyValid && preview.invalid > 0) {
          throw new AppError('VALIDATION', 'err.import.hasErrors', { count: preview.invalid });
        }
        const paced = pacedBy(pausing);
        for (const values of inWriteOrder(spec, planned)) {
          counts[write(ctx, values, at, by.id)]++;
          if (paced.due()) await paced.pause();
        }
        await backup;
        return preview;
      } finally {
        // A refused import, too, ends with its backup finished and the worker gone.
        await settled;
      }
    });
    return { ...preview, ...counts };
  },
};
