import type { InitiativeFields } from '../contract/initiatives';
import type { ExclusionReason, Result } from './reciprocity';
/** The records as they travel over the wire: plain objects, ISO strings, integer cents. */
import type { BuildingType, Role, SharedObject } from './vocabulary';
import type { Status } from './status';
import type { Approach, StoredFacts } from './recommendation/facts';
import type { AgeBand, PersonRole, Profile, ResidentRole } from './field-work';
import type { Confidence, Recommendation } from './recommendation/engine';

export type { StoredFacts };

/** What was advised and chosen at one save (or recomputation), kept unchanged forever. */
export interface AdviceSnapshot {
  id: string;
  createdAt: string;
  createdByName: string;
  cause: 'opslaan' | 'herberekening';
  advisedApproach: Approach;
  chosenApproach: Approach;
  rationale: string;
  engineVersion: string;
  ruleSetVersion: number;
  facts: StoredFacts;
  recommendation: Recommendation;
}

export interface Staff {
  id: string;
  name: string;
  role: Role;
  /** The largest grant this person may decide alone (cents); above it a teamleider approves. */
  mandateCents?: number;
}

export interface Complex {
  id: string;
  code: string;
  name: string;
  address: string;
  postcode: string;
  place: string;
  /** The municipality whose VNG volunteer policies apply here. */
  municipality: string;
  wijk: string;
  buurt: string;
  homes: number;
  buildingType: BuildingType;
  sharedObjects: SharedObject[];
  wijkbeheerderId: string | null;
  wijkbeheerderName: string | null;
  /** Kernwaarden: values the residents named themselves, handed to every new tenant as a warm welcome. */
  coreValues: string;
  /** Why residents here risk being left out; empty when no risk was marked. */
  exclusionReasons: ExclusionReason[];
  exclusionNote: string;
  openInitiatives: number;
  archivedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A line of the initiatives grid: the initiative's own fields (but its long description) and what is joined. */
export interface InitiativeRow extends Omit<InitiativeFields, 'description'> {
  id: string;
  complexCode: string;
  complexName: string;
  status: Status;
  wijkbeheerderName: string | null;
  advisedApproach: Approach | null;
  chosenApproach: Approach | null;
  updatedAt: string;
}

export interface Initiative extends InitiativeRow, Pick<InitiativeFields, 'description'> {
  facts: StoredFacts;
  adviceConfidence: Confidence | null;
  outcome: string | null;
  /** Whether the result was achieved, recorded on closing ("wat werkte waar"). */
  result: Result | null;
  version: number;
  createdAt: string;
  createdByName: string | null;
  updatedByName: string | null;
}

export interface StatusChange {
  id: string;
  fromStatus: Status | null;
  toStatus: Status;
  note: string;
  reopening: boolean;
  changedAt: string;
  changedByName: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorName: string;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'status' | 'archive' | 'restore';
  changes: Record<string, { from: unknown; to: unknown }>;
}

export interface ResidentRow {
  id: string;
  name: string;
  complexId: string;
  complexCode: string;
  houseNumber: string;
  roles: ResidentRole[];
  hasConsent: boolean;
  erased: boolean;
}

export interface Resident extends ResidentRow {
  phone: string | null;
  email: string | null;
  ageBand: AgeBand | null;
  profile: Profile;
  consent: { at: string; purpose: string; byName: string } | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface InitiativePerson {
  residentId: string;
  name: string;
  role: PersonRole;
}

export interface Visit {
  id: string;
  complexId: string;
  complexCode: string;
  complexName: string;
  visitDate: string;
  note: string;
  authorName: string;
  residents: { id: string; name: string }[];
  initiatives: { id: string; title: string }[];
  photos: { id: string; mime: string }[];
  createdAt: string;
}

export interface FollowUp {
  id: string;
  title: string;
  dueDate: string;
  ownerId: string;
  ownerName: string;
  initiativeId: string | null;
  initiativeTitle: string | null;
  complexId: string | null;
  complexCode: string | null;
  residentId: string | null;
  residentName: string | null;
  done: boolean;
  doneAt: string | null;
  /** What happened, written when ticking it off. */
  doneNote: string;
  /** The step of a welcome plan this moment belongs to, if any. */
  welcomeStep: number | null;
  version: number;
}

export interface Draft {
  id: string;
  kind: 'visit';
  payload: unknown;
  updatedAt: string;
}

export interface TimelineEntry {
  kind: 'visit' | 'status' | 'followUp' | 'advice' | 'money' | 'promise';
  id: string;
  at: string;
  byName: string;
  /** A translation key and its parameters; the renderer words it in the user's language. */
  key: string;
  params: Record<string, string>;
  link?: { kind: 'initiative' | 'complex'; id: string };
}
