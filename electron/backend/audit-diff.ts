import type { AuditEntry } from '../../shared/domain/entities';

/** The fields whose value differs between two versions of a record, as {from, to} pairs for the audit log. */
export function diffFields<T extends object>(
  before: T | null,
  after: T,
  fields: readonly (keyof T & string)[],
): AuditEntry['changes'] {
  const changes: AuditEntry['changes'] = {};
  for (const field of fields) {
    const from = before ? before[field] : null;
    const to = after[field];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from: from ?? null, to: to ?? null };
  }
  return changes;
}
