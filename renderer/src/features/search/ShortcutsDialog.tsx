import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

const SHORTCUTS = [
  ['Ctrl+K', 'shortcut.search'],
  ['Alt+N', 'shortcut.visit'],
  ['?', 'shortcut.help'],
  ['Esc', 'shortcut.close'],
  ['↑ ↓ Enter', 'shortcut.lists'],
] as const;

/** "?": the keyboard shortcuts of the app. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-labelledby="shortcuts-title"
      onCancel={onClose}
      onClose={onClose}
    >
      <h2 id="shortcuts-title">{t('shortcut.title')}</h2>
      <dl className="shortcuts">
        {SHORTCUTS.map(([keys, key]) => (
          <div key={key}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(key)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button" onClick={onClose} autoFocus>
        {t('common.close')}
      </button>
    </dialog>
  );
}
