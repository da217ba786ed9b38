import type { InitiativeDocument } from '../../../shared/contract/documents';
import { fieldError, notFound, staleVersion } from '../app-error';
import { actor, type HandlerContext, nowIso } from '../context';
import { uuidv7 } from '../db/ids';
import type { HandlerGroup } from './types';

type Changes = Record<string, { from: unknown; to: unknown }>;

/** Runs `write` in one immediate transaction and logs its changes on the initiative, whose history names them. */
function change(ctx: HandlerContext, id: string, write: (stamp: { at: string; by: string }) => Changes) {
  const by = actor(ctx).id;
  const at = nowIso(ctx);
  return ctx.db
    .transaction(() => {
      const changes = write({ at, by });
      const after = ctx.repos.documents.get(id)!;
      if (Object.keys(changes).length > 0)
        ctx.repos.audit.record({
          at,
          actorId: by,
          entity: 'initiative',
          entityId: after.initiativeId,
          action: 'update',
          changes,
        });
      return after;
    })
    .immediate();
}

function existing(ctx: HandlerContext, id: string, version: number): InitiativeDocument {
  const before = ctx.repos.documents.get(id);
  if (!before) throw notFound('document');
  if (before.version !== version) throw staleVersion();
  return before;
}

export const documentHandlers: HandlerGroup<
  'documents:list' | 'documents:add' | 'documents:update' | 'documents:setArchived'
> = {
  'documents:list': ({ initiativeId }, ctx) => ctx.repos.documents.list(initiativeId),

  'documents:add': ({ initiativeId, attachmentId, kind, title }, ctx) => {
    const id = uuidv7();
    return change(ctx, id, (stamp) => {
      if (!ctx.repos.initiatives.get(initiativeId)) throw fieldError('initiativeId', 'err.notFound.initiative');
      const file = ctx.repos.visits.attachment(attachmentId);
      if (!file) throw fieldError('attachmentId', 'err.document.fileUnknown');
      // A visit photo or a receipt belongs where it was filed; a document is uploaded as one (PDF, JPEG or PNG).
      if (file.purpose !== 'document') throw fieldError('attachmentId', 'err.document.notDocument');
      ctx.repos.documents.insert({ id, initiativeId, attachmentId, kind, title }, stamp);
      return { document: { from: null, to: title }, documentKind: { from: null, to: kind } };
    });
  },

  'documents:update': ({ id, version, kind, title }, ctx) =>
    change(ctx, id, (stamp) => {
      const before = existing(ctx, id, version);
      if (!ctx.repos.documents.update({ id, version, kind, title }, stamp)) throw staleVersion();
      const changes: Changes = {};
      if (before.title !== title) changes.document = { from: before.title, to: title };
      if (before.kind !== kind) changes.documentKind = { from: before.kind, to: kind };
      return changes;
    }),

  'documents:setArchived': ({ id, version, archived }, ctx) =>
    change(ctx, id, (stamp): Changes => {
      const before = existing(ctx, id, version);
      if (archived === (before.archivedAt !== null)) return {};
      if (!ctx.repos.documents.setArchived({ id, version, archivedAt: archived ? stamp.at : null }, stamp))
        throw staleVersion();
      return { document: archived ? { from: before.title, to: null } : { from: null, to: before.title } };
    }),
};
