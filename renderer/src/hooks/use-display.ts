import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayContext } from '../../../shared/i18n/display';
import { useCall } from './queries';

/** What the change log and timelines need to word stored values: translations and the names behind ids. */
export function useDisplayContext(): DisplayContext {
  const { t, i18n } = useTranslation();
  const staff = useCall('staff:list');
  const complexes = useCall('complexes:list', { includeArchived: true });
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const person of staff.data ?? []) names.set(person.id, person.name);
    for (const complex of complexes.data ?? []) names.set(complex.id, `${complex.code} · ${complex.name}`);
    return { t: (key, params) => t(key, params), language: i18n.language, nameOf: (id) => names.get(id) };
  }, [t, i18n.language, staff.data, complexes.data]);
}
