import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Save and cancel under a page form; cancel goes back to where the user came from. */
export function FormActions({ saving = false }: { saving?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="form__actions">
      <button type="submit" className="button" disabled={saving}>
        {t('common.save')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => void navigate(-1)}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
