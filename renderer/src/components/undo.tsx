import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './Alert';

interface Offer {
  message: string;
  undo: () => void;
}

/**
 * A small destructive action (tick off, unlink, archive) happens at once and then says so, with *Ongedaan
 * maken*: quicker than a confirmation, and a slip costs one click. `offer` after the action succeeded.
 */
export function useUndo(): { offer: (offer: Offer | null) => void; notice: ReactNode } {
  const { t } = useTranslation();
  const [current, setCurrent] = useState<Offer | null>(null);
  const notice = current ? (
    <p className="notice" role="status">
      {current.message}{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          current.undo();
          setCurrent(null);
        }}
      >
        {t('common.undo')}
      </button>
    </p>
  ) : null;
  return { offer: setCurrent, notice };
}

interface Versioned {
  id: string;
  version: number;
}
/** A `*:setArchived` command as `useCommand` gives it: archive or put back one record, refused when stale. */
interface ArchiveCommand<R extends Versioned> {
  mutate(input: Versioned & { archived: boolean }, options: { onSuccess: (saved: R) => void }): void;
  error: { body: { messageKey: string } } | null;
}

/**
 * Archiving a record (a policy, a document) at once, with *Ongedaan maken* that puts it back: the notice, the
 * error of the last attempt, and `setArchived` to call from the record's button.
 */
export function useArchiveWithUndo<R extends Versioned>(
  archive: ArchiveCommand<R>,
  archivedMessage: (saved: R) => string,
) {
  const { t } = useTranslation();
  const undo = useUndo();
  const setArchived = (record: R, archived: boolean) =>
    archive.mutate(
      { id: record.id, version: record.version, archived },
      {
        onSuccess: (saved) =>
          undo.offer(archived ? { message: archivedMessage(saved), undo: () => setArchived(saved, false) } : null),
      },
    );
  const notice = (
    <>
      {archive.error ? <Alert kind="error">{t(archive.error.body.messageKey)}</Alert> : null}
      {undo.notice}
    </>
  );
  return { setArchived, notice };
}
