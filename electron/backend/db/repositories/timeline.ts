import type { TimelineEntry } from '../../../../shared/domain/entities';
import type { Db } from '../connection';

/** Which timeline events to read: one initiative's, or those of a complex and all its initiatives. */
function timelineSql(scope: 'initiative' | 'complex') {
  const initiatives = scope === 'initiative' ? '@id' : 'SELECT id FROM initiatives WHERE complex_id = @id';
  const visits =
    scope === 'initiative'
      ? 'SELECT visit_id FROM visit_initiatives WHERE initiative_id = @id'
      : 'SELECT id FROM visits WHERE complex_id = @id';
  const promises = scope === 'initiative' ? 'p.initiative_id = @id' : 'p.complex_id = @id';
  const followUps =
    scope === 'initiative'
      ? 'f.initiative_id = @id'
      : '(f.complex_id = @id OR f.initiative_id IN (SELECT id FROM initiatives WHERE complex_id = @id))';
  return `
    SELECT 'visit' AS kind, v.id, v.created_at AS at, s.name AS byName, v.visit_date AS a, v.note AS b, NULL AS c,
    v.complex_id AS linkId
      FROM visits v JOIN staff s ON s.id = v.created_by WHERE v.id IN (${visits})
    UNION ALL
    SELECT 'status', h.id, h.changed_at, s.name, h.from_status, h.to_status, i.title, i.id
      FROM status_changes h JOIN staff s ON s.id = h.changed_by JOIN initiatives i ON i.id = h.initiative_id
      WHERE h.initiative_id IN (${initiatives})
    UNION ALL
    SELECT 'followUp', f.id, coalesce(f.done_at, f.created_at), s.name, f.title, f.due_date, (f.done_at IS NOT NULL),
    coalesce(f.initiative_id, f.complex_id)
      FROM follow_ups f JOIN staff s ON s.id = coalesce(f.done_by, f.created_by) WHERE ${followUps}
    UNION ALL
    SELECT 'advice', a.id, a.created_at, s.name, a.advised_approach, a.chosen_approach, i.title, i.id
      FROM advice_snapshots a JOIN staff s ON s.id = a.created_by JOIN initiatives i ON i.id = a.initiative_id
      WHERE a.initiative_id IN (${initiatives})
    UNION ALL
    SELECT 'money', g.id, g.updated_at, s.name, g.status, CAST(CASE WHEN g.status = 'aangevraagd'
    THEN g.requested_cents ELSE g.granted_cents END AS TEXT), i.title, i.id
      FROM grants g JOIN staff s ON s.id = g.updated_by JOIN initiatives i ON i.id = g.initiative_id
      WHERE g.initiative_id IN (${initiatives})
    UNION ALL
    SELECT 'promise', p.id, p.updated_at, s.name, p.what, p.due_date, p.status, coalesce(p.initiative_id, p.complex_id)
      FROM promises p JOIN staff s ON s.id = p.promised_by WHERE ${promises}
    ORDER BY at DESC LIMIT 300`;
}

/** One row of the timeline as SQL gives it; `a`, `b`, `c` mean what the row's kind says (see `toEntry`). */
export type TimelineRaw = {
  kind: TimelineEntry['kind'];
  id: string;
  at: string;
  byName: string;
  a: string | null;
  b: string | null;
  c: string | number | null;
  linkId: string;
};

/** The events of one initiative, or of a complex with all its initiatives: newest first, the latest 300. */
export function timelineRepository(db: Db) {
  const of = {
    initiative: db.prepare<{ id: string }, TimelineRaw>(timelineSql('initiative')),
    complex: db.prepare<{ id: string }, TimelineRaw>(timelineSql('complex')),
  };
  return { entries: (scope: 'initiative' | 'complex', id: string) => of[scope].all({ id }) };
}
