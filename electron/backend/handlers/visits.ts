import { AppError, fieldError, notFound, staleVersion } from '../app-error';
import { actor, type HandlerContext, nowIso, todayIso } from '../context';
import { uuidv7 } from '../db/ids';
import { insertInitiative, LEFT_OPEN } from './initiatives';
import type { ParsedInput } from '../../../shared/contract/methods';
import { EMPTY_PROFILE } from '../../../shared/domain/field-work';
import type { HandlerGroup } from './types';

function checkInitiative(ctx: HandlerContext, id: string) {
  if (!ctx.repos.initiatives.get(id)) throw fieldError('initiativeId', 'err.notFound.initiative');
}

function ownerExists(ctx: HandlerContext, ownerId: string, path = 'ownerId') {
  if (!ctx.repos.staff.get(ownerId)) throw fieldError(path, 'err.followUp.owner');
}

/** A visit being written, inside its transaction: what every part of it is linked to and stamped with. */
interface NewVisit {
  ctx: HandlerContext;
  id: string;
  complexId: string;
  at: string;
  by: string;
}
type VisitInput = ParsedInput<'visits:create'>;

/** Residents of the visited complex who were met; someone of another complex is refused by name. */
function residentsMet({ ctx, id, complexId }: NewVisit, residentIds: string[]) {
  for (const residentId of residentIds) {
    const resident = ctx.repos.residents.get(residentId);
    if (!resident) throw fieldError('residentIds', 'err.notFound.resident');
    if (resident.complexId !== complexId)
      throw fieldError('residentIds', 'err.visit.residentElsewhere', { name: resident.name });
    ctx.repos.visits.linkVisitResident(id, residentId);
  }
  return residentIds;
}

/** People met for the first time. Someone met again is not a new person: a resident of that name is linked. */
function newResidentsMet({ ctx, id, complexId, at, by }: NewVisit, people: VisitInput['newResidents']) {
  return people.map(({ name }) => {
    const existing = ctx.repos.residents.likelyDuplicates(complexId, name)[0];
    const residentId = existing?.id ?? uuidv7();
    if (!existing) {
      const fields = { complexId, name, houseNumber: '', phone: null, email: null, ageBand: null };
      ctx.repos.residents.insert(residentId, { ...fields, roles: [], profile: EMPTY_PROFILE }, null, at, by);
      ctx.repos.audit.record({
        at,
        actorId: by,
        entity: 'resident',
        entityId: residentId,
        action: 'create',
        changes: { name: { from: null, to: '[persoonsgegeven]' } },
      });
    }
    ctx.repos.visits.linkVisitResident(id, residentId);
    return residentId;
  });
}

/** The initiatives the visit touched (of its own complex only) and those it started, with the people met on them. */
function initiativesTouched({ ctx, complexId, at, by }: NewVisit, input: VisitInput, met: string[]) {
  for (const initiativeId of input.initiativeIds) {
    checkInitiative(ctx, initiativeId);
    const touched = ctx.repos.initiatives.get(initiativeId)!;
    if (touched.complexId !== complexId)
      throw fieldError('initiativeIds', 'err.visit.initiativeElsewhere', { title: touched.title });
  }
  const started = input.newInitiatives.map(({ personRole, ...created }) => {
    const fields = { ...created, complexId, description: input.note, ...LEFT_OPEN };
    const initiativeId = insertInitiative(ctx, fields, by, at);
    // The people met are usually the ones behind what was started in the same visit.
    for (const residentId of new Set(met)) ctx.repos.visits.linkPerson(initiativeId, residentId, personRole, at, by);
    return initiativeId;
  });
  return [...input.initiativeIds, ...started];
}

/** Follow-ups agreed on the visit; with one initiative in play they belong to it. */
function addFollowUps(
  { ctx, id, complexId, at, by }: NewVisit,
  followUps: VisitInput['followUps'],
  initiativeId: string | null,
) {
  for (const followUp of followUps) {
    ownerExists(ctx, followUp.ownerId, 'followUps');
    const { title, dueDate, ownerId } = followUp;
    ctx.repos.visits.insertFollowUp({
      id: uuidv7(),
      title,
      dueDate,
      ownerId,
      initiativeId,
      complexId,
      residentId: null,
      visitId: id,
      at,
      by,
    });
  }
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
    const by = actor(ctx).id;
    if (input.visitDate > todayIso(ctx)) throw fieldError('visitDate', 'err.visit.future');
    const visit: NewVisit = { ctx, id: uuidv7(), complexId: input.complexId, at: nowIso(ctx), by };
    ctx.db
      .transaction(() => {
        const complex = ctx.repos.complexes.get(input.complexId);
        if (!complex) throw fieldError('complexId', 'err.visit.complex');
        if (complex.archivedAt) throw fieldError('complexId', 'err.complex.archived');
        const { id, at } = visit;
        ctx.repos.visits.insertVisit({
          id,
          complexId: complex.id,
          visitDate: input.visitDate,
          note: input.note,
          at,
          by,
        });
        const met = [...residentsMet(visit, input.residentIds), ...newResidentsMet(visit, input.newResidents)];
        const initiativeIds = initiativesTouched(visit, input, met);
        for (const initiativeId of initiativeIds) ctx.repos.visits.linkVisitInitiative(id, initiativeId);
        addFollowUps(visit, input.followUps, initiativeIds.length === 1 ? initiativeIds[0]! : null);
        for (const photoId of input.photoIds) {
          if (!ctx.repos.visits.attachment(photoId)) throw fieldError('photoIds', 'err.attachment.unknown');
          ctx.repos.visits.linkVisitPhoto(id, photoId);
        }
        if (input.draftId && ctx.repos.visits.draftOwner(input.draftId) === by)
          ctx.repos.visits.deleteDraft(input.draftId);
        ctx.repos.audit.record({
          at,
          actorId: by,
          entity: 'visit',
          entityId: id,
          action: 'create',
          changes: { visitDate: { from: null, to: input.visitDate }, complexId: { from: null, to: complex.id } },
        });
      })
      .immediate();
    return ctx.repos.visits.visit(visit.id)!;
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
