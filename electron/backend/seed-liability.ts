import { liabilityMethods } from '../../shared/contract/liability';
import { addDays } from '../../shared/domain/dates';
import { isOpen } from '../../shared/domain/status';
import { dutchDate } from './context';
import { uuidv7 } from './db/ids';
import type { Repositories } from './db/repositories';

/** An illustrative sum insured: the real amounts differ per municipality and are entered per policy (domain.md). */
const VNG_COVERS = (['werken_op_hoogte', 'gereedschap_machines', 'kwetsbare_personen', 'voedsel'] as const).map(
  (risk) => ({
    risk,
    amountCents: 250_000_000,
    exclusions: 'Opzet en schade met motorrijtuigen',
  }),
);

const TASKS = 'Meehelpen bij de uitvoering en het opruimen na afloop';

/**
 * The demo's insurance, wijk funds and volunteer agreements: a VNG policy per municipality for this calendar
 * year (so in December the register shows them expiring), the corporation's own liability policy, a wijkfonds
 * per wijk, and an agreement (concept or awaiting signature) for every volunteer on an open initiative, so the
 * medewerker's Mijn werk, the insurance register and the requirement lists have true work from the first start.
 */
export function seedDemoLiability(repos: Repositories, options: { by: string; now: Date }) {
  const today = dutchDate(options.now);
  const at = options.now.toISOString();
  const year = today.slice(0, 4);
  const complexes = repos.complexes.list(false);
  const policy = (fields: Record<string, unknown>) => {
    const id = uuidv7();
    repos.liability.insertPolicy(liabilityMethods['policies:create'].input.parse(fields), id, at, options.by);
    return id;
  };
  const validity = { validFrom: `${year}-01-01`, validTo: `${year}-12-31` };
  const vngOf = new Map<string, string>();
  for (const municipality of new Set(complexes.map((c) => c.municipality).filter(Boolean))) {
    const policyNumber = `VNG-${year}-${String(vngOf.size + 1).padStart(3, '0')}`;
    const fields = {
      kind: 'vng_basis',
      holder: 'gemeente',
      municipality,
      secondary: true,
      covers: VNG_COVERS,
      ...validity,
    };
    vngOf.set(municipality, policy({ insurer: 'Centraal Beheer', policyNumber, ...fields }));
  }
  policy({
    insurer: 'Nationale-Nederlanden',
    policyNumber: `AVB-${year}-0417`,
    kind: 'corporatie_avb',
    holder: 'corporatie',
    ...validity,
  });

  for (const wijk of new Set(complexes.map((c) => c.wijk).filter(Boolean))) {
    repos.money.insertBudget({
      id: uuidv7(),
      scope: 'wijk',
      complexId: null,
      wijk,
      year: Number(year),
      name: `Wijkfonds ${wijk} ${year}`,
      perHomeCents: null,
      amountCents: 500_000,
      maxPerApplicationCents: 75_000,
      at,
      by: options.by,
    });
  }

  let n = 0;
  for (const complex of complexes) {
    for (const initiative of repos.initiatives.list({ complexId: complex.id }).filter((i) => isOpen(i.status))) {
      for (const person of repos.visits.people(initiative.id).filter((p) => p.role === 'vrijwilliger')) {
        const input = liabilityMethods['agreements:create'].input.parse({
          initiativeId: initiative.id,
          residentId: person.residentId,
          tasks: TASKS,
          hoursPerWeek: 2,
          startOn: addDays(today, -10),
          endOn: addDays(today, 355),
          policyId: vngOf.get(complex.municipality) ?? null,
          status: n++ % 2 === 0 ? 'concept' : 'ter_ondertekening',
        });
        repos.liability.insertAgreement(input, uuidv7(), at, options.by);
      }
    }
  }
}
