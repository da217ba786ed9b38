import { AppError } from '../app-error';
import { actor, nowIso } from '../context';
import { uuidv7 } from '../db/ids';
import { planImport, readSpreadsheet } from '../imports/complexes-import';
import type { HandlerGroup } from './types';

export const overviewHandlers: HandlerGroup<'imports:previewComplexes' | 'imports:complexes'> = {
  'imports:previewComplexes': async ({ dataBase64, mapping }, ctx) => {
    actor(ctx);
    const rows = await readSpreadsheet(Buffer.from(dataBase64, 'base64'));
    return planImport(rows, mapping, (code) => ctx.repos.complexes.idByCode(code) !== undefined).preview;
  },

  'imports:complexes': async ({ dataBase64, mapping, onlyValid }, ctx) => {
    const by = actor(ctx);
    const rows = await readSpreadsheet(Buffer.from(dataBase64, 'base64'));
    let created = 0;
    let updated = 0;
    const at = nowIso(ctx);
    // One transaction: either every chosen row is in, or none is.
    const preview = ctx.db.transaction(() => {
      const { preview, plan } = planImport(rows, mapping, (code) => ctx.repos.complexes.idByCode(code) !== undefined);
      if (!onlyValid && preview.invalid > 0) throw new AppError('VALIDATION', 'err.import.hasErrors', { count: preview.invalid });
      for (const { values } of plan) {
        if (!values) continue;
        const existing = ctx.repos.complexes.idByCode(values.code);
        if (existing) {
          const current = ctx.repos.complexes.get(existing)!;
          ctx.repos.complexes.update(existing, current.version, { ...values, sharedObjects: current.sharedObjects, wijkbeheerderId: current.wijkbeheerderId }, at, by.id);
          ctx.repos.audit.record({ at, actorId: by.id, entity: 'complex', entityId: existing, action: 'update', changes: { import: { from: null, to: 'bijgewerkt uit import' } } });
          updated++;
        } else {
          const id = uuidv7();
          ctx.repos.complexes.insert(id, { ...values, sharedObjects: [], wijkbeheerderId: null }, at, by.id);
          ctx.repos.audit.record({ at, actorId: by.id, entity: 'complex', entityId: id, action: 'create', changes: { import: { from: null, to: values.code } } });
          created++;
        }
      }
      return preview;
    })();
    ctx.emit('complexes:changed');
    return { ...preview, created, updated };
  },
};
