/** Wederkerigheid rules that more than one entry point needs (the form and the residents import). */
import { welcomeMoments } from '../../shared/domain/reciprocity';
import { AppError, fieldError } from './app-error';
import type { HandlerContext } from './context';
import { uuidv7 } from './db/ids';

/** A resident of `complexId` who was not erased; `path` names the field that gets the message. */
export function residentOn(ctx: HandlerContext, residentId: string, complexId: string | null, path: string) {
  const resident = ctx.repos.residents.get(residentId);
  if (!resident) throw fieldError(path, 'err.notFound.resident');
  if (resident.erased) throw fieldError(path, 'err.resident.erased');
  if (complexId && resident.complexId !== complexId)
    throw fieldError(path, 'err.reciprocity.residentElsewhere', { name: resident.name });
  return resident;
}

export function openComplex(ctx: HandlerContext, complexId: string) {
  const complex = ctx.repos.complexes.get(complexId);
  if (!complex) throw fieldError('complexId', 'err.notFound.complex');
  return complex;
}

/**
 * Makes the welcome plan of a resident inside the caller's transaction (the form, and the residents import with a
 * move-in date): the template's moments become follow-ups for the one named, else the complex's wijkbeheerder,
 * else whoever records it.
 */
export function startWelcome(
  ctx: HandlerContext,
  input: { residentId: string; moveInDate: string; buddyId: string | null; ownerId?: string | undefined },
  at: string,
  by: string,
) {
  const { residentId, moveInDate, buddyId } = input;
  const resident = residentOn(ctx, residentId, null, 'residentId');
  if (ctx.repos.reciprocity.welcomes({ residentId }).length > 0)
    throw new AppError('CONFLICT', 'err.welcome.exists', { name: resident.name });
  if (buddyId) {
    if (buddyId === residentId) throw fieldError('buddyId', 'err.welcome.buddySelf');
    residentOn(ctx, buddyId, resident.complexId, 'buddyId');
  }
  const complex = openComplex(ctx, resident.complexId);
  const owner = input.ownerId ?? complex.wijkbeheerderId ?? by;
  if (!ctx.repos.staff.get(owner)) throw fieldError('ownerId', 'err.followUp.owner');
  const id = uuidv7();
  ctx.repos.reciprocity.insertWelcome({ id, residentId, complexId: complex.id, moveInDate, buddyId, at, by });
  for (const moment of welcomeMoments(moveInDate, ctx.repos.reciprocity.steps())) {
    ctx.repos.reciprocity.insertMoment({
      id: uuidv7(),
      ...moment,
      ownerId: owner,
      complexId: complex.id,
      residentId,
      welcomeId: id,
      at,
      by,
    });
  }
  ctx.repos.audit.record({
    at,
    actorId: by,
    entity: 'welcome',
    entityId: id,
    action: 'create',
    changes: { moveInDate: { from: null, to: moveInDate } },
  });
}
