/** Contract for the change log: the audit trail of one record. */
import { z } from 'zod';
import type { AuditEntry } from '../domain/entities';
import { id } from './fields';
import { method } from './method';

export const auditMethods = {
  /** The audit trail of one record, newest first. */
  'audit:list': method<AuditEntry[]>()(z.object({ entityId: id }).strict(), {
    reads: ['complexes', 'initiatives', 'fieldwork', 'staff', 'settings'],
  }),
} as const;
