import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A select over one vocabulary (origins, practice types, policy kinds…), its labels from the translations; `empty`
 * adds a first choice for none.
 */
export function VocabSelect({
  values,
  group,
  empty,
  ...props
}: ComponentProps<'select'> & { values: readonly string[]; group: string; empty?: string }) {
  const { t } = useTranslation();
  return (
    <select {...props}>
      {empty === undefined ? null : <option value="">{empty}</option>}
      {values.map((value) => (
        <option key={value} value={value}>
          {t(`${group}.${value}`)}
        </option>
      ))}
    </select>
  );
}

/** A select over records (residents, complexes, staff) by their id, each shown by `label`. */
export function RecordSelect<R extends { id: string }>({
  records,
  label,
  empty,
  ...props
}: ComponentProps<'select'> & { records: readonly R[]; label: (record: R) => string; empty?: string }) {
  return (
    <select {...props}>
      {empty === undefined ? null : <option value="">{empty}</option>}
      {records.map((record) => (
        <option key={record.id} value={record.id}>
          {label(record)}
        </option>
      ))}
    </select>
  );
}
