import { MAX_DOCUMENT_BYTES, MAX_PHOTO_BYTES } from '../../../shared/contract/attachments';
import { fieldError } from '../app-error';
import { sniffMime } from '../attachments/store';
import { actor, nowIso } from '../context';
import { uuidv7 } from '../db/ids';
import type { HandlerGroup } from './types';

export const attachmentHandlers: HandlerGroup<'attachments:upload'> = {
  'attachments:upload': ({ purpose, dataBase64 }, ctx) => {
    const by = actor(ctx);
    const bytes = Buffer.from(dataBase64, 'base64');
    if (bytes.length === 0) throw fieldError('file', 'err.attachment.empty');
    const limit = purpose === 'visit-photo' ? MAX_PHOTO_BYTES : MAX_DOCUMENT_BYTES;
    if (bytes.length > limit) throw fieldError('file', 'err.attachment.tooLarge', { max: `${limit / 1024 / 1024} MB` });
    const mime = sniffMime(bytes);
    if (purpose === 'visit-photo' && mime !== 'image/jpeg' && mime !== 'image/png')
      throw fieldError('file', 'err.attachment.notImage');
    if (purpose !== 'visit-photo' && !mime)
      throw fieldError('file', purpose === 'receipt' ? 'err.attachment.notReceipt' : 'err.attachment.notDocument');
    const sha256 = ctx.files.put(bytes);
    const id = uuidv7();
    ctx.repos.visits.insertAttachment({
      id,
      sha256,
      mime: mime!,
      size: bytes.length,
      purpose,
      at: nowIso(ctx),
      by: by.id,
    });
    return { id, mime: mime!, size: bytes.length };
  },
};
