import { addDays } from '../../../shared/domain/dates';
import { EXPIRY_WARNING_DAYS } from '../../../shared/domain/liability';
import { twelveMonthsBefore } from '../../../shared/domain/reciprocity';
import type { WorklistRow } from '../../../shared/contract/liability';
import type { InitiativeRow, Staff } from '../../../shared/domain/entities';
import { AppError, notFound } from '../app-error';
import { actor, type HandlerContext, todayIso } from '../context';
import { allRequirements } from '../liability';
import type { HandlerGroup } from './types';

const DAY = 86_400_000;
/** Mijn werk lists work, not the whole worklist: the Dossiers page has the rest. */
const MAX_EXPIRING = 100;
export const STALE_AFTER_DAYS = 90;
export const UPCOMING_DAYS = 14;

/** Open initiatives of a wijkbeheerder that nobody changed for 90 days. */
function staleInitiatives(ctx: HandlerContext, staffId: string): InitiativeRow[] {
  const before = new Date(ctx.clock.now().getTime() - STALE_AFTER_DAYS * DAY).toISOString();
  return ctx.repos.initiatives.staleIds(staffId, before).map((id) => ctx.repos.initiatives.get(id)!);
}

const isExpiring = (r: WorklistRow) => r.state === 'verloopt_binnenkort' || r.state === 'verlopen';

/**
 * A wijkbeheerder's own initiatives; a medewerker files the team's volunteer agreements and insurance, so hers
 * are the agreements and VOGs of every initiative, and the register's policies that run out (one line per
 * policy, not one per initiative it covers).
 */
async function expiringWork(ctx: HandlerContext, staff: Staff, today: string) {
  const keepsRegister = staff.role !== 'wijkbeheerder';
  const expiring =
    staff.role === 'medewerker'
      ? (await allRequirements(ctx)).filter((r) => isExpiring(r) && (r.kind === 'agreement' || r.kind === 'vog'))
      : (await allRequirements(ctx, staff.id)).filter(isExpiring);
  const horizon = addDays(today, EXPIRY_WARNING_DAYS);
  const policiesExpiring = keepsRegister
    ? ctx.repos.liability
        .policiesInForce()
        .filter((p) => p.validTo !== null && p.validTo <= horizon)
        .sort((a, b) => a.validTo!.localeCompare(b.validTo!))
    : [];
  return { expiring: expiring.slice(0, MAX_EXPIRING), policiesExpiring };
}

export const workHandlers: HandlerGroup<'work:overview'> = {
  'work:overview': async ({ staffId }, ctx) => {
    const me = actor(ctx);
    const staff = staffId ? ctx.repos.staff.get(staffId) : me;
    if (!staff) throw notFound('staff');
    if (staff.id !== me.id && me.role !== 'teamleider') throw new AppError('FORBIDDEN', 'err.role.teamleider');
    const today = todayIso(ctx);
    const horizon = addDays(today, UPCOMING_DAYS);
    return {
      staff,
      today,
      overdue: ctx.repos.visits.openDueBetween(staff.id, '0000-01-01', addDays(today, -1)),
      overdueCount: ctx.repos.visits.openCountBefore(staff.id, today),
      upcoming: ctx.repos.visits.openDueBetween(staff.id, today, horizon),
      drafts: ctx.repos.visits.drafts(staff.id),
      stale: staleInitiatives(ctx, staff.id),
      recentVisits: ctx.repos.visits.visits({ authorId: staff.id, limit: 10 }),
      ...(await expiringWork(ctx, staff, today)),
      promises: ctx.repos.reciprocity.openPromisesBy(staff.id, horizon, today),
      appreciationDue: ctx.repos.reciprocity.unappreciated(twelveMonthsBefore(today), {
        wijkbeheerderId: staff.id,
        limit: 10,
      }),
    };
  },
};
