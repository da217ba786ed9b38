import type { DocumentKind, InitiativeDocument } from '../../../../shared/contract/documents';
import type { Db } from '../connection';

interface NewDocument {
  id: string;
  initiativeId: string;
  attachmentId: string;
  kind: DocumentKind;
  title: string;
}

const DOCUMENT = `SELECT d.id, d.initiative_id AS initiativeId, d.attachment_id AS attachmentId, d.kind, d.title,
    a.mime, a.size, d.created_at AS createdAt, s.name AS createdByName, d.archived_at AS archivedAt, d.version
  FROM initiative_documents d JOIN attachments a ON a.id = d.attachment_id JOIN staff s ON s.id = d.created_by`;

/** The documents filed on initiatives. */
export function documentRepository(db: Db) {
  const byInitiative = db.prepare<[string], InitiativeDocument>(
    `${DOCUMENT} WHERE d.initiative_id = ? AND d.archived_at IS NULL ORDER BY d.created_at DESC, d.id DESC`,
  );
  const byId = db.prepare<[string], InitiativeDocument>(`${DOCUMENT} WHERE d.id = ?`);
  const insert = db.prepare(
    `INSERT INTO initiative_documents
       (id, initiative_id, attachment_id, kind, title, created_at, created_by, updated_at, updated_by)
     VALUES (@id, @initiativeId, @attachmentId, @kind, @title, @at, @by, @at, @by)`,
  );
  const update = db.prepare(
    `UPDATE initiative_documents SET kind = @kind, title = @title, version = version + 1, updated_at = @at,
       updated_by = @by WHERE id = @id AND version = @version`,
  );
  const archive = db.prepare(
    `UPDATE initiative_documents SET archived_at = @archivedAt, version = version + 1, updated_at = @at,
       updated_by = @by WHERE id = @id AND version = @version`,
  );
  type Stamp = { at: string; by: string };
  return {
    list: (initiativeId: string) => byInitiative.all(initiativeId),
    get: (id: string) => byId.get(id),
    insert: (document: NewDocument, stamp: Stamp) => void insert.run({ ...document, ...stamp }),
    /** False when the version did not match. */
    update: (change: { id: string; version: number; kind: DocumentKind; title: string }, stamp: Stamp) =>
      update.run({ ...change, ...stamp }).changes === 1,
    /** False when the version did not match. */
    setArchived: (change: { id: string; version: number; archivedAt: string | null }, stamp: Stamp) =>
      archive.run({ ...change, ...stamp }).changes === 1,
  };
}
