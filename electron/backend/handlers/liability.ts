import { isYearlyRenewed } from '../../../shared/domain/liability';
import { AppError, fieldError, notFound, staleVersion } from '../app-error';
import { actor, type HandlerContext, nowIso } from '../context';
import { diffFields } from '../audit-diff';
import { uuidv7 } from '../db/ids';
import type { PolicyRow } from '../../../shared/contract/liability';
import type { EMPTY_LIABILITY } from '../db/repositories/liability';
import { allRequirements, liabilityView, withAllowanceWarnings } from '../liability';
import type { HandlerGroup } from './types';

function checkInitiative(ctx: HandlerContext, initiativeId: string) {
  if (!ctx.repos.initiatives.get(initiativeId)) throw fieldError('initiativeId', 'err.notFound.initiative');
}

/** An agreement may refer only to a policy valid over its whole period, and to a known signed document. */
function checkAgreementRefs(
  ctx: HandlerContext,
  input: {
    residentId: string;
    policyId: string | null;
    startOn: string;
    endOn: string | null;
    signedDocumentId: string | null;
  },
) {
  const resident = ctx.repos.residents.get(input.residentId);
  if (!resident || resident.erased) throw fieldError('residentId', 'err.agreement.volunteer');
  if (input.policyId) {
    const policy = ctx.repos.liability.policy(input.policyId);
    if (!policy) throw fieldError('policyId', 'err.notFound.policy');
    // A VNG policy renews every year, so an agreement may run past its current end (the agreement then warns
    // that the renewed policy must be registered); any other policy must cover the whole period.
    const endsTooSoon =
      policy.validTo !== null &&
      policy.validTo < (input.endOn ?? input.startOn) &&
      !(isYearlyRenewed(policy.kind) && policy.validTo >= input.startOn);
    if (endsTooSoon || policy.validFrom > input.startOn) {
      throw fieldError('policyId', 'err.agreement.policyExpired', { validTo: policy.validTo ?? '' });
    }
  }
  if (input.signedDocumentId) {
    const scan = ctx.repos.visits.attachment(input.signedDocumentId);
    if (!scan) throw fieldError('signedDocumentId', 'err.attachment.unknown');
    // A visit photo or a receipt is not a signed agreement.
    if (scan.purpose !== 'document') throw fieldError('signedDocumentId', 'err.agreement.scanPurpose');
  }
}

function saveLiability(
  ctx: HandlerContext,
  initiativeId: string,
  patch: Partial<Omit<typeof EMPTY_LIABILITY, 'version'>>,
) {
  const by = actor(ctx);
  const current = ctx.repos.liability.subject(initiativeId)!.liability;
  const next = { ...current, ...patch };
  ctx.repos.liability.upsertLiability(initiativeId, next, nowIso(ctx), by.id);
  const changes = Object.fromEntries(
    Object.keys(patch).map((k) => [k, { from: current[k as keyof typeof current], to: next[k as keyof typeof next] }]),
  );
  ctx.repos.audit.record({
    at: nowIso(ctx),
    actorId: by.id,
    entity: 'initiative',
    entityId: initiativeId,
    action: 'update',
    changes,
  });
}

/** The fields of a policy whose change the audit log names. */
const POLICY_AUDITED = [
  'insurer',
  'policyNumber',
  'kind',
  'holder',
  'municipality',
  'secondary',
  'validFrom',
  'validTo',
  'documentId',
] as const satisfies readonly (keyof PolicyRow)[];

export const liabilityHandlers: HandlerGroup<
  | 'policies:list'
  | 'policies:create'
  | 'policies:update'
  | 'policies:setArchived'
  | 'liability:get'
  | 'liability:update'
  | 'liability:exempt'
  | 'agreements:get'
  | 'agreements:create'
  | 'agreements:update'
  | 'requirements:worklist'
  | 'allowanceLimits:list'
  | 'allowanceLimits:set'
