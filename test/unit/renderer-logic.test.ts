import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPROACHES } from '../../shared/domain/recommendation/facts';
import { PRACTICE_TYPES } from '../../shared/domain/vocabulary';
import { visitCreateInput } from '../../shared/contract/visits';
import { DASHBOARD_FIGURES, type DashboardFilters, type DashboardRecordsQuery } from '../../shared/contract/dashboard';
import type { ReportComplexRow } from '../../shared/contract/report';
import {
  emptyFilters,
  filtersFromSearch,
  filtersToSearch,
  recordsFromSearch,
  recordsSearch,
} from '../../renderer/src/features/dashboard/filter-params';
import { emptyVisitDraft, toVisitInput, type VisitDraft } from '../../renderer/src/features/visits/visit-draft';
import { groupByWijk, sumRows } from '../../renderer/src/features/report/wijk-totals';
import { rememberable } from '../../renderer/src/grid/grid-state';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const word = fc.string({ minLength: 1, maxLength: 12 });
const personName = word.filter((name) => name.trim().length > 0);
const filters: fc.Arbitrary<DashboardFilters> = fc.record({
  year: fc.integer({ min: 1990, max: 2100 }),
  wijk: maybe(word),
  wijkbeheerderId: maybe(fc.uuid()),
  complexId: maybe(fc.uuid()),
  status: maybe(fc.constantFrom('aangemaakt', 'in_behandeling', 'in_uitvoering')),
  practiceType: maybe(fc.constantFrom(...PRACTICE_TYPES)),
  advisedApproach: maybe(fc.constantFrom(...APPROACHES)),
  chosenApproach: maybe(fc.constantFrom(...APPROACHES)),
}) as fc.Arbitrary<DashboardFilters>;

describe('the dashboard filters in an address (the report and the grid open with exactly them)', () => {
  it('come back from the address as they went in, whatever they hold (Dutch words, &, =, spaces)', () => {
    fc.assert(
      fc.property(filters, (f) => {
        expect(filtersFromSearch(new URLSearchParams(filtersToSearch(f)), 1900)).toEqual(f);
      }),
    );
  });

  it('a figure with its bar or funnel segment comes back too, and a plain list has none', () => {
    const query = fc.record(
      {
        filters,
        figure: fc.constantFrom(...DASHBOARD_FIGURES),
        status: fc.constantFrom('aangemaakt', 'afgerond'),
        wijk: fc.string({ maxLength: 12 }),
        approach: fc.constantFrom(...APPROACHES),
      },
      { requiredKeys: ['filters', 'figure'] },
    ) as fc.Arbitrary<DashboardRecordsQuery>;
    fc.assert(
      fc.property(query, (q) => {
        expect(recordsFromSearch(new URLSearchParams(recordsSearch(q)))).toEqual(q);
      }),
    );
    expect(recordsFromSearch(new URLSearchParams(filtersToSearch(emptyFilters(2026))))).toBeUndefined();
  });
});

describe('a quick visit draft becomes visits:create', () => {
  const draft: fc.Arbitrary<VisitDraft> = fc.record({
    complexId: fc.uuid(),
    complexLabel: word,
    visitDate: fc.constant('2026-12-07'),
    note: fc.string({ maxLength: 50 }),
    // Names as the dialog takes them: a blank one is never added to the people met.
    residents: fc.array(fc.oneof(fc.record({ id: fc.uuid(), name: word }), fc.record({ name: personName })), {
      maxLength: 5,
    }),
    initiativeIds: fc.uniqueArray(fc.uuid(), { maxLength: 3 }),
    newInitiative: fc.record({
      title: fc.oneof(fc.constant('   '), word),
      practiceType: fc.constantFrom(...PRACTICE_TYPES),
      origin: fc.constant('bewoners'),
    }),
    followUp: fc.record({
      title: fc.oneof(fc.constant(''), word),
      dueDate: fc.constant('2026-12-21'),
      ownerId: fc.uuid(),
    }),
    photos: fc.array(fc.record({ id: fc.uuid(), name: word }), { maxLength: 2 }),
  });

  it('that the contract accepts: people met are linked by id or made by name, blank parts are left out', () => {
    fc.assert(
      fc.property(draft, (d) => {
        const input = toVisitInput(d, undefined);
        const parsed = visitCreateInput.safeParse(input);
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
        expect(input.residentIds.length + input.newResidents.length).toBe(d.residents.length);
        expect(input.newInitiatives).toHaveLength(d.newInitiative.title.trim() ? 1 : 0);
        expect(input.followUps).toHaveLength(d.followUp.title.trim() ? 1 : 0);
        expect(input.photoIds).toEqual(d.photos.map((p) => p.id));
      }),
    );
  });

  it('an empty draft leaves the complex for the contract to ask for, and carries its draft id', () => {
    const draftId = '01937a2e-8b1c-7d4e-9f00-123456789abc';
    const input = toVisitInput(emptyVisitDraft('2026-12-07', 'owner'), draftId);
    expect(input).toMatchObject({ complexId: undefined, newInitiatives: [], followUps: [], draftId });
    expect(visitCreateInput.safeParse(input).error?.issues.map((i) => i.path.join('.'))).toEqual(['complexId']);
  });
});

describe('grid views and report totals', () => {
  it('a remembered grid view keeps the choices a user makes, not scroll or focus', () => {
    const kept = rememberable({
      sort: { sortModel: [{ colId: 'title', sort: 'asc' }] },
      columnVisibility: { hiddenColIds: ['postcode'] },
      scroll: { top: 900, left: 0 },
      focusedCell: { colId: 'title', rowIndex: 3, rowPinned: null },
    });
    expect(Object.keys(kept).filter((k) => kept[k as keyof typeof kept] !== undefined)).toEqual([
      'columnVisibility',
      'sort',
    ]);
  });

  it("the report's totals per wijk add up to the grand total, and every complex is in its own wijk's group", () => {
    const row: fc.Arbitrary<ReportComplexRow> = fc.record({
      wijk: fc.constantFrom('Noord', 'Zuid', 'Centrum'),
      code: word,
      name: word,
      initiatives: fc.nat(50),
      active: fc.nat(50),
      closed: fc.nat(50),
      effortHours: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
      availableCents: fc.nat(1_000_000),
      allocatedCents: fc.nat(1_000_000),
      spentCents: fc.nat(1_000_000),
    }) as fc.Arbitrary<ReportComplexRow>;
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const groups = groupByWijk(rows);
        expect(groups.flatMap((g) => g.complexes)).toHaveLength(rows.length);
        for (const g of groups) expect(g.complexes.every((c) => c.wijk === g.wijk)).toBe(true);
        const grand = sumRows(rows);
        expect(sumRows(groups.map((g) => g.totals)).initiatives).toBe(grand.initiatives);
        expect(sumRows(groups.map((g) => g.totals)).spentCents).toBe(grand.spentCents);
      }),
    );
  });
});
