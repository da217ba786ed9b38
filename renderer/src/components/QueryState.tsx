import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../bridge/api';
import { Alert } from './Alert';

/** Shows loading and error states of a query in one consistent way, and the content once it is there. */
export function QueryState<T>({
  query,
  children,
}: {
  query: { data?: T; error: ApiError | null; isLoading: boolean };
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.error) return <Alert kind="error">{t(query.error.body.messageKey, query.error.body.params)}</Alert>;
  if (query.isLoading || query.data === undefined)
    return (
      <p className="muted" role="status">
        {t('common.loading')}
      </p>
    );
  return <>{children(query.data)}</>;
}
