/** Contract for "Mijn werk": what is waiting for one person today. */
import { z } from 'zod';
import type { Draft, FollowUp, InitiativeRow, Staff, Visit } from '../domain/entities';
import { id } from './fields';
import { method } from './method';
import type { PolicyRow, WorklistRow } from './liability';
import type { PromiseRecord, UnappreciatedResident } from './reciprocity';

export interface MyWork {
  staff: Staff;
  today: string;
  /** The earliest 100 overdue follow-ups; `overdueCount` says how many there are in all. */
  overdue: FollowUp[];
  overdueCount: number;
  upcoming: FollowUp[];
  drafts: Draft[];
  stale: InitiativeRow[];
  recentVisits: Visit[];
  /**
   * Requirements that expire within 30 days (or have expired): of this person's initiatives; for a medewerker,
   * who files the team's agreements and insurance, the agreements and VOGs of every initiative (first 100).
   */
  expiring: WorklistRow[];
  /** Register policies that expire within 30 days or have expired, for those who keep it (not wijkbeheerders). */
  policiesExpiring: PolicyRow[];
  /** Open promises this person made that are due within 14 days or overdue. */
  promises: PromiseRecord[];
  /** Active residents of this person's complexes without appreciation in twelve months (at most 10). */
  appreciationDue: UnappreciatedResident[];
}

export const workMethods = {
  /** "Mijn werk": overdue and upcoming follow-ups, drafts, initiatives untouched for 90 days, recent visits. */
  'work:overview': method<MyWork>()(z.object({ staffId: id.optional() }).strict().default({}), {
    reads: ['complexes', 'initiatives', 'fieldwork'],
  }),
} as const;
