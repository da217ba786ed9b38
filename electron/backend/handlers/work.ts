import { addDays } from '../../../shared/domain/dates';
import { twelveMonthsBefore } from '../../../shared/domain/reciprocity';
import type { InitiativeRow, TimelineEntry } from '../../../shared/domain/entities';
import { AppError, notFound } from '../app-error';
import { actor, type HandlerContext, todayIso } from '../context';
import { allRequirements } from '../liability';
import type { HandlerGroup } from './types';
import { OPEN_SQL } from '../db/open-statuses';

const DAY = 86_400_000;
export const STALE_AFTER_DAYS = 90;
export const UPCOMING_DAYS = 14;

/** Open initiatives of a wijkbeheerder that nobody changed for 90 days. */
function staleInitiatives(ctx: HandlerContext, staffId: string): InitiativeRow[] {
  const before = new Date(ctx.clock.now().getTime() - STALE_AFTER_DAYS * DAY).toISOString();
  const ids = ctx.db
    .prepare<[string, string], { id: string }>(
      `SELECT id FROM initiatives WHERE wijkbeheerder_id = ? AND status IN (${OPEN_SQL})
         AND updated_at < ? ORDER BY updated_at LIMIT 50`,
    )
    .all(staffId, before);
  return ids.map(({ id }) => ctx.repos.initiatives.get(id)!);
}

/** Which timeline events to read: one initiative's, or those of a complex and all its initiatives. */
function timelineSql(scope: 'initiative' | 'complex') {
  const initiatives = scope === 'initiative' ? '@id' : 'SELECT id FROM initiatives WHERE complex_id = @id';
  const visits = scope === 'initiative' ? 'SELECT visit_id FROM visit_initiatives WHERE initiative_id = @id' : 'SELECT id FROM visits WHERE complex_id = @id';
  const promises = scope === 'initiative' ? 'p.initiative_id = @id' : 'p.complex_id = @id';
  const followUps = scope === 'initiative' ? 'f.initiative_id = @id' : '(f.complex_id = @id OR f.initiative_id IN (SELECT id FROM initiatives WHERE complex_id = @id))';
  return `
    SELECT 'visit' AS kind, v.id, v.created_at AS at, s.name AS byName, v.visit_date AS a, v.note AS b, NULL AS c, v.complex_id AS linkId
      FROM visits v JOIN staff s ON s.id = v.created_by WHERE v.id IN (${visits})
    UNION ALL
    SELECT 'status', h.id, h.changed_at, s.name, h.from_status, h.to_status, i.title, i.id
      FROM status_changes h JOIN staff s ON s.id = h.changed_by JOIN initiatives i ON i.id = h.initiative_id WHERE h.initiative_id IN (${initiatives})
    UNION ALL
    SELECT 'followUp', f.id, coalesce(f.done_at, f.created_at), s.name, f.title, f.due_date, (f.done_at IS NOT NULL), coalesce(f.initiative_id, f.complex_id)
      FROM follow_ups f JOIN staff s ON s.id = coalesce(f.done_by, f.created_by) WHERE ${followUps}
    UNION ALL
    SELECT 'advice', a.id, a.created_at, s.name, a.advised_approach, a.chosen_approach, i.title, i.id
      FROM advice_snapshots a JOIN staff s ON s.id = a.created_by JOIN initiatives i ON i.id = a.initiative_id WHERE a.initiative_id IN (${initiatives})
    UNION ALL
    SELECT 'money', g.id, g.updated_at, s.name, g.status, CAST(CASE WHEN g.status = 'aangevraagd' THEN g.requested_cents ELSE g.granted_cents END AS TEXT), i.title, i.id
      FROM grants g JOIN staff s ON s.id = g.updated_by JOIN initiatives i ON i.id = g.initiative_id WHERE g.initiative_id IN (${initiatives})
    UNION ALL
    SELECT 'promise', p.id, p.updated_at, s.name, p.what, p.due_date, p.status, coalesce(p.initiative_id, p.complex_id)
      FROM promises p JOIN staff s ON s.id = p.promised_by WHERE ${promises}
    ORDER BY at DESC LIMIT 300`;
}

