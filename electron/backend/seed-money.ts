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

/**
 * The demo's money: every complex a leefbaarheidsbudget for this year (€ 25 per home, at least € 1.000), and on the
 * newest open initiative of each complex an application: every second one decided (granted in full), the rest still
 * waiting, so Budgetten, the initiative pages and the Overzicht show money from the first start.
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
    const appliedOn = addDays(today, -30);
    repos.money.insertGrant(
      { initiativeId: initiative.id, budgetId, appliedOn, requestedCents, ownContributionCents: 0, lines: [] },
      grantId,
      at,
      options.by,
    );
    if (index % 2 === 1) return;
    const motivation = 'Past binnen het leefbaarheidsbudget';
    const decided = {
      status: 'toegekend',
      grantedCents: requestedCents,
      motivation,
      decidedOn: addDays(today, -20),
      decidedBy: options.by,
      eligibility: ELIGIBLE,
    } as const;
    repos.money.updateGrant(grantId, 1, decided, at, options.by);
  });
}
