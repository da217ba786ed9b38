import { AppError, fieldError, notFound } from '../app-error';
import { actor, type HandlerContext, nowIso, todayIso } from '../context';
import { uuidv7 } from '../db/ids';
import { insertInitiative, LEFT_OPEN } from './initiatives';
import type { HandlerGroup } from './types';

function initiativeOf(ctx: HandlerContext, initiativeId: string) {
  const initiative = ctx.repos.initiatives.get(initiativeId);
  if (!initiative) throw fieldError('initiativeId', 'err.notFound.initiative');
  return initiative;
}

export const wijkHandlers: HandlerGroup<
  | 'surveys:create'
  | 'surveys:list'
  | 'surveys:startInitiative'
  | 'partners:list'
  | 'partners:create'
  | 'partners:ofInitiative'
  | 'partners:link'
  | 'partners:unlink'
> = {
  'surveys:create': ({ topics, ...input }, ctx) => {
    const by = actor(ctx);
    const at = nowIso(ctx);
    if (input.heldOn > todayIso(ctx)) throw fieldError('heldOn', 'err.survey.future');
    const id = uuidv7();
    ctx.db
      .transaction(() => {
        // A complex's survey counts for its wijk too; the wijk is taken from the complex so both lists find it.
        const complex = input.complexId ? ctx.repos.complexes.get(input.complexId) : undefined;
        if (input.complexId && !complex) throw fieldError('complexId', 'err.notFound.complex');
        ctx.repos.wijk.insertSurvey({ id, ...input, wijk: complex?.wijk ?? input.wijk, at, by: by.id });
        for (const topic of topics) ctx.repos.wijk.insertTopic({ id: uuidv7(), surveyId: id, ...topic });
        ctx.repos.audit.record({
          at,
          actorId: by.id,
          entity: 'survey',
          entityId: id,
          action: 'create',
          changes: { respondents: { from: null, to: input.respondents } },
        });
      })
      .immediate();
    return ctx.repos.wijk.survey(id)!;
  },

  'surveys:list': ({ complexId }, ctx) => {
    const complex = ctx.repos.complexes.get(complexId);
    if (!complex) throw notFound('complex');
    return ctx.repos.wijk.surveysOf(complex.id, complex.wijk);
  },

  'surveys:startInitiative': ({ topicId, complexId, title, practiceType }, ctx) => {
    const by = actor(ctx);
    const at = nowIso(ctx);
    const id = ctx.db
      .transaction(() => {
        const topic = ctx.repos.wijk.topic(topicId);
        if (!topic) throw fieldError('topicId', 'err.survey.unknownTopic');
        const survey = ctx.repos.wijk.survey(topic.surveyId)!;
        const complex = ctx.repos.complexes.get(complexId);
        if (!complex) throw fieldError('complexId', 'err.notFound.complex');
        if (survey.complexId ? survey.complexId !== complex.id : survey.wijk !== complex.wijk)
          throw fieldError('complexId', 'err.survey.otherPlace');
        const initiativeId = insertInitiative(
          ctx,
          {
            complexId: complex.id,
            title,
            practiceType,
            origin: 'bewoners',
            description: topic.topic,
            ...LEFT_OPEN,
          },
          by.id,
          at,
        );
        ctx.repos.wijk.linkTopic(initiativeId, topic.id);
        return initiativeId;
      })
      .immediate();
    return { id };
  },

  'partners:list': ({ wijk }, ctx) => ctx.repos.wijk.partners(wijk),

  'partners:create': (input, ctx) => {
    const by = actor(ctx);
    const at = nowIso(ctx);
    const id = uuidv7();
    ctx.db
      .transaction(() => {
        if (ctx.repos.wijk.partnerIdByName(input.wijk, input.name))
          throw fieldError('name', 'err.partner.duplicate', { name: input.name, wijk: input.wijk });
        ctx.repos.wijk.insertPartner({ id, ...input, at, by: by.id });
        ctx.repos.audit.record({
          at,
          actorId: by.id,
          entity: 'partner',
          entityId: id,
          action: 'create',
          changes: { name: { from: null, to: input.name } },
        });
      })
      .immediate();
    return ctx.repos.wijk.partner(id)!;
  },

  'partners:ofInitiative': ({ initiativeId }, ctx) => ctx.repos.wijk.partnersOf(initiativeId),

  'partners:link': ({ initiativeId, partnerId, role }, ctx) => {
    const by = actor(ctx);
    const at = nowIso(ctx);
    ctx.db
      .transaction(() => {
        initiativeOf(ctx, initiativeId);
        const partner = ctx.repos.wijk.partner(partnerId);
        if (!partner) throw fieldError('partnerId', 'err.partner.unknown');
        if (ctx.repos.wijk.isLinked(initiativeId, partnerId))
          throw new AppError('CONFLICT', 'err.partner.linkedTwice', { name: partner.name });
        ctx.repos.wijk.link(initiativeId, partnerId, role, at, by.id);
        ctx.repos.audit.record({
          at,
          actorId: by.id,
          entity: 'initiative',
          entityId: initiativeId,
          action: 'update',
          changes: { partners: { from: null, to: partner.name } },
        });
      })
      .immediate();
    return ctx.repos.wijk.partnersOf(initiativeId);
  },

  'partners:unlink': ({ initiativeId, partnerId }, ctx) => {
    const by = actor(ctx);
    const at = nowIso(ctx);
    ctx.db
      .transaction(() => {
        const partner = ctx.repos.wijk.partner(partnerId);
        if (!ctx.repos.wijk.unlink(initiativeId, partnerId)) throw notFound('person');
        ctx.repos.audit.record({
          at,
          actorId: by.id,
          entity: 'initiative',
          entityId: initiativeId,
          action: 'update',
          changes: { partners: { from: partner?.name ?? partnerId, to: null } },
        });
      })
      .immediate();
    return ctx.repos.wijk.partnersOf(initiativeId);
  },
};
