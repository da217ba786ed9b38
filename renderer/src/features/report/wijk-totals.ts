import type { ReportComplexRow } from '../../../../shared/contract/report';

export type Totals = Omit<ReportComplexRow, 'wijk' | 'code' | 'name'>;
const SUMMED = [
  'initiatives',
  'active',
  'closed',
  'effortHours',
  'availableCents',
  'allocatedCents',
  'spentCents',
] as const;

export function sumRows(rows: Totals[]): Totals {
  const total = Object.fromEntries(SUMMED.map((k) => [k, 0])) as unknown as Totals;
  for (const row of rows) for (const k of SUMMED) total[k] += row[k];
  total.effortHours = Math.round(total.effortHours * 10) / 10;
  return total;
}

/** The report's complexes grouped by wijk (rows arrive ordered by wijk), each group with its totals. */
export function groupByWijk(
  rows: ReportComplexRow[],
): { wijk: string; complexes: ReportComplexRow[]; totals: Totals }[] {
  const groups = new Map<string, ReportComplexRow[]>();
  for (const row of rows) groups.set(row.wijk, [...(groups.get(row.wijk) ?? []), row]);
  return [...groups].map(([wijk, complexes]) => ({ wijk, complexes, totals: sumRows(complexes) }));
}
