import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../shared/contract/session';
import type { DashboardFilters } from '../../../../shared/contract/dashboard';
import { APPROACHES } from '../../../../shared/domain/recommendation';
import { STATUSES } from '../../../../shared/domain/status';
import { PRACTICE_TYPES } from '../../../../shared/domain/vocabulary';
import { Combobox } from '../../components/Combobox';
import { fuzzySearch } from '../../components/fuzzy';
import { useCall } from '../../hooks/queries';

interface Props {
  session: Session;
  filters: DashboardFilters;
  wijken: string[];
  onChange: (filters: DashboardFilters) => void;
}

/** The dashboard's filters: period, wijk, wijkbeheerder, complex, status, practice type, advised and chosen approach. */
export function DashboardFilterBar({ session, filters, wijken, onChange }: Props) {
  const { t } = useTranslation();
  const complexes = useCall('complexes:list', {});
  const chosenComplex = complexes.data?.find((c) => c.id === filters.complexId);
  const [complexQuery, setComplexQuery] = useState('');
  const complexOptions = useMemo(
    () => fuzzySearch(complexQuery, complexes.data ?? []).slice(0, 20),
    [complexQuery, complexes.data],
  );
  const set = (patch: Partial<DashboardFilters>) => onChange({ ...filters, ...patch });
  const thisYear = new Date().getFullYear();

  const choice = (
    key: 'wijk' | 'wijkbeheerderId' | 'status' | 'practiceType' | 'advisedApproach' | 'chosenApproach',
    label: string,
    options: [string, string][],
  ) => (
    <label className="field">
      {label}
      <select value={filters[key] ?? ''} onChange={(e) => set({ [key]: e.target.value || null })}>
        <option value="">{t('dashboard.all')}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <fieldset className="filter-bar panel">
      <legend>{t('dashboard.filters')}</legend>
      <label className="field">
        {t('dashboard.period')}
        <select value={filters.year} onChange={(e) => set({ year: Number(e.target.value) })}>
          {Array.from({ length: 8 }, (_, i) => thisYear - i).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      {choice(
        'wijk',
        t('complex.wijk'),
        wijken.map((w) => [w, w]),
      )}
      {choice(
        'wijkbeheerderId',
        t('initiative.wijkbeheerder'),
        session.staff.map((s) => [s.id, s.name]),
      )}
      {chosenComplex ? (
        <div className="field">
          <span>{t('initiative.complex')}</span>
          <span className="filter-bar__chosen">
            {chosenComplex.code} · {chosenComplex.name}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => set({ complexId: null })}
              aria-label={t('dashboard.clearComplex', { name: chosenComplex.name })}
            >
              ×
            </button>
          </span>
        </div>
      ) : (
        <Combobox
          label={t('initiative.complex')}
          query={complexQuery}
          onQuery={setComplexQuery}
          options={complexOptions}
          optionKey={(c) => c.id}
          optionLabel={(c) => `${c.code} · ${c.name}`}
          onPick={(c) => {
            setComplexQuery('');
            set({ complexId: c.id });
          }}
        />
      )}
      {choice(
        'status',
        t('initiative.status'),
        STATUSES.map((s) => [s, t(`status.${s}`)]),
      )}
      {choice(
        'practiceType',
        t('initiative.practiceType'),
        PRACTICE_TYPES.map((p) => [p, t(`practiceType.${p}`)]),
      )}
      {choice(
        'advisedApproach',
        t('initiative.advisedApproach'),
        APPROACHES.map((a) => [a, t(`approach.${a}`)]),
      )}
      {choice(
        'chosenApproach',
        t('initiative.chosenApproach'),
        APPROACHES.map((a) => [a, t(`approach.${a}`)]),
      )}
    </fieldset>
  );
}
