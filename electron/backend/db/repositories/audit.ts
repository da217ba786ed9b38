import type { AuditEntry } from '../../../../shared/domain/entities';
import type { Db } from '../connection';
import { uuidv7 } from '../ids';

export interface AuditRecord {
  at: string;
  actorId: string;
  entity: string;
  entityId: string;
  action: AuditEntry['action'];
  changes: AuditEntry['changes'];
}

export function auditRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO audit_log (id, at, actor_id, entity, entity_id, action, changes)
     VALUES (@id, @at, @actorId, @entity, @entityId, @action, @changes)`,
  );
  const byEntity = db.prepare<[string], Omit<AuditEntry, 'changes'> & { changes: string }>(
    `SELECT a.id, a.at, s.name AS actorName, a.entity, a.entity_id AS entityId, a.action, a.changes
       FROM audit_log a JOIN staff s ON s.id = a.actor_id
      WHERE a.entity_id = ? ORDER BY a.id DESC`,
  );
  return {
    /** Appends one entry; call inside the transaction of the change it describes. */
    record: (entry: AuditRecord) => insert.run({ ...entry, id: uuidv7(), changes: JSON.stringify(entry.changes) }),
    listFor: (entityId: string): AuditEntry[] =>
      byEntity.all(entityId).map((row) => ({ ...row, changes: JSON.parse(row.changes) as AuditEntry['changes'] })),
  };
}
