/** Liability as the backend derives it: coverage, requirements and allowance warnings from stored data. */
import type { Agreement, LiabilityView, WorklistRow } from '../../shared/contract/liability';
import {
  agreementsInPlace,
  checkAllowance,
  coverageFor,
  deriveRequirements,
  isYearlyRenewed,
  type AllowanceAgreement,
  type Policy,
} from '../../shared/domain/liability';
import { type HandlerContext, todayIso } from './context';
import type { Repositories } from './db/repositories';
import type { RequirementSubject } from './db/repositories/liability';
import { changeCount } from './db/connection';
import { readInPieces } from './pacing';

const toAllowance = (a: Omit<Agreement, 'allowanceWarnings'>): AllowanceAgreement => ({
  id: a.id,
  allowanceKind: a.allowanceKind,
  allowanceCents: a.allowanceCents,
  hoursPerWeek: a.hoursPerWeek,
  startOn: a.startOn,
  endOn: a.endOn,
  paidBy: a.paidBy,
});

export function withAllowanceWarnings(ctx: HandlerContext, agreement: Omit<Agreement, 'allowanceWarnings'>): Agreement {
  const others = ctx.repos.liability
    .agreementsOfResident(agreement.residentId)
    .filter((a) => a.status !== 'beeindigd')
    .map(toAllowance);
  const ageBand = ctx.repos.residents.get(agreement.residentId)?.ageBand ?? null;
  const warnings = checkAllowance(toAllowance(agreement), others, ageBand, ctx.repos.liability.limits());
  const policy = agreement.policyId ? ctx.repos.liability.policy(agreement.policyId) : undefined;
  if (
    policy &&
    isYearlyRenewed(policy.kind) &&
    policy.validTo !== null &&
    policy.validTo < (agreement.endOn ?? '9999-12-31')
  )
    warnings.push('vng_polis_verlengen');
  return { ...agreement, allowanceWarnings: warnings };
}

function requirementsFor(
  subject: RequirementSubject,
  volunteers: { residentId: string; name: string }[],
  agreements: Omit<Agreement, 'allowanceWarnings'>[],
  policies: Policy[],
  today: string,
) {
  const coverage = coverageFor(subject.risks, policies, subject.municipality, subject.liability.policyIds, today);
  const requirements = deriveRequirements({
    risks: subject.risks,
    volunteers,
    agreements,
    coverage,
    policies,
    klicReportedOn: subject.liability.klicReportedOn,
    exemptions: subject.liability.exemptions,
    today,
  });
  return { coverage, requirements };
}

export function liabilityView(ctx: HandlerContext, initiativeId: string): LiabilityView {
  const subject = ctx.repos.liability.subject(initiativeId)!;
  const agreements = ctx.repos.liability.agreementsOf(initiativeId);
  const { coverage, requirements } = requirementsFor(
    subject,
    ctx.repos.liability.volunteersOf(initiativeId),
    agreements,
    ctx.repos.liability.policiesInForce(),
    todayIso(ctx),
  );
  return {
    ...subject.liability,
    municipality: subject.municipality,
    risks: subject.risks,
    coverage,
    requirements,
    agreementsInPlace: agreementsInPlace(requirements),
    agreements: agreements.map((a) => withAllowanceWarnings(ctx, a)),
  };
}

/** Whether agreements and insurance are in place for these risks: fed to the recommendation on every save. */
export function derivedAgreementsInPlace(
  ctx: HandlerContext,
  initiativeId: string,
  risks: RequirementSubject['risks'],
): boolean {
  const subject = ctx.repos.liability.subject(initiativeId)!;
  const { requirements } = requirementsFor(
    { ...subject, risks },
    ctx.repos.liability.volunteersOf(initiativeId),
    ctx.repos.liability.agreementsOf(initiativeId),
    ctx.repos.liability.policiesInForce(),
    todayIso(ctx),
  );
  return agreementsInPlace(requirements);
}

/**
 * Every requirement of every initiative with a risk (or one wijkbeheerder's). Deriving them for 100,000 initiatives
 * takes seconds, and the worklist, Mijn werk and the dashboard ask for them on every visit, so the result is kept
 * until the database changes (SQLite's total_changes() counts every row this connection — the only writer —
 * inserts, updates or deletes; data_version catches any other connection) or the day turns. Calls that come while
 * it is being derived share that one derivation.
 */
export function allRequirements(ctx: HandlerContext, wijkbeheerderId?: string): Promise<WorklistRow[]> {
  const dataVersion = String(ctx.db.pragma('data_version', { simple: true }));
  const key = `${todayIso(ctx)}|${changeCount(ctx.db)}|${dataVersion}|${wijkbeheerderId ?? ''}`;
  let cached = requirementCache.get(ctx.db);
  if (cached?.key !== key) {
    cached = { key, rows: requirementsInPieces(ctx.repos.liability, todayIso(ctx), wijkbeheerderId ?? null) };
    requirementCache.set(ctx.db, cached);
    // A failed derivation is not kept: the next call tries again.
    const failed = cached;
    failed.rows.catch(() => requirementCache.get(ctx.db) === failed && requirementCache.delete(ctx.db));
  }
  return cached.rows.then((rows) => rows.map((r) => r.row));
}

type DerivedRow = { row: WorklistRow; staffId: string | null };
const requirementCache = new WeakMap<object, { key: string; rows: Promise<DerivedRow[]> }>();

/** Initiatives per piece of the derivation: 10-20 ms of work, also when the pages must come from disk. */
const SUBJECTS_PER_PIECE = 500;

const groupByInitiative = <T extends { initiativeId: string }>(rows: T[]) => {
  const by = new Map<string, T[]>();
  for (const row of rows) by.set(row.initiativeId, [...(by.get(row.initiativeId) ?? []), row]);
  return by;
};

/** The requirements of one piece of initiatives, from their own volunteers and agreements. */
function requirementsOfPiece(
  liability: Repositories['liability'],
  subjects: RequirementSubject[],
  policies: Policy[],
  today: string,
): DerivedRow[] {
  const ids = subjects.map((s) => s.id);
  const volunteersBy = groupByInitiative(liability.volunteersOfInitiatives(ids));
  const agreementsBy = groupByInitiative(liability.agreementsOfInitiatives(ids));
  return subjects.flatMap((subject) =>
    requirementsFor(
      subject,
      volunteersBy.get(subject.id) ?? [],
      agreementsBy.get(subject.id) ?? [],
      policies,
      today,
    ).requirements.map((r) => ({
      row: {
        initiativeId: subject.id,
        title: subject.title,
        complexCode: subject.complexCode,
        wijk: subject.wijk,
        wijkbeheerderName: subject.wijkbeheerderName,
        ...r,
      },
      staffId: subject.wijkbeheerderId,
    })),
  );
}

/**
 * The derivation, `perPiece` initiatives at a time (pacing.ts): in one go it held every other call for 1.8 s at a
 * corporation's scale.
 */
export function requirementsInPieces(
  liability: Repositories['liability'],
  today: string,
  wijkbeheerderId: string | null,
  perPiece = SUBJECTS_PER_PIECE,
): Promise<DerivedRow[]> {
  const policies = liability.policiesInForce();
  return readInPieces((after: string | null) => {
    const { items, next } = liability.subjectsWithRisksPiece(after, perPiece, wijkbeheerderId);
    return { items: requirementsOfPiece(liability, items, policies, today), next };
  });
}
