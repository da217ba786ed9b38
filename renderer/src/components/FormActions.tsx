import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/**
 * Save and cancel under a form. Cancel goes back to where the user came from, or, for a form inside a page
 * (renaming a document), calls `onCancel`.
 */
export function FormActions({ saving = false, onCancel }: { saving?: boolean; onCancel?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="form__actions">
      <button type="submit" className="button" disabled={saving}>
        {t('common.save')}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel ?? (() => void navigate(-1))}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
