import type { Migration } from './migration';

/**
 * An initiative's own documents (a plan, a letter, minutes). The file itself is an attachment stored by its
 * content; this row gives it a title and a kind on one initiative. Only an attachment uploaded as a document may be
 * filed, never a visit photo or a receipt; an archived document stays, so the change log can still name it.
 */
export const m0017InitiativeDocuments: Migration = {
  version: 17,
  name: 'initiative-documents',
  up(db) {
    db.exec(`
      CREATE TABLE initiative_documents (
        id TEXT PRIMARY KEY,
        initiative_id TEXT NOT NULL REFERENCES initiatives(id),
        attachment_id TEXT NOT NULL REFERENCES attachments(id),
        kind TEXT NOT NULL CHECK (kind IN ('plan', 'brief', 'notulen', 'overig')),
        title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200 AND instr(title, char(0)) = 0),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES staff(id),
        updated_at TEXT NOT NULL CHECK (updated_at >= created_at),
        updated_by TEXT NOT NULL REFERENCES staff(id),
        archived_at TEXT,
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
      ) STRICT;
      CREATE INDEX initiative_documents_by_initiative ON initiative_documents (initiative_id, created_at);
      CREATE TRIGGER initiative_documents_are_documents BEFORE INSERT ON initiative_documents
        WHEN (SELECT purpose FROM attachments WHERE id = NEW.attachment_id) IS NOT 'document'
        BEGIN SELECT RAISE(ABORT, 'filed file is not a document'); END;
    `);
  },
};
