import type { DashboardFilters } from '../contract/dashboard';

/**
 * The selection an overview is about, as [label, value] pairs in the user's words: printed above the report and
 * in the workbook's Samenvatting, so a reader always knows which initiatives the figures cover.
 */
export function describeSelection(
  filters: DashboardFilters,
  names: { complex: string | null; wijkbeheerder: string | null },
  t: (key: string) => string,
): [string, string][] {
  const all = t('report.allValues');
  return [
    [t('dashboard.period'), String(filters.year)],
    [t('complex.wijk'), filters.wijk ?? all],
    [t('initiative.wijkbeheerder'), names.wijkbeheerder ?? all],
    [t('initiative.complex'), names.complex ?? all],
    [t('initiative.status'), filters.status ? t(`status.${filters.status}`) : all],
    [t('initiative.practiceType'), filters.practiceType ? t(`practiceType.${filters.practiceType}`) : all],
    [t('initiative.advisedApproach'), filters.advisedApproach ? t(`approach.${filters.advisedApproach}`) : all],
    [t('initiative.chosenApproach'), filters.chosenApproach ? t(`approach.${filters.chosenApproach}`) : all],
  ];
}