type TimelineRaw = { kind: TimelineEntry['kind']; id: string; at: string; byName: string; a: string | null; b: string | null; c: string | number | null; linkId: string };

function toEntry(raw: TimelineRaw, scope: 'initiative' | 'complex', today: string): TimelineEntry {
  const base = { kind: raw.kind, id: raw.id, at: raw.at, byName: raw.byName };
  const initiativeLink = scope === 'complex' ? { link: { kind: 'initiative' as const, id: raw.linkId } } : {};
  switch (raw.kind) {
    case 'visit':
      return { ...base, key: 'timeline.visit', params: { date: raw.a ?? '', note: raw.b ?? '' } };
    case 'status':
      return { ...base, key: raw.a ? 'timeline.status' : 'timeline.created', params: { from: raw.a ?? '', to: raw.b ?? '', title: String(raw.c ?? '') }, ...initiativeLink };
    case 'followUp':
      return { ...base, key: raw.c === 1 ? 'timeline.followUpDone' : 'timeline.followUp', params: { title: raw.a ?? '', due: raw.b ?? '' } };
    case 'promise': {
      const key = raw.c === 'nagekomen' ? 'timeline.promiseKept' : raw.c === 'ingetrokken' ? 'timeline.promiseWithdrawn' : (raw.b ?? '') < today ? 'timeline.promiseOverdue' : 'timeline.promise';
      return { ...base, key, params: { what: raw.a ?? '', due: raw.b ?? '' } };
    }
    case 'money':
      return { ...base, key: 'timeline.grant', params: { grantStatus: raw.a ?? '', cents: raw.b ?? '0', title: String(raw.c ?? '') }, ...initiativeLink };
    default:
      return { ...base, key: 'timeline.advice', params: { advised: raw.a ?? '', chosen: raw.b ?? '', title: String(raw.c ?? '') }, ...initiativeLink };
  }
}

export const workHandlers: HandlerGroup<'work:overview' | 'timeline:get'> = {
  'work:overview': ({ staffId }, ctx) => {
    const me = actor(ctx);
    const staff = staffId ? ctx.repos.staff.get(staffId) : me;
    if (!staff) throw notFound('staff');
    if (staff.id !== me.id && me.role !== 'teamleider') throw new AppError('FORBIDDEN', 'err.role.teamleider');
    const today = todayIso(ctx);
    const horizon = addDays(today, UPCOMING_DAYS);
    return {
      staff,
      today,
      overdue: ctx.repos.fieldWork.openDueBetween(staff.id, '0000-01-01', addDays(today, -1)),
      overdueCount: ctx.repos.fieldWork.openCountBefore(staff.id, today),
      upcoming: ctx.repos.fieldWork.openDueBetween(staff.id, today, horizon),
      drafts: ctx.repos.fieldWork.drafts(staff.id),
      stale: staleInitiatives(ctx, staff.id),
      recentVisits: ctx.repos.fieldWork.visits({ authorId: staff.id, limit: 10 }),
      expiring: allRequirements(ctx, staff.id).filter((r) => r.state === 'verloopt_binnenkort' || r.state === 'verlopen'),
      promises: ctx.repos.reciprocity.openPromisesBy(staff.id, horizon, today),
      appreciationDue: ctx.repos.reciprocity.unappreciated(twelveMonthsBefore(today), { wijkbeheerderId: staff.id, limit: 10 }),
    };
  },

  'timeline:get': ({ complexId, initiativeId }, ctx) => {
    const scope = initiativeId ? 'initiative' : 'complex';
    const rows = ctx.db.prepare<{ id: string }, TimelineRaw>(timelineSql(scope)).all({ id: (initiativeId ?? complexId)! });
    const today = todayIso(ctx);
    return rows.map((row) => toEntry(row, scope, today));
  },
};
