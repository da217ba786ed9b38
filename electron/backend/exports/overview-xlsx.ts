import ExcelJS from 'exceljs';
import type { DashboardFilters } from '../../../shared/contract/dashboard';
import { describeSelection } from '../../../shared/domain/selection';
import type { HandlerContext } from '../context';
import { budgetScope, selectionNames } from '../db/repositories/dashboard-scope';
import { readInPieces } from '../pacing';
import { pacedJob, progress, type Job } from './jobs';
import { asDate, DATE, EURO, frozenSheet, header, label, text, totalRow } from './sheet';

const euros = (cents: number) => cents / 100;

type Workbook = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;
type Sheet = ReturnType<typeof frozenSheet>;
interface Tally {
  rows: number;
  status: Map<string, number>;
  approach: Map<string, number>;
  /** The initiatives in scope, when filtered: the agreements sheet lists theirs. */
  inScope: Set<string>;
}
type BudgetTotals = { available: number; allocated: number; spent: number; remaining: number };

/**
 * The "Overzicht" workbook: Samenvatting, Initiatieven, Budgetten, Overeenkomsten, Verzekeringen. Real types
 * (dates as dates, money as euro), frozen header, autofilter, widths and totals. Written with exceljs's streaming
 * writer while iterating the database, so 100,000 initiatives are never all in memory at once.
 *
 * Without filters the workbook covers the whole corporation; with the dashboard's filters it covers what the
 * dashboard shows: the initiatives in scope, the budgets of that year, wijk or complex, and the agreements of
 * those initiatives. Samenvatting says which selection it is.
 */
export async function writeOverview(ctx: HandlerContext, job: Job, filters?: DashboardFilters): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: job.partPath,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Samenspel';
  // Samenvatting comes first in the workbook but is written last, when the counts and totals are known.
  const summary = frozenSheet(workbook, 'Samenvatting');
  const tally = await writeInitiatives(ctx, job, workbook, filters);
  if (job.cancelRequested) return workbook.commit();
  const totals = await writeBudgets(ctx, job, workbook, filters);
  await writeAgreements(ctx, job, workbook, filters && tally.inScope);
  writePolicies(ctx, workbook);
  writeSummary(ctx, summary, filters, tally, totals);
  await workbook.commit();
}

/** Initiatieven: complex by complex, yielding now and then so status and cancel calls get through. */
async function writeInitiatives(
  ctx: HandlerContext,
  job: Job,
  workbook: Workbook,
  filters?: DashboardFilters,
): Promise<Tally> {
  const initiatives = frozenSheet(workbook, 'Initiatieven');
  header(initiatives, [
    { header: label('initiative.title'), key: 'title', width: 42 },
    { header: label('initiative.complexCode'), key: 'complexCode', width: 12 },
    { header: label('initiative.complex'), key: 'complexName', width: 26 },
    { header: label('complex.wijk'), key: 'wijk', width: 16 },
    { header: label('initiative.practiceType'), key: 'practiceType', width: 34 },
    { header: label('initiative.status'), key: 'status', width: 15 },
    { header: label('initiative.origin'), key: 'origin', width: 12 },
    { header: label('initiative.advisedApproach'), key: 'advised', width: 14 },
    { header: label('initiative.chosenApproach'), key: 'chosen', width: 16 },
    { header: label('initiative.startDate'), key: 'startDate', width: 12, style: { numFmt: DATE } },
    { header: label('initiative.endDate'), key: 'endDate', width: 12, style: { numFmt: DATE } },
    { header: label('initiative.updatedAt'), key: 'updatedAt', width: 14, style: { numFmt: DATE } },
    { header: label('initiative.wijkbeheerder'), key: 'wijkbeheerder', width: 22 },
  ]);
  const counts = { status: new Map<string, number>(), approach: new Map<string, number>() };
  let rows = 0;
  // Complex by complex in code order (each a quick index lookup), not one open cursor: the loop yields about every
  // 20 ms, so status, cancel and every other call get through.
  const complexes = ctx.repos.exports.complexes(filters);
  const ofComplex = ctx.repos.exports.initiativesOfComplex(filters);
  const inScope = new Set<string>();
  const pace = pacedJob(job);
  // Each complex's rows are read whole (an array), so nothing is open on the connection while the loop yields.
  const inOrder = function* () {
    for (const c of complexes) for (const r of ofComplex(c.id)) yield { c, r };
  };
  for (const { c, r } of inOrder()) {
    rows++;
    if (filters) inScope.add(r.id!);
    counts.status.set(r.status!, (counts.status.get(r.status!) ?? 0) + 1);
    if (r.chosen_approach) counts.approach.set(r.chosen_approach, (counts.approach.get(r.chosen_approach) ?? 0) + 1);
    initiatives
      .addRow({
        title: text(r.title!),
        complexCode: c.code,
        complexName: text(c.name),
        wijk: text(c.wijk),
        practiceType: label(`practiceType.${r.practice_type}`),
        status: label(`status.${r.status}`),
        origin: label(`origin.${r.origin}`),
        advised: r.advised_approach ? label(`approach.${r.advised_approach}`) : null,
        chosen: r.chosen_approach ? label(`approach.${r.chosen_approach}`) : null,
        startDate: asDate(r.start_date),
        endDate: asDate(r.end_date),
        updatedAt: asDate(r.updated_at),
        wijkbeheerder: text(r.wijkbeheerder),
      })
      .commit();
    // Checked after every row: one complex can hold a thousand initiatives (118 ms of writing at the start).
    if (pace.due()) {
      progress(job, rows, rows);
      if (await pace.pause()) break;
    }
  }
  progress(job, rows, rows);
  initiatives.commit();
  return { rows, status: counts.status, approach: counts.approach, inScope };
}

