import { describe, expect, it } from 'vitest';
import {
  agreementsInPlace,
  checkAllowance,
  coverageFor,
  deriveRequirements,
  type AllowanceAgreement,
  type AllowanceLimits,
  type Policy,
} from '../../shared/domain/liability';

const vng: Policy = {
  id: 'vng',
  insurer: 'Centraal Beheer',
  policyNumber: 'VNG-1',
  kind: 'vng_basis',
  holder: 'gemeente',
  municipality: 'Zaanwijk',
  secondary: true,
  validFrom: '2025-01-01',
  validTo: '2026-12-31',
  covers: [
    { risk: 'werken_op_hoogte', amountCents: 250_000_000, exclusions: '' },
    { risk: 'gereedschap_machines', amountCents: 250_000_000, exclusions: '' },
  ],
};
const group: Policy = {
  id: 'avb',
  insurer: 'Achmea',
  policyNumber: 'AVB-9',
  kind: 'vereniging_avb',
  holder: 'vereniging',
  municipality: null,
  secondary: false,
  validFrom: '2025-01-01',
  validTo: '2026-03-20',
  covers: [{ risk: 'werken_op_hoogte', amountCents: 100_000_000, exclusions: 'dakwerk' }],
};
const elsewhere: Policy = { ...vng, id: 'other', municipality: 'Rivierstad' };

describe('coverage order and gaps', () => {
  it("orders the volunteer's own insurance, then the group's policy, then the municipality's VNG policy", () => {
    const [height] = coverageFor(['werken_op_hoogte'], [vng, group, elsewhere], 'Zaanwijk', ['avb'], '2026-03-01');
    expect(height!.steps.map((s) => s.kind)).toEqual(['eigen_avp', 'groep', 'gemeente']);
    expect(height!.steps[2]).toMatchObject({ policyId: 'vng', secondary: true });
    expect(height!.gap).toBe(false);
  });

  it("applies a municipality's VNG policy automatically, only in that municipality, only while valid", () => {
    expect(coverageFor(['gereedschap_machines'], [vng], 'zaanwijk', [], '2026-03-01')[0]!.gap).toBe(false);
    expect(coverageFor(['gereedschap_machines'], [vng], 'Rivierstad', [], '2026-03-01')[0]!.gap).toBe(true);
    expect(coverageFor(['gereedschap_machines'], [vng], 'Zaanwijk', [], '2027-01-01')[0]!.gap).toBe(true);
  });

  it('shows a risk nobody covers as a gap', () => {
    const coverage = coverageFor(['elektra', 'werken_op_hoogte'], [vng], 'Zaanwijk', [], '2026-03-01');
    expect(coverage.map((c) => [c.risk, c.gap])).toEqual([
      ['elektra', true],
      ['werken_op_hoogte', false],
    ]);
  });
});

