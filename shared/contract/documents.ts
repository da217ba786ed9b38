/** Contract for an initiative's own documents: a plan, a letter, the minutes of a meeting, stored like every file. */
import { z } from 'zod';
import { id, requiredText, version } from './fields';
import { method } from './method';

export const DOCUMENT_KINDS = ['plan', 'brief', 'notulen', 'overig'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface InitiativeDocument {
  id: string;
  initiativeId: string;
  attachmentId: string;
  kind: DocumentKind;
  title: string;
  mime: string;
  size: number;
  createdAt: string;
  createdByName: string;
  /** Set when the document was taken off the initiative; it stays stored, and the change log names it. */
  archivedAt: string | null;
  version: number;
}

const documentFields = {
  kind: z.enum(DOCUMENT_KINDS, { error: 'err.document.kind' }),
  title: requiredText(200, 'err.document.title.required', 'err.document.title.tooLong'),
};

export const documentMethods = {
  /** The documents on an initiative that are not archived, newest first. */
  'documents:list': method<InitiativeDocument[]>()(z.object({ initiativeId: id }).strict(), {
    reads: ['initiatives'],
  }),
  /** Files an uploaded document (purpose `document`) on an initiative under a title and a kind. */
  'documents:add': method<InitiativeDocument>()(
    z.object({ initiativeId: id, attachmentId: id, ...documentFields }).strict(),
    { changes: ['initiatives'], sync: 'offline' },
  ),
  /** Renames a document or changes its kind; refused when stale. */
  'documents:update': method<InitiativeDocument>()(z.object({ id, version, ...documentFields }).strict(), {
    changes: ['initiatives'],
    sync: 'offline',
  }),
  /** Takes a document off the initiative, or puts it back (the undo of the first); refused when stale. */
  'documents:setArchived': method<InitiativeDocument>()(z.object({ id, version, archived: z.boolean() }).strict(), {
    changes: ['initiatives'],
    sync: 'offline',
  }),
} as const;