/** A row per item, letting other calls through now and then; a cancelled job stops early. */
async function writeRows<T>(job: Job, sheet: Sheet, items: readonly T[], row: (item: T) => Record<string, unknown>) {
  const pace = pacedJob(job);
  for (const item of items) {
    sheet.addRow(row(item)).commit();
    if (pace.due() && (await pace.pause())) return;
  }
}

// Budgets and agreements are read a thousand at a time (pacing.ts): one read of 25,000 agreements with their
// initiative, complex and resident held everything up for 320-470 ms.
const RECORDS_PER_PIECE = 1_000;

/** Budgetten: those of the year, wijk or complex in scope (all without filters), with a totals row. */
async function writeBudgets(
  ctx: HandlerContext,
  job: Job,
  workbook: Workbook,
  filters?: DashboardFilters,
): Promise<BudgetTotals> {
  const budgets = frozenSheet(workbook, 'Budgetten');
  header(budgets, [
    { header: label('budget.year'), key: 'year', width: 8 },
    { header: label('initiative.complexCode'), key: 'complex', width: 12 },
    { header: label('budget.name'), key: 'name', width: 28 },
    { header: label('budget.available'), key: 'available', width: 14, style: { numFmt: EURO } },
    { header: label('budget.allocated'), key: 'allocated', width: 14, style: { numFmt: EURO } },
    { header: label('budget.spent'), key: 'spent', width: 14, style: { numFmt: EURO } },
    { header: label('budget.remaining'), key: 'remaining', width: 14, style: { numFmt: EURO } },
  ]);
  const totals: BudgetTotals = { available: 0, allocated: 0, spent: 0, remaining: 0 };
  const all = await readInPieces((after: string | null) => ctx.repos.money.budgetsPiece(after, RECORDS_PER_PIECE));
  const inScope = filters ? budgetScope(ctx.db, filters) : () => true;
  // The order comes from SQLite, which sorts 20,000 rows in a few ms (a JavaScript sort took 90 ms in one go).
  const byId = new Map(all.map((b) => [b.id, b]));
  const budgetRows = ctx.repos.money
    .budgetOrder(filters?.year)
    .flatMap((id) => byId.get(id) ?? [])
    .filter(inScope);
  for (const b of budgetRows) for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += b[key];
  await writeRows(job, budgets, budgetRows, (b) => ({
    year: b.year,
    complex: b.complexCode ?? b.wijk ?? '',
    name: text(b.name),
    available: euros(b.available),
    allocated: euros(b.allocated),
    spent: euros(b.spent),
    remaining: euros(b.remaining),
  }));
  // Sums under Beschikbaar … Resterend (columns D to G), the label under Naam.
  totalRow(budgets, budgetRows.length, new Map(Object.values(totals).map((cents, i) => [4 + i, euros(cents)])), 3);
  budgets.commit();
  progress(job, job.done + budgetRows.length);
  return totals;
}

