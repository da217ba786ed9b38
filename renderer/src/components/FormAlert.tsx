import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../hooks/use-form-errors';
import { Alert } from './Alert';

/** The banner above a form: what went wrong, and after a conflicting edit a button to load the latest version. */
export function FormAlert({ errors, onReload }: { errors: FormErrors; onReload?: (() => void) | undefined }) {
  const { t } = useTranslation();
  if (!errors.form) return null;
  return (
    <Alert kind="error">
      {errors.form}
      {errors.conflict && onReload ? (
        <button type="button" className="button button--secondary" onClick={onReload}>
          {t('common.reload')}
        </button>
      ) : null}
    </Alert>
  );
}
