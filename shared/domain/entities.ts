/** The records as they travel over the wire: plain objects, ISO strings, integer cents. */
import type { BuildingType, Origin, PracticeType, Role, SharedObject } from './vocabulary';
import type { Status } from './status';
import type { Approach, StoredFacts } from './recommendation/facts';
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
}

export interface Complex {
  id: string;
  code: string;
  name: string;
  address: string;
  postcode: string;
  place: string;
  wijk: string;
  buurt: string;
  homes: number;
  buildingType: BuildingType;
  sharedObjects: SharedObject[];
  wijkbeheerderId: string | null;
  wijkbeheerderName: string | null;
  openInitiatives: number;
  archivedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface InitiativeRow {
  id: string;
  title: string;
  complexId: string;
  complexCode: string;
  complexName: string;
  sharedObject: SharedObject | null;
  origin: Origin;
  practiceType: PracticeType;
  status: Status;
  startDate: string | null;
  endDate: string | null;
  wijkbeheerderId: string | null;
  wijkbeheerderName: string | null;
  advisedApproach: Approach | null;
  chosenApproach: Approach | null;
  updatedAt: string;
}

export interface Initiative extends InitiativeRow {
  description: string;
  facts: StoredFacts;
  adviceConfidence: Confidence | null;
  outcome: string | null;
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