> = {
  'policies:list': (_input, ctx) => ctx.repos.liability.policies(),

  'policies:create': (input, ctx) => {
    const by = actor(ctx);
    const id = uuidv7();
    ctx.db
      .transaction(() => {
        if (input.documentId && !ctx.repos.visits.attachment(input.documentId))
          throw fieldError('documentId', 'err.attachment.unknown');
        ctx.repos.liability.insertPolicy(input, id, nowIso(ctx), by.id);
        ctx.repos.audit.record({
          at: nowIso(ctx),
          actorId: by.id,
          entity: 'policy',
          entityId: id,
          action: 'create',
          changes: { insurer: { from: null, to: input.insurer }, policyNumber: { from: null, to: input.policyNumber } },
        });
      })
      .immediate();
    return ctx.repos.liability.policy(id)!;
  },

  'policies:update': (input, ctx) => {
    const by = actor(ctx);
    return ctx.db
      .transaction(() => {
        const before = ctx.repos.liability.policy(input.id);
        if (!before) throw notFound('policy');
        if (input.documentId && !ctx.repos.visits.attachment(input.documentId))
          throw fieldError('documentId', 'err.attachment.unknown');
        if (!ctx.repos.liability.updatePolicy(input, nowIso(ctx), by.id)) throw staleVersion();
        const after = ctx.repos.liability.policy(input.id)!;
        ctx.repos.audit.record({
          at: nowIso(ctx),
          actorId: by.id,
          entity: 'policy',
          entityId: input.id,
          action: 'update',
          changes: {
            ...diffFields(before, after, POLICY_AUDITED),
            // The sums insured are a list: the log says that they changed, the policy itself says what they are.
            ...(JSON.stringify(before.covers) !== JSON.stringify(after.covers)
              ? { covers: { from: null, to: 'bijgewerkt' } }
              : {}),
          },
        });
        return after;
      })
      .immediate();
  },

  'policies:setArchived': ({ id, version, archived }, ctx) => {
    const by = actor(ctx);
    const at = nowIso(ctx);
    ctx.db
      .transaction(() => {
        if (!ctx.repos.liability.policy(id)) throw notFound('policy');
        if (!ctx.repos.liability.setPolicyArchived({ id, version, archivedAt: archived ? at : null, at, by: by.id }))
          throw staleVersion();
        ctx.repos.audit.record({
          at,
          actorId: by.id,
          entity: 'policy',
          entityId: id,
          action: archived ? 'archive' : 'restore',
          changes: { archived: { from: !archived, to: archived } },
        });
      })
      .immediate();
    return ctx.repos.liability.policy(id)!;
  },

  'liability:get': ({ initiativeId }, ctx) => {
    checkInitiative(ctx, initiativeId);
    return liabilityView(ctx, initiativeId);
  },

  'liability:update': ({ initiativeId, version, ...patch }, ctx) => {
    ctx.db
      .transaction(() => {
        checkInitiative(ctx, initiativeId);
        // A save from a stale copy would overwrite a colleague's text: refused, like every other record.
        if (ctx.repos.liability.subject(initiativeId)!.liability.version !== version) throw staleVersion();
        for (const policyId of patch.policyIds)
          if (!ctx.repos.liability.policy(policyId)) throw fieldError('policyIds', 'err.notFound.policy');
        saveLiability(ctx, initiativeId, patch);
      })
      .immediate();
    return liabilityView(ctx, initiativeId);
  },

  'liability:exempt': ({ initiativeId, key, reason }, ctx) => {
    ctx.db
      .transaction(() => {
        checkInitiative(ctx, initiativeId);
        const exemptions = { ...ctx.repos.liability.subject(initiativeId)!.liability.exemptions };
        if (reason) exemptions[key] = reason;
        else delete exemptions[key];
        saveLiability(ctx, initiativeId, { exemptions });
      })
      .immediate();
    return liabilityView(ctx, initiativeId);
  },

  'agreements:get': ({ id }, ctx) => {
    const agreement = ctx.repos.liability.agreement(id);
    if (!agreement) throw notFound('agreement');
    return withAllowanceWarnings(ctx, agreement);
  },

  'agreements:create': (input, ctx) => {
    const by = actor(ctx);
    const id = uuidv7();
    ctx.db
      .transaction(() => {
        checkInitiative(ctx, input.initiativeId);
        checkAgreementRefs(ctx, input);
        ctx.repos.liability.insertAgreement(input, id, nowIso(ctx), by.id);
        // The volunteer of an agreement is a volunteer on the initiative.
        ctx.repos.visits.linkPerson(input.initiativeId, input.residentId, 'vrijwilliger', nowIso(ctx), by.id);
        ctx.repos.audit.record({
          at: nowIso(ctx),
          actorId: by.id,
          entity: 'agreement',
          entityId: id,
          action: 'create',
          changes: { status: { from: null, to: input.status } },
        });
      })
      .immediate();
    return withAllowanceWarnings(ctx, ctx.repos.liability.agreement(id)!);
  },

  'agreements:update': ({ id, version, ...input }, ctx) => {
    const by = actor(ctx);
    ctx.db
      .transaction(() => {
        const before = ctx.repos.liability.agreement(id);
        if (!before) throw notFound('agreement');
        if (before.initiativeId !== input.initiativeId) throw new AppError('VALIDATION', 'err.agreement.initiative');
        checkAgreementRefs(ctx, input);
        if (!ctx.repos.liability.updateAgreement({ ...input, id, version }, nowIso(ctx), by.id)) throw staleVersion();
        ctx.repos.audit.record({
          at: nowIso(ctx),
          actorId: by.id,
          entity: 'agreement',
          entityId: id,
          action: 'update',
          changes: { status: { from: before.status, to: input.status } },
        });
      })
      .immediate();
    return withAllowanceWarnings(ctx, ctx.repos.liability.agreement(id)!);
  },

  'requirements:worklist': async (_input, ctx) =>
    (await allRequirements(ctx)).filter((r) => r.state !== 'aanwezig' && r.state !== 'vrijstelling'),

  'allowanceLimits:list': (_input, ctx) => ctx.repos.liability.limits(),

  'allowanceLimits:set': (input, ctx) => {
    const by = actor(ctx);
    if (by.role === 'wijkbeheerder') throw new AppError('FORBIDDEN', 'err.role.staff');
    ctx.db
      .transaction(() => {
        ctx.repos.liability.setLimits(input);
        ctx.repos.audit.record({
          at: nowIso(ctx),
          actorId: by.id,
          entity: 'allowance_limits',
          entityId: '00000000-0000-7000-8000-00000000a110',
          action: 'update',
          changes: { [String(input.year)]: { from: null, to: input } },
        });
      })
      .immediate();
    return ctx.repos.liability.limits();
  },
};
