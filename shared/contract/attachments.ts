/** Contract for attachments: photos, receipts and documents, stored once by their content. */
import { z } from 'zod';
import { method } from './method';

export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;
export const ATTACHMENT_PURPOSES = ['visit-photo', 'receipt', 'document'] as const;

/** Bytes travel base64-encoded in JSON; the HTTP transport accepts these larger bodies on /api/upload only. */
export const attachmentUploadInput = z
  .object({
    purpose: z.enum(ATTACHMENT_PURPOSES, { error: 'err.attachment.purpose' }),
    dataBase64: z.string().max(Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 16, { error: 'err.attachment.tooLarge' }),
  })
  .strict();

export const attachmentMethods = {
  /** Stores a photo (JPEG or PNG by its bytes, at most 20 MB), content-addressed; returns its id. */
  'attachments:upload': method<{ id: string; mime: string; size: number }>()(attachmentUploadInput, {
    changes: [],
    sync: 'offline',
  }),
} as const;