describe('requirements', () => {
  const volunteers = [{ residentId: 'r1', name: 'Piet' }];
  const base = { volunteers, policies: [vng, group], klicReportedOn: null, exemptions: {}, today: '2026-03-01' };

  it('asks for an agreement per volunteer, insurance per risk, a VOG for the vulnerable, KLIC for digging', () => {
    const risks = ['werken_op_hoogte', 'kwetsbare_personen', 'graafwerk'] as const;
    const requirements = deriveRequirements({
      ...base,
      risks: [...risks],
      agreements: [],
      coverage: coverageFor([...risks], [vng, group], 'Zaanwijk', ['avb'], '2026-03-01'),
    });
    expect(requirements.map((r) => [r.key, r.state])).toEqual([
      ['agreement:r1', 'ontbreekt'],
      ['insurance:werken_op_hoogte', 'verloopt_binnenkort'],
      ['insurance:kwetsbare_personen', 'ontbreekt'],
      ['insurance:graafwerk', 'ontbreekt'],
      ['vog:r1', 'ontbreekt'],
      ['klic', 'ontbreekt'],
    ]);
    expect(agreementsInPlace(requirements)).toBe(false);
  });

  it('follows agreements and VOGs through their dates, and honours an exemption with a reason', () => {
    const risks = ['kwetsbare_personen'] as const;
    const coverage = coverageFor([...risks], [], 'Zaanwijk', [], '2026-03-01');
    const agreements = [
      {
        residentId: 'r1',
        status: 'getekend' as const,
        startOn: '2025-01-01',
        endOn: '2026-03-15',
        vogDate: '2023-03-10',
      },
    ];
    const requirements = deriveRequirements({
      ...base,
      risks: [...risks],
      agreements,
      coverage,
      exemptions: { 'insurance:kwetsbare_personen': 'Valt onder de polis van de zorginstelling' },
    });
    expect(Object.fromEntries(requirements.map((r) => [r.key, [r.state, r.until]]))).toEqual({
      'agreement:r1': ['verloopt_binnenkort', '2026-03-15'],
      'insurance:kwetsbare_personen': ['vrijstelling', null],
      'vog:r1': ['verloopt_binnenkort', '2026-03-10'],
    });
    expect(
      deriveRequirements({ ...base, risks: [...risks], agreements, coverage, today: '2026-04-01' }).find(
        (r) => r.kind === 'agreement',
      )!.state,
    ).toBe('verlopen');
  });

  it('needs nothing when there are no risks', () => {
    expect(deriveRequirements({ ...base, risks: [], agreements: [], coverage: [] })).toEqual([]);
  });
});

describe('volunteer allowance check (dated limits)', () => {
  const limits: AllowanceLimits[] = [
    { year: 2025, perHour21PlusCents: 560, perHourUnder21Cents: 330, perMonthCents: 21_000, perYearCents: 210_000 },
  ];
  const agreement = (patch: Partial<AllowanceAgreement>): AllowanceAgreement => ({
    id: 'a',
    allowanceKind: 'per_uur',
    allowanceCents: 500,
    hoursPerWeek: 4,
    startOn: '2025-01-01',
    endOn: '2025-12-31',
    paidBy: 'vereniging',
    ...patch,
  });

  it('accepts €5 an hour for 4 hours a week for an adult', () => {
    expect(checkAllowance(agreement({}), [], '21_plus', limits)).toEqual([]);
  });

  it('warns above the hourly limit for under-21s and above the monthly limit', () => {
    expect(checkAllowance(agreement({}), [], 'onder_21', limits)).toEqual(['per_uur']);
    expect(
      checkAllowance(agreement({ allowanceKind: 'per_maand', allowanceCents: 25_000 }), [], '21_plus', limits),
    ).toEqual(['per_maand', 'per_jaar']);
  });

  it('catches a volunteer whose two agreements cross the yearly limit together', () => {
    const first = agreement({ id: 'a', allowanceKind: 'per_maand', allowanceCents: 15_000 });
    // €150 × 12 months + €60 × 6 months = €2,160, above the €2,100 a year.
    const second = agreement({ id: 'b', allowanceKind: 'per_maand', allowanceCents: 6_000, startOn: '2025-07-01' });
    expect(checkAllowance(first, [], '21_plus', limits)).toEqual([]);
    expect(checkAllowance(first, [second], '21_plus', limits)).toEqual(['per_jaar']);
  });

  it('flags the corporation paying directly, and a year without limits on record', () => {
    expect(checkAllowance(agreement({ paidBy: 'corporatie' }), [], '21_plus', limits)).toEqual(['corporatie_betaalt']);
    expect(checkAllowance(agreement({ startOn: '2026-01-01', endOn: null }), [], '21_plus', limits)).toEqual(
      expect.arrayContaining(['grenzen_van_eerder_jaar']),
    );
    expect(checkAllowance(agreement({ startOn: '2026-01-01', endOn: null }), [], '21_plus', [])).toEqual([
      'geen_limiet_voor_jaar',
    ]);
  });
});
