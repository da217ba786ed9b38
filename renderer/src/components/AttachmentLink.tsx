import type { ReactNode } from 'react';
import { attachmentHref } from './attachment-href';

/** A link that downloads a stored file under a name that says what it is. */
export function AttachmentLink({ id, name, children }: { id: string; name: string; children: ReactNode }) {
  return (
    <a href={attachmentHref(id, name)} download>
      {children}
    </a>
  );
}
