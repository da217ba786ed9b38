import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useCall } from '../../hooks/queries';
import { useEditSnapshot } from '../../hooks/use-edit-snapshot';
import { ComplexForm } from './ComplexForm';

export function ComplexNewPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('complex.new')} />
      <ComplexForm />
    </>
  );
}

export function ComplexEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useCall('complexes:get', { id });
  const { snapshot, reload } = useEditSnapshot(query.data, query.refetch);
  return (
    <>
      <PageHeader
        title={t('complex.edit')}
        subtitle={snapshot ? `${snapshot.value.code} · ${snapshot.value.name}` : undefined}
      />
      <QueryState query={query}>
        {() => (snapshot ? <ComplexForm key={snapshot.key} complex={snapshot.value} onReload={reload} /> : null)}
      </QueryState>
    </>
  );
}
