/**
 * Liability and insurance (domain.md, "Liability and insurance"; seed 004 §5): which policies cover each
 * risk of an initiative and in which order, where the gaps are, which requirements follow from its risks and
 * people, and whether a volunteer allowance stays within the tax-free limits. Pure: policies and limits are data.
 */
import type { Risk } from './recommendation/facts';

export const POLICY_KINDS = [
  'vng_basis',
  'vng_plus',
  'corporatie_avb',
  'corporatie_opstal_car',
  'vereniging_avb',
  'ongevallen',
  'anders',
] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];
export const POLICY_HOLDERS = ['gemeente', 'corporatie', 'vereniging'] as const;
export type PolicyHolder = (typeof POLICY_HOLDERS)[number];
export const OBJECT_OWNERS = ['corporatie', 'gemeente', 'bewoners', 'vve'] as const;
export type ObjectOwner = (typeof OBJECT_OWNERS)[number];
export const CLAUSES = ['meldingsplicht', 'onderhoud', 'schoonmaak', 'sleutelbeheer', 'terugvaloptie'] as const;
export const AGREEMENT_STATUSES = ['concept', 'ter_ondertekening', 'getekend', 'verlopen', 'beeindigd'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const ALLOWANCE_KINDS = ['geen', 'per_uur', 'per_maand', 'vast', 'huurkorting'] as const;
/** Who pays a volunteer's allowance: the residents' association usually, the corporation only with tax advice. */
export const PAID_BY = ['vereniging', 'corporatie', 'gemeente', 'anders'] as const;
export type AllowanceKind = (typeof ALLOWANCE_KINDS)[number];

export interface PolicyCover {
  risk: Risk;
  amountCents: number;
  exclusions: string;
}

export interface Policy {
  id: string;
  insurer: string;
  policyNumber: string;
  kind: PolicyKind;
  holder: PolicyHolder;
  municipality: string | null;
  secondary: boolean;
  validFrom: string;
  validTo: string | null;
  covers: PolicyCover[];
}

/** A step in the claim order for one risk: who pays first, then next. */
export interface CoverStep {
  order: number;
  kind: 'eigen_avp' | 'groep' | 'gemeente' | 'overig';
  policyId: string | null;
  label: string;
  secondary: boolean;
}

export interface RiskCoverage {
  risk: Risk;
  steps: CoverStep[];
  /** No policy on record covers this risk at this date. */
  gap: boolean;
}

const DAY = 86_400_000;
export const EXPIRY_WARNING_DAYS = 30;
export const VOG_VALID_YEARS = 3;

export function validOn(policy: Pick<Policy, 'validFrom' | 'validTo'>, date: string): boolean {
  return policy.validFrom <= date && (policy.validTo === null || policy.validTo >= date);
}

/**
 * The claim order for each risk (BZK "Regel die burgerinitiatieven"): the volunteer's own liability insurance,
 * then the group's policy, then the municipality's volunteer policy (VNG, secondary except accidents). The
 * municipality's VNG policies apply automatically in its complexes; the owner's liability stays with the owner.
 */
export function coverageFor(
  risks: readonly Risk[],
  policies: readonly Policy[],
  municipality: string,
  linkedPolicyIds: readonly string[],
  date: string,
): RiskCoverage[] {
  const applicable = policies.filter(
    (p) =>
      validOn(p, date) &&
      (linkedPolicyIds.includes(p.id) ||
        ((p.kind === 'vng_basis' || p.kind === 'vng_plus') &&
          p.municipality !== null &&
          municipality !== '' &&
          p.municipality.toLowerCase() === municipality.toLowerCase()) ||
        p.holder === 'corporatie'),
  );
  const rank = (p: Policy) => (p.holder === 'vereniging' ? 1 : p.holder === 'gemeente' ? 2 : 3);
  return risks.map((risk) => {
    const covering = applicable
      .filter((p) => p.covers.some((c) => c.risk === risk))
      .sort((a, b) => rank(a) - rank(b) || a.insurer.localeCompare(b.insurer));
    const steps: CoverStep[] = [
      { order: 1, kind: 'eigen_avp', policyId: null, label: 'eigen_avp', secondary: false },
      ...covering.map((p, i): CoverStep => ({
        order: i + 2,
        kind: p.holder === 'vereniging' ? 'groep' : p.holder === 'gemeente' ? 'gemeente' : 'overig',
        policyId: p.id,
        label: `${p.insurer} ${p.policyNumber}`,
        secondary: p.secondary,
      })),
    ];
    return { risk, steps, gap: covering.length === 0 };
  });
}

export type RequirementState = 'aanwezig' | 'ontbreekt' | 'verloopt_binnenkort' | 'verlopen' | 'vrijstelling';

export interface Requirement {
  /**
   * Stable key, also used to record an exemption: e.g. `agreement:<residentId>`, `insurance:elektra`,
   * `vog:<residentId>`, `klic`.
   */
  key: string;
  kind: 'agreement' | 'insurance' | 'vog' | 'klic';
  subject: string;
  state: RequirementState;
  /** The date it expires or expired, where that applies. */
  until: string | null;
}

export interface VolunteerAgreement {
  residentId: string;
  status: AgreementStatus;
  startOn: string;
  endOn: string | null;
  vogDate: string | null;
}

export interface RequirementInput {
  risks: readonly Risk[];
  volunteers: readonly { residentId: string; name: string }[];
  agreements: readonly VolunteerAgreement[];
  coverage: readonly RiskCoverage[];
  policies: readonly Policy[];
  klicReportedOn: string | null;
  exemptions: Readonly<Record<string, string>>;
  today: string;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const addYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

function byExpiry(until: string | null, today: string): RequirementState {
  if (until === null) return 'aanwezig';
  if (until < today) return 'verlopen';
  if (until <= addDays(today, EXPIRY_WARNING_DAYS)) return 'verloopt_binnenkort';
  return 'aanwezig';
}

/**
 * What an initiative needs before risky work starts: a signed agreement for each volunteer doing risky work,
 * insurance covering each risk, a VOG where vulnerable people are involved, a KLIC report for digging.
 */
export function deriveRequirements(input: RequirementInput): Requirement[] {
  const { risks, today } = input;
  const out: Requirement[] = [];
  if (risks.length > 0) {
    for (const volunteer of input.volunteers) {
      const signed = input.agreements
        .filter((a) => a.residentId === volunteer.residentId && a.status === 'getekend' && a.startOn <= today)
        .sort((a, b) => (b.endOn ?? '9999').localeCompare(a.endOn ?? '9999'))[0];
      const expired = input.agreements.some(
        (a) =>
          a.residentId === volunteer.residentId &&
          (a.status === 'verlopen' || (a.status === 'getekend' && a.endOn !== null && a.endOn < today)),
      );
      out.push({
        key: `agreement:${volunteer.residentId}`,
        kind: 'agreement',
        subject: volunteer.name,
        state: signed ? byExpiry(signed.endOn, today) : expired ? 'verlopen' : 'ontbreekt',
        until: signed?.endOn ?? null,
      });
    }
    for (const coverage of input.coverage) {
      const policy = coverage.steps.map((s) => input.policies.find((p) => p.id === s.policyId)).find(Boolean);
      out.push({
        key: `insurance:${coverage.risk}`,
        kind: 'insurance',
        subject: coverage.risk,
        state: policy ? byExpiry(policy.validTo, today) : 'ontbreekt',
        until: policy?.validTo ?? null,
      });
    }
  }
  if (risks.includes('kwetsbare_personen')) {
    for (const volunteer of input.volunteers) {
      const vogDate =
        input.agreements
          .filter((a) => a.residentId === volunteer.residentId && a.vogDate)
          .map((a) => a.vogDate!)
          .sort()
          .at(-1) ?? null;
      const until = vogDate ? addYears(vogDate, VOG_VALID_YEARS) : null;
      out.push({
        key: `vog:${volunteer.residentId}`,
        kind: 'vog',
        subject: volunteer.name,
        state: vogDate ? byExpiry(until, today) : 'ontbreekt',
        until,
      });
    }
  }
  if (risks.includes('graafwerk'))
    out.push({
      key: 'klic',
      kind: 'klic',
      subject: 'graafwerk',
      state: input.klicReportedOn ? 'aanwezig' : 'ontbreekt',
      until: null,
    });
  return out.map((r) => (input.exemptions[r.key] && r.state !== 'aanwezig' ? { ...r, state: 'vrijstelling' } : r));
}

/** Agreements and insurance in place: what the recommendation calls agreementsInPlace. */
export function agreementsInPlace(requirements: readonly Requirement[]): boolean {
  return requirements
    .filter((r) => r.kind === 'agreement' || r.kind === 'insurance')
    .every((r) => r.state !== 'ontbreekt' && r.state !== 'verlopen');
}

export interface AllowanceLimits {
  year: number;
  perHour21PlusCents: number;
  perHourUnder21Cents: number;
  perMonthCents: number;
  perYearCents: number;
}

export interface AllowanceAgreement {
  id: string;
  allowanceKind: AllowanceKind;
  allowanceCents: number;
  hoursPerWeek: number;
  startOn: string;
  endOn: string | null;
  paidBy: (typeof PAID_BY)[number];
}

export type AllowanceWarning =
  | 'per_uur'
  | 'per_maand'
  | 'per_jaar'
  | 'corporatie_betaalt'
  | 'geen_limiet_voor_jaar'
  | 'grenzen_van_eerder_jaar'
  | 'vng_polis_verlengen';

/** VNG volunteer policies of a municipality are renewed every year: an agreement may run past the current one. */
export const isYearlyRenewed = (kind: string) => kind === 'vng_basis' || kind === 'vng_plus';

/** Months of an agreement that fall in `year` (partial months count as whole ones). */
function monthsIn(agreement: AllowanceAgreement, year: number): number {
  const start = agreement.startOn > `${year}-01-01` ? agreement.startOn : `${year}-01-01`;
  const end = agreement.endOn && agreement.endOn < `${year}-12-31` ? agreement.endOn : `${year}-12-31`;
  if (end < start) return 0;
  return Number(end.slice(5, 7)) - Number(start.slice(5, 7)) + 1;
}

/** What one agreement pays in `year`, in cents. */
export function yearlyAllowance(agreement: AllowanceAgreement, year: number): number {
  const months = monthsIn(agreement, year);
  switch (agreement.allowanceKind) {
    case 'per_uur':
      return Math.round(agreement.allowanceCents * agreement.hoursPerWeek * (52 / 12) * months);
    case 'per_maand':
      return agreement.allowanceCents * months;
    case 'vast':
      return months > 0 ? agreement.allowanceCents : 0;
    default:
      return 0;
  }
}

/**
 * Checks one agreement against the year's limits, and the volunteer's agreements together against the yearly
 * limit. A corporation paying residents directly is probably outside the tax-free scheme: flagged, not decided.
 */
export function checkAllowance(
  agreement: AllowanceAgreement,
  others: readonly AllowanceAgreement[],
  ageBand: 'onder_21' | '21_plus' | null,
  limits: readonly AllowanceLimits[],
): AllowanceWarning[] {
  if (agreement.allowanceKind === 'geen' || agreement.allowanceKind === 'huurkorting')
    return agreement.paidBy === 'corporatie' && agreement.allowanceKind === 'huurkorting' ? ['corporatie_betaalt'] : [];
  const year = Number(agreement.startOn.slice(0, 4));
  // A year whose figures nobody entered yet is checked against the latest year known before it, and says so:
  // checking nothing would let an agreement over the limit pass in silence.
  const exact = limits.find((l) => l.year === year);
  const limit = exact ?? [...limits].filter((l) => l.year < year).sort((a, b) => b.year - a.year)[0];
  const warnings: AllowanceWarning[] = [];
  if (agreement.paidBy === 'corporatie') warnings.push('corporatie_betaalt');
  if (!limit) return [...warnings, 'geen_limiet_voor_jaar'];
  if (!exact) warnings.push('grenzen_van_eerder_jaar');
  const hourly = ageBand === 'onder_21' ? limit.perHourUnder21Cents : limit.perHour21PlusCents;
  if (agreement.allowanceKind === 'per_uur' && agreement.allowanceCents > hourly) warnings.push('per_uur');
  const monthly =
    agreement.allowanceKind === 'per_uur'
      ? agreement.allowanceCents * agreement.hoursPerWeek * (52 / 12)
      : agreement.allowanceKind === 'per_maand'
        ? agreement.allowanceCents
        : 0;
  if (monthly > limit.perMonthCents) warnings.push('per_maand');
  const total = [agreement, ...others.filter((o) => o.id !== agreement.id)].reduce(
    (sum, a) => sum + yearlyAllowance(a, year),
    0,
  );
  if (total > limit.perYearCents) warnings.push('per_jaar');
  return warnings;
}
