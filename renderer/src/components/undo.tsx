import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

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