/** Overeenkomsten: the volunteer agreements, of the initiatives in scope when filtered. */
async function writeAgreements(ctx: HandlerContext, job: Job, workbook: Workbook, inScope?: Set<string>) {
  const agreements = frozenSheet(workbook, 'Overeenkomsten');
  header(agreements, [
    { header: label('agreement.volunteer'), key: 'volunteer', width: 24 },
    { header: label('initiative.title'), key: 'initiative', width: 36 },
    { header: label('initiative.complexCode'), key: 'complex', width: 12 },
    { header: label('initiative.status'), key: 'status', width: 16 },
    { header: label('agreement.startOn'), key: 'start', width: 12, style: { numFmt: DATE } },
    { header: label('agreement.endOn'), key: 'end', width: 12, style: { numFmt: DATE } },
    { header: label('agreement.allowance'), key: 'allowance', width: 14, style: { numFmt: EURO } },
  ]);
  const agreementRows = (
    await readInPieces((after: string | null) => ctx.repos.liability.agreementsPiece(after, RECORDS_PER_PIECE))
  ).filter((a) => !inScope || inScope.has(a.initiativeId));
  await writeRows(job, agreements, agreementRows, (a) => ({
    volunteer: text(a.residentName),
    initiative: text(a.initiativeTitle),
    complex: a.complexCode,
    status: label(`agreementStatus.${a.status}`),
    start: asDate(a.startOn),
    end: asDate(a.endOn),
    allowance: euros(a.allowanceCents),
  }));
  agreements.commit();
  progress(job, job.done + agreementRows.length);
}

/** Verzekeringen: the register of policies. */
function writePolicies(ctx: HandlerContext, workbook: Workbook) {
  const policies = frozenSheet(workbook, 'Verzekeringen');
  header(policies, [
    { header: label('policy.insurer'), key: 'insurer', width: 22 },
    { header: label('policy.number'), key: 'number', width: 16 },
    { header: label('policy.kind'), key: 'kind', width: 26 },
    { header: label('policy.municipality'), key: 'municipality', width: 18 },
    { header: label('policy.validFrom'), key: 'from', width: 12, style: { numFmt: DATE } },
    { header: label('policy.validTo'), key: 'to', width: 12, style: { numFmt: DATE } },
  ]);
  for (const p of ctx.repos.liability.policies()) {
    policies
      .addRow({
        insurer: text(p.insurer),
        number: text(p.policyNumber),
        kind: label(`policyKind.${p.kind}`),
        municipality: text(p.municipality),
        from: asDate(p.validFrom),
        to: asDate(p.validTo),
      })
      .commit();
  }
  policies.commit();
}

/** Samenvatting: the selection, the counts per status and approach, and the budget totals. */
function writeSummary(
  ctx: HandlerContext,
  summary: Sheet,
  filters: DashboardFilters | undefined,
  tally: Tally,
  totals: BudgetTotals,
) {
  summary.columns = [
    { header: label('export.figure'), key: 'figure', width: 36 },
    { header: label('export.value'), key: 'value', width: 18 },
  ];
  summary.getRow(1).font = { bold: true };
  if (filters) {
    for (const [name, value] of describeSelection(filters, selectionNames(ctx.db, filters), label))
      summary.addRow({ figure: text(name), value: text(value) }).commit();
  }
  summary.addRow({ figure: label('export.initiatives'), value: tally.rows }).commit();
  for (const [status, n] of tally.status)
    summary.addRow({ figure: `${label('initiative.status')}: ${label(`status.${status}`)}`, value: n }).commit();
  for (const [approach, n] of tally.approach)
    summary
      .addRow({ figure: `${label('initiative.chosenApproach')}: ${label(`approach.${approach}`)}`, value: n })
      .commit();
  for (const [key, cents] of Object.entries(totals)) {
    const row = summary.addRow({ figure: label(`budget.${key}`), value: euros(cents) });
    row.getCell('value').numFmt = EURO;
    row.commit();
  }
  summary.commit();
}
