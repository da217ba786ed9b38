import { AppError, fieldError, notFound, staleVersion } from '../app-error';
import { actor, type HandlerContext, nowIso, todayIso } from '../context';
import { uuidv7 } from '../db/ids';
import { insertInitiative, LEFT_OPEN } from './initiatives';
import type { HandlerGroup } from './types';

function checkInitiative(ctx: HandlerContext, id: string) {
  if (!ctx.repos.initiatives.get(id)) throw fieldError('initiativeId', 'err.notFound.initiative');
}

function ownerExists(ctx: HandlerContext, ownerId: string, path = 'ownerId') {
  if (!ctx.repos.staff.get(ownerId)) throw fieldError(path, 'err.followUp.owner');
}

export const visitHandlers: HandlerGroup<
  | 'people:list'
  | 'people:link'
  | 'people:unlink'
  | 'visits:create'
  | 'visits:list'
  | 'followUps:create'
  | 'followUps:setDone'
  | 'followUps:list'
  | 'drafts:save'
  | 'drafts:list'
  | 'drafts:discard'
> = {
  'people:list': ({ initiativeId }, ctx) => ctx.repos.visits.people(initiativeId),

  'people:link': ({ initiativeId, residentId, role }, ctx) => {
    const by = actor(ctx);
    const at = nowIso(ctx);
    ctx.db
      .transaction(() => {
        checkInitiative(ctx, initiativeId);
        const resident = ctx.repos.residents.get(residentId);
        if (!resident) throw fieldError('residentId', 'err.notFound.resident');
        if (resident.erased) throw new AppError('CONFLICT', 'err.resident.erased');
        ctx.repos.visits.linkPerson(initiativeId, residentId, role, at, by.id);
        ctx.repos.audit.record({
          at,
          actorId: by.id,
          entity: 'initiative',
          entityId: initiativeId,
          action: 'update',
          changes: { people: { from: null, to: role } },
        });
      })
      .immediate();
    return ctx.repos.visits.people(initiativeId);
  },

  'people:unlink': ({ initiativeId, residentId, role }, ctx) => {
    const by = actor(ctx);
    const at = nowIso(ctx);
    ctx.db
      .transaction(() => {
        if (!ctx.repos.visits.unlinkPerson(initiativeId, residentId, role)) throw notFound('person');
        ctx.repos.audit.record({
          at,
          actorId: by.id,
          entity: 'initiative',
          entityId: initiativeId,
          action: 'update',
          changes: { people: { from: role, to: null } },
        });
      })
      .immediate();
    return ctx.repos.visits.people(initiativeId);
  },

  'visits:create': (input, ctx) => {
    const by = actor(ctx);
    const at = nowIso(ctx);
    if (input.visitDate > todayIso(ctx)) throw fieldError('visitDate', 'err.visit.future');
    const id = uuidv7();
    const fw = ctx.repos.visits;
    ctx.db
      .transaction(() => {
        const complex = ctx.repos.complexes.get(input.complexId);
        if (!complex) throw fieldError('complexId', 'err.visit.complex');
        if (complex.archivedAt) throw fieldError('complexId', 'err.complex.archived');
        fw.insertVisit({ id, complexId: complex.id, visitDate: input.visitDate, note: input.note, at, by: by.id });
        const residentsMet: string[] = [];
        for (const residentId of input.residentIds) {
          const resident = ctx.repos.residents.get(residentId);
          if (!resident) throw fieldError('residentIds', 'err.notFound.resident');
          if (resident.complexId !== complex.id)
            throw fieldError('residentIds', 'err.visit.residentElsewhere', { name: resident.name });
          fw.linkVisitResident(id, residentId);
          residentsMet.push(residentId);
        }
        for (const { name } of input.newResidents) {
          // Someone met again is not a new person: an existing resident of the same name in this complex is linked instead.
          const existing = ctx.repos.residents.likelyDuplicates(complex.id, name)[0];
          const residentId = existing?.id ?? uuidv7();
          if (!existing) {
            ctx.repos.residents.insert(
              residentId,
              {
                complexId: complex.id,
                name,
                houseNumber: '',
                phone: null,
                email: null,
                roles: [],
                ageBand: null,
                profile: { talents: [], interests: [], offers: '', wishes: '', motives: [], lifePhase: null },
              },
              null,
              at,
              by.id,
            );
            ctx.repos.audit.record({
              at,
              actorId: by.id,
              entity: 'resident',
              entityId: residentId,
              action: 'create',
              changes: { name: { from: null, to: '[persoonsgegeven]' } },
            });
          }
          fw.linkVisitResident(id, residentId);
          residentsMet.push(residentId);
        }
        const initiativeIds = [...input.initiativeIds];
        for (const initiativeId of input.initiativeIds) {
          checkInitiative(ctx, initiativeId);
          const touched = ctx.repos.initiatives.get(initiativeId)!;
          if (touched.complexId !== complex.id)
            throw fieldError('initiativeIds', 'err.visit.initiativeElsewhere', { title: touched.title });
        }
        for (const { personRole, ...created } of input.newInitiatives) {
          const initiativeId = insertInitiative(
            ctx,
            {
              ...created,
              complexId: complex.id,
              description: input.note,
              ...LEFT_OPEN,
            },
            by.id,
            at,
          );
          initiativeIds.push(initiativeId);
          // The people met are usually the ones behind what was started in the same visit.
          for (const residentId of new Set(residentsMet))
            fw.linkPerson(initiativeId, residentId, personRole, at, by.id);
        }
        for (const initiativeId of initiativeIds) fw.linkVisitInitiative(id, initiativeId);
        for (const followUp of input.followUps) {
          ownerExists(ctx, followUp.ownerId, 'followUps');
          fw.insertFollowUp({
            id: uuidv7(),
            title: followUp.title,
            dueDate: followUp.dueDate,
            ownerId: followUp.ownerId,
            initiativeId: initiativeIds.length === 1 ? initiativeIds[0]! : null,
            complexId: complex.id,
            residentId: null,
            visitId: id,
            at,
            by: by.id,
          });
        }
        for (const photoId of input.photoIds) {
          if (!fw.attachment(photoId)) throw fieldError('photoIds', 'err.attachment.unknown');
          fw.linkVisitPhoto(id, photoId);
        }
        if (input.draftId && fw.draftOwner(input.draftId) === by.id) fw.deleteDraft(input.draftId);
        ctx.repos.audit.record({
          at,
          actorId: by.id,
          entity: 'visit',
          entityId: id,
          action: 'create',
          changes: { visitDate: { from: null, to: input.visitDate }, complexId: { from: null, to: complex.id } },
        });
      })
      .immediate();
    return fw.visit(id)!;
  },

  'visits:list': ({ complexId, initiativeId, limit }, ctx) =>
    ctx.repos.visits.visits({
      complexId,
      initiativeId,
      authorId: complexId || initiativeId ? undefined : actor(ctx).id,
      limit,
    }),

  'followUps:create': (input, ctx) => {
    const by = actor(ctx);
    const at = nowIso(ctx);
    const id = uuidv7();
    ctx.db
      .transaction(() => {
        ownerExists(ctx, input.ownerId);
        if (input.initiativeId) checkInitiative(ctx, input.initiativeId);
        if (input.complexId && !ctx.repos.complexes.exists(input.complexId))
          throw fieldError('complexId', 'err.notFound.complex');
        if (input.residentId && !ctx.repos.residents.get(input.residentId))
          throw fieldError('residentId', 'err.notFound.resident');
        ctx.repos.visits.insertFollowUp({
          id,
          title: input.title,
          dueDate: input.dueDate,
          ownerId: input.ownerId,
          initiativeId: input.initiativeId ?? null,
          complexId: input.complexId ?? null,
          residentId: input.residentId ?? null,
          visitId: null,
          at,
          by: by.id,
        });
        ctx.repos.audit.record({
          at,
          actorId: by.id,
          entity: 'follow_up',
          entityId: id,
          action: 'create',
          changes: { title: { from: null, to: input.title }, dueDate: { from: null, to: input.dueDate } },
        });
      })
      .immediate();
    return ctx.repos.visits.followUp(id)!;
  },

  'followUps:setDone': ({ id, version, done, note }, ctx) => {
    const by = actor(ctx);
    const at = nowIso(ctx);
    ctx.db
      .transaction(() => {
        if (!ctx.repos.visits.followUp(id)) throw notFound('followUp');
        if (
          !ctx.repos.visits.setFollowUpDone({
            id,
            version,
            doneAt: done ? at : null,
            doneBy: done ? by.id : null,
            note: done ? note : '',
            at,
            by: by.id,
          })
        )
          throw staleVersion();
        ctx.repos.audit.record({
          at,
          actorId: by.id,
          entity: 'follow_up',
          entityId: id,
          action: 'update',
          changes: { done: { from: !done, to: done } },
        });
      })
      .immediate();
    return ctx.repos.visits.followUp(id)!;
  },

  'followUps:list': (filter, ctx) => ctx.repos.visits.followUps(filter),

  'drafts:save': ({ id, kind, payload }, ctx) => {
    const by = actor(ctx);
    const draftId = id ?? uuidv7();
    const owner = id ? ctx.repos.visits.draftOwner(id) : undefined;
    if (owner && owner !== by.id) throw new AppError('FORBIDDEN', 'err.draft.notYours');
    ctx.repos.visits.upsertDraft({ id: draftId, kind, ownerId: by.id, payload, at: nowIso(ctx) });
    return ctx.repos.visits.drafts(by.id).find((d) => d.id === draftId)!;
  },

  'drafts:list': (_input, ctx) => ctx.repos.visits.drafts(actor(ctx).id),

  'drafts:discard': ({ id }, ctx) => {
    const by = actor(ctx);
    if (ctx.repos.visits.draftOwner(id) !== by.id) throw notFound('draft');
    ctx.repos.visits.deleteDraft(id);
    return { id };
  },
};
