import { addDays } from '../../shared/domain/dates';
import { isOpen } from '../../shared/domain/status';
import { dutchDate } from './context';
import type { Repositories } from './db/repositories';
import { uuidv7 } from './db/ids';

const ELIGIBLE = {
  prestatieafspraken: 'ja',
  nabijBezit: 'ja',
  geenRegulierOnderhoud: 'ja',
  geenSponsoring: 'ja',
} as const;

/** What residents bought with a grant, and where: the demo's expenses read like real receipts. */
const PURCHASES = [
  ['Verf, kwasten en afplaktape', 'Bouwmarkt Zaanwijk'],
  ['Plantgoed en potgrond', 'Tuincentrum De Linde'],
  ['Koffie en koek voor de bewonersavond', 'Bakkerij Van Dam'],
  ['Huur aanhanger', 'Verhuur Oosterhaven'],
] as const;

/**
 * The demo's money: every complex a leefbaarheidsbudget for this year (€ 25 per home, at least € 1.000), and on the
 * newest open initiative of each complex an application, applied for on a day spread over the year so far: every
 * second one decided (granted in full) with what was spent of it since, residents' own hours and in-kind
 * support, the rest still waiting. Budgetten, the initiative pages and the Overzicht (money per month included)
 * show money from the first start.
 */
export function seedDemoMoney(repos: Repositories, options: { by: string; now: Date }) {
  const today = dutchDate(options.now);
  const at = options.now.toISOString();
  const year = Number(today.slice(0, 4));
  repos.complexes.list(false).forEach((complex, index) => {
    const budgetId = uuidv7();
    const amountCents = Math.max(100_000, complex.homes * 2_500);
    repos.money.insertBudget({
      id: budgetId,
      scope: 'complex',
      complexId: complex.id,
      wijk: null,
      year,
      name: `Leefbaarheidsbudget ${year}`,
      perHomeCents: 2_500,
      amountCents,
      maxPerApplicationCents: null,
      at,
      by: options.by,
    });
    const initiative = repos.initiatives.list({ complexId: complex.id }).find((i) => isOpen(i.status));
    if (!initiative) return;
    const grantId = uuidv7();
    const requestedCents = 15_000 + ((index * 7_919) % 45_000);
    // Decided ones spread over the year so far (never before 1 January), so the spending chart gets more than one
    // month; those still waiting came in during the last three weeks, within their four weeks for a decision.
    const waiting = index % 2 === 1;
    const daysAgo = waiting ? 7 + (index % 14) : 30 + ((index * 37) % 300);
    const appliedOn = [addDays(today, -daysAgo), `${year}-01-01`, today].sort()[1]!;
    repos.money.insertGrant(
      { initiativeId: initiative.id, budgetId, appliedOn, requestedCents, ownContributionCents: 0, lines: [] },
      grantId,
      at,
      options.by,
    );
    if (waiting) return;
    const motivation = 'Past binnen het leefbaarheidsbudget';
    const decidedOn = [addDays(appliedOn, 10), today].sort()[0]!;
    const decided = {
      status: 'toegekend',
      grantedCents: requestedCents,
      motivation,
      decidedOn,
      decidedBy: options.by,
      eligibility: ELIGIBLE,
    } as const;
    repos.money.updateGrant(grantId, 1, decided, at, options.by);
    const grant = { initiativeId: initiative.id, grantId, grantedCents: requestedCents, decidedOn, index, today };
    seedSpending(repos, grant, options);
  });
}

/** What happened after a grant was decided: one or two purchases, residents' own hours, a donated hose. */
function seedSpending(
  repos: Repositories,
  grant: {
    initiativeId: string;
    grantId: string;
    grantedCents: number;
    decidedOn: string;
    index: number;
    today: string;
  },
  options: { by: string; now: Date },
) {
  const at = options.now.toISOString();
  const { decidedOn } = grant;
  [
    [7, 0.6],
    [40, 0.25],
  ].forEach(([days, share], n) => {
    const spentOn = addDays(decidedOn, days!);
    if (spentOn > grant.today) return;
    const [description, supplier] = PURCHASES[(grant.index + n) % PURCHASES.length]!;
    const amountCents = Math.round(grant.grantedCents * share!);
    repos.money.insertExpense(
      { grantId: grant.grantId, spentOn, description, supplier, amountCents, receiptId: null },
      uuidv7(),
      at,
      options.by,
    );
  });
  const workedOn = [addDays(decidedOn, 10), grant.today].sort()[0]!;
  const effort = { initiativeId: grant.initiativeId, workedOn, description: 'Samen aan de slag' };
  repos.money.insertEffort(
    { ...effort, minutes: 120 + ((grant.index * 53) % 480), people: 2 + (grant.index % 4) },
    uuidv7(),
    at,
    options.by,
  );
  if (grant.index % 4 === 0)
    repos.money.insertInKind(
      {
        initiativeId: grant.initiativeId,
        item: 'Tuinslang van 80 meter',
        valueCents: 4_500,
        handoverOn: decidedOn,
        mode: 'gegeven',
        returnOn: null,
        budgetId: null,
      },
      uuidv7(),
      null,
      at,
      options.by,
    );
}
