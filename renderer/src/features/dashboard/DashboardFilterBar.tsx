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

type ChoiceKey = 'wijk' | 'wijkbeheerderId' | 'status' | 'practiceType' | 'advisedApproach' | 'chosenApproach';

/** One filter chosen from a list, "Alle" first. */
function Choice({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string | null | undefined;
  options: [string, string][];
  onChange: (value: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="field">
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('dashboard.all')}</option>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The complex filter: a searchable list, or the chosen complex with a button that clears it. */
function ComplexFilter({ complexId, onChange }: { complexId?: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const complexes = useCall('complexes:list', {});
  const chosen = complexes.data?.find((c) => c.id === complexId);
  const [query, setQuery] = useState('');
  const options = useMemo(() => fuzzySearch(query, complexes.data ?? []).slice(0, 20), [query, complexes.data]);
  if (chosen)
    return (
      <div className="field">
        <span>{t('initiative.complex')}</span>
        <span className="filter-bar__chosen">
          {chosen.code} · {chosen.name}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onChange(null)}
            aria-label={t('dashboard.clearComplex', { name: chosen.name })}
          >
            ×
          </button>
        </span>
      </div>
    );
  return (
    <Combobox
      label={t('initiative.complex')}
      query={query}
      onQuery={setQuery}
      options={options}
      optionKey={(c) => c.id}
      optionLabel={(c) => `${c.code} · ${c.name}`}
      onPick={(c) => {
        setQuery('');
        onChange(c.id);
      }}
    />
  );
}

/**
 * The dashboard's filters: period, wijk, wijkbeheerder, complex, status, practice type, advised and chosen
 * approach.
 */
export function DashboardFilterBar({ session, filters, wijken, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<DashboardFilters>) => onChange({ ...filters, ...patch });
  const thisYear = new Date().getFullYear();
  const approaches = APPROACHES.map((a): [string, string] => [a, t(`approach.${a}`)]);
  const choice = (key: ChoiceKey, label: string, options: [string, string][]) => (
    <Choice label={label} value={filters[key]} options={options} onChange={(value) => set({ [key]: value })} />
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
      <ComplexFilter complexId={filters.complexId} onChange={(complexId) => set({ complexId })} />
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
      {choice('advisedApproach', t('initiative.advisedApproach'), approaches)}
      {choice('chosenApproach', t('initiative.chosenApproach'), approaches)}
    </fieldset>
  );
}
