import type { Complex } from '../../../shared/domain/entities';
import { AppError, fieldError, notFound, staleVersion } from '../app-error';
import { actor, type HandlerContext, nowIso } from '../context';
import { diffFields } from '../audit-diff';
import { uuidv7 } from '../db/ids';
import type { ComplexFields } from '../db/repositories/complexes';
import type { HandlerGroup } from './types';

const AUDITED: (keyof Complex & keyof ComplexFields)[] = [
  'code',
  'name',
  'address',
  'postcode',
  'place',
  'municipality',
  'wijk',
  'buurt',
  'homes',
  'buildingType',
  'sharedObjects',
  'wijkbeheerderId',
  'coreValues',
];

function checkFields(ctx: HandlerContext, fields: ComplexFields, selfId?: string) {
  const owner = ctx.repos.complexes.idByCode(fields.code);
  if (owner && owner !== selfId) throw fieldError('code', 'err.complex.code.duplicate', { code: fields.code });
  if (fields.wijkbeheerderId && !ctx.repos.staff.get(fields.wijkbeheerderId)) {
    throw fieldError('wijkbeheerderId', 'err.notFound.staff');
  }
}

function load(ctx: HandlerContext, id: string): Complex {
  const complex = ctx.repos.complexes.get(id);
  if (!complex) throw notFound('complex');
  return complex;
}

/** Archive and restore differ only in the timestamp they set. */
function setArchived(ctx: HandlerContext, id: string, version: number, archive: boolean): Complex {
  const by = actor(ctx);
  const at = nowIso(ctx);
  ctx.db
    .transaction(() => {
      const before = load(ctx, id);
      if (archive === (before.archivedAt !== null)) return;
      if (!ctx.repos.complexes.setArchived(id, version, archive ? at : null, at, by.id)) throw staleVersion();
      ctx.repos.audit.record({
        at,
        actorId: by.id,
        entity: 'complex',
        entityId: id,
        action: archive ? 'archive' : 'restore',
        changes: { archivedAt: { from: before.archivedAt, to: archive ? at : null } },
      });
    })
    .immediate();
  return load(ctx, id);
}

export const complexHandlers: HandlerGroup<
  | 'complexes:list'
  | 'complexes:setExclusionRisk'
  | 'complexes:get'
  | 'complexes:create'
  | 'complexes:update'
  | 'complexes:archive'
  | 'complexes:restore'
> = {
  'complexes:list': ({ includeArchived }, ctx) => ctx.repos.complexes.list(includeArchived ?? false),

  'complexes:get': ({ id }, ctx) => load(ctx, id),

  'complexes:create': (fields, ctx) => {
    const by = actor(ctx);
    const id = uuidv7();
    const at = nowIso(ctx);
    ctx.db
      .transaction(() => {
        checkFields(ctx, fields);
        ctx.repos.complexes.insert(id, fields, at, by.id);
        ctx.repos.audit.record({
          at,
          actorId: by.id,
          entity: 'complex',
          entityId: id,
          action: 'create',
          changes: diffFields(null, fields, AUDITED),
        });
      })
      .immediate();
    return load(ctx, id);
  },

  'complexes:update': ({ id, version, ...fields }, ctx) => {
    const by = actor(ctx);
    const at = nowIso(ctx);
    ctx.db
      .transaction(() => {
        const before = load(ctx, id);
        if (before.archivedAt) throw new AppError('CONFLICT', 'err.complex.archived');
        checkFields(ctx, fields, id);
        if (!ctx.repos.complexes.update(id, version, fields, at, by.id)) throw staleVersion();
        ctx.repos.audit.record({
          at,
          actorId: by.id,
          entity: 'complex',
          entityId: id,
          action: 'update',
          changes: diffFields(before, fields, AUDITED),
        });
      })
      .immediate();
    return load(ctx, id);
  },

  'complexes:archive': ({ id, version }, ctx) => setArchived(ctx, id, version, true),
  'complexes:restore': ({ id, version }, ctx) => setArchived(ctx, id, version, false),

  'complexes:setExclusionRisk': ({ id, version, reasons, note }, ctx) => {
    const by = actor(ctx);
    const at = nowIso(ctx);
    ctx.db
      .transaction(() => {
        const before = ctx.repos.complexes.get(id);
        if (!before) throw notFound('complex');
        if (!ctx.repos.complexes.setExclusion({ id, version, reasons, note, at, by: by.id })) throw staleVersion();
        ctx.repos.audit.record({
          at,
          actorId: by.id,
          entity: 'complex',
          entityId: id,
          action: 'update',
          changes: { exclusionReasons: { from: before.exclusionReasons, to: reasons } },
        });
      })
      .immediate();
    return ctx.repos.complexes.get(id)!;
  },
};
