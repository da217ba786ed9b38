import type { TimelineEntry } from '../../../shared/domain/entities';
import { todayIso } from '../context';
import type { TimelineRaw } from '../db/repositories/timeline';
import type { HandlerGroup } from './types';

/** One row of the timeline query as a translation key with its parameters, and a link where it helps. */
function toEntry(raw: TimelineRaw, scope: 'initiative' | 'complex', today: string): TimelineEntry {
  const base = { kind: raw.kind, id: raw.id, at: raw.at, byName: raw.byName };
  const initiativeLink = scope === 'complex' ? { link: { kind: 'initiative' as const, id: raw.linkId } } : {};
  switch (raw.kind) {
    case 'visit':
      return { ...base, key: 'timeline.visit', params: { date: raw.a ?? '', note: raw.b ?? '' } };
    case 'status':
      return {
        ...base,
        key: raw.a ? 'timeline.status' : 'timeline.created',
        params: { from: raw.a ?? '', to: raw.b ?? '', title: String(raw.c ?? '') },
        ...initiativeLink,
      };
    case 'followUp':
      return {
        ...base,
        key: raw.c === 1 ? 'timeline.followUpDone' : 'timeline.followUp',
        params: { title: raw.a ?? '', due: raw.b ?? '' },
      };
    case 'promise': {
      const key =
        raw.c === 'nagekomen'
          ? 'timeline.promiseKept'
          : raw.c === 'ingetrokken'
            ? 'timeline.promiseWithdrawn'
            : (raw.b ?? '') < today
              ? 'timeline.promiseOverdue'
              : 'timeline.promise';
      return { ...base, key, params: { what: raw.a ?? '', due: raw.b ?? '' } };
    }
    case 'money':
      return {
        ...base,
        key: 'timeline.grant',
        params: { grantStatus: raw.a ?? '', cents: raw.b ?? '0', title: String(raw.c ?? '') },
        ...initiativeLink,
      };
    default:
      return {
        ...base,
        key: 'timeline.advice',
        params: { advised: raw.a ?? '', chosen: raw.b ?? '', title: String(raw.c ?? '') },
        ...initiativeLink,
      };
  }
}

export const timelineHandlers: HandlerGroup<'timeline:get'> = {
  'timeline:get': ({ complexId, initiativeId }, ctx) => {
    const scope = initiativeId ? 'initiative' : 'complex';
    const rows = ctx.repos.timeline.entries(scope, (initiativeId ?? complexId)!);
    const today = todayIso(ctx);
    return rows.map((row) => toEntry(row, scope, today));
  },
};
