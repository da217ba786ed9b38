import type { ExclusionReach, InitiativePartner, Partner, Survey, SurveyTopic } from '../../../../shared/contract/wijk';
import type { Db } from '../connection';

type SurveyRaw = Omit<Survey, 'topics'>;
type TopicRaw = Omit<SurveyTopic, 'initiatives'> & { surveyId: string };

/** Surveys of a complex or wijk, their topics, and the initiatives that took a topic up. */
function surveyQueries(db: Db) {
  const SURVEY = `SELECT s.id, s.complex_id AS complexId, c.code AS complexCode, s.wijk, s.method, s.held_on AS heldOn,
      s.respondents, s.note
    FROM surveys s LEFT JOIN complexes c ON c.id = s.complex_id`;
  const surveyOne = db.prepare<[string], SurveyRaw>(`${SURVEY} WHERE s.id = ?`);
  const surveysOf = db.prepare<{ complexId: string; wijk: string }, SurveyRaw>(
    `${SURVEY} WHERE s.complex_id = @complexId OR (s.complex_id IS NULL AND @wijk <> '' AND s.wijk = @wijk)
        ORDER BY s.held_on DESC LIMIT 100`,
  );
  const topicsOf = db.prepare<[string], TopicRaw>(
    'SELECT id, survey_id AS surveyId, topic, count FROM survey_topics WHERE survey_id = ? ORDER BY count DESC, topic',
  );
  const topicOne = db.prepare<[string], TopicRaw>(
    'SELECT id, survey_id AS surveyId, topic, count FROM survey_topics WHERE id = ?',
  );
  const initiativesOfTopic = db.prepare<[string], SurveyTopic['initiatives'][number]>(
    'SELECT id, title, status FROM initiatives WHERE survey_topic_id = ? ORDER BY id',
  );
  const insertSurvey = db.prepare(
    `INSERT INTO surveys (id, complex_id, wijk, method, held_on, respondents, note, created_at, updated_at, created_by,
        updated_by)
     VALUES (@id, @complexId, @wijk, @method, @heldOn, @respondents, @note, @at, @at, @by, @by)`,
  );
  const insertTopic = db.prepare(
    'INSERT INTO survey_topics (id, survey_id, topic, count) VALUES (@id, @surveyId, @topic, @count)',
  );
  const linkTopic = db.prepare('UPDATE initiatives SET survey_topic_id = ? WHERE id = ?');
  const complete = (raw: SurveyRaw): Survey => ({
    ...raw,
    topics: topicsOf
      .all(raw.id)
      .map(({ surveyId: _survey, ...topic }) => ({ ...topic, initiatives: initiativesOfTopic.all(topic.id) })),
  });
  return {
    survey: (id: string) => {
      const raw = surveyOne.get(id);
      return raw && complete(raw);
    },
    surveysOf: (complexId: string, wijk: string) => surveysOf.all({ complexId, wijk }).map(complete),
    topic: (id: string) => topicOne.get(id),
    insertSurvey: (row: Record<string, unknown>) => insertSurvey.run(row),
    insertTopic: (row: { id: string; surveyId: string; topic: string; count: number }) => insertTopic.run(row),
    linkTopic: (initiativeId: string, topicId: string) => linkTopic.run(topicId, initiativeId),
  };
}

/** Partners per wijk and the initiatives they take part in. */
function partnerQueries(db: Db) {
  const PARTNER = `SELECT p.id, p.wijk, p.name, p.kind, p.contact_name AS contactName, p.contact_phone AS contactPhone,
      p.contact_email AS contactEmail,
      (SELECT count(*) FROM initiative_partners ip WHERE ip.partner_id = p.id) AS initiatives, p.version
    FROM partners p WHERE p.archived_at IS NULL`;
  const partnersAll = db.prepare<[], Partner>(`${PARTNER} ORDER BY p.wijk, p.name`);
  const partnersOfWijk = db.prepare<[string], Partner>(`${PARTNER} AND p.wijk = ? ORDER BY p.name`);
  const partnerOne = db.prepare<[string], Partner>(`${PARTNER} AND p.id = ?`);
  const partnerByName = db.prepare<[string, string], { id: string }>(
    'SELECT id FROM partners WHERE wijk = ? AND name = ? COLLATE NOCASE',
  );
  const insertPartner = db.prepare(
    `INSERT INTO partners (id, wijk, name, kind, contact_name, contact_phone, contact_email, created_at, updated_at,
        created_by, updated_by)
     VALUES (@id, @wijk, @name, @kind, @contactName, @contactPhone, @contactEmail, @at, @at, @by, @by)`,
  );
  const ofInitiative = db.prepare<[string], InitiativePartner>(
    `SELECT ip.partner_id AS partnerId, p.name, p.kind, ip.role FROM initiative_partners ip JOIN partners p
        ON p.id = ip.partner_id
      WHERE ip.initiative_id = ? ORDER BY p.name`,
  );
  const isLinked = db.prepare<[string, string], { n: number }>(
    'SELECT count(*) AS n FROM initiative_partners WHERE initiative_id = ? AND partner_id = ?',
  );
  const link = db.prepare(
    'INSERT INTO initiative_partners (initiative_id, partner_id, role, created_at, created_by) VALUES (?, ?, ?, ?, ?)',
  );
  const unlink = db.prepare('DELETE FROM initiative_partners WHERE initiative_id = ? AND partner_id = ?');
  return {
    partners: (wijk?: string) => (wijk === undefined ? partnersAll.all() : partnersOfWijk.all(wijk)),
    partner: (id: string) => partnerOne.get(id),
    partnerIdByName: (wijk: string, name: string) => partnerByName.get(wijk, name)?.id,
    insertPartner: (row: Record<string, unknown>) => insertPartner.run(row),
    partnersOf: (initiativeId: string) => ofInitiative.all(initiativeId),
    isLinked: (initiativeId: string, partnerId: string) => isLinked.get(initiativeId, partnerId)!.n > 0,
    link: (initiativeId: string, partnerId: string, role: string, at: string, by: string) =>
      link.run(initiativeId, partnerId, role, at, by),
    unlink: (initiativeId: string, partnerId: string) => unlink.run(initiativeId, partnerId).changes > 0,
  };
}

/** Buurtpeilingen, social partners and the reach of initiatives where exclusion is a risk. */
export function wijkRepository(db: Db) {
  // Reached where exclusion is a risk: initiatives on a complex marked at risk, or whose Kenmerken say so.
  const reach = db.prepare<[], ExclusionReach>(
    // Two parts, so that each uses its index (a complex's initiatives; the partial index of migration 0018).
    `WITH at_risk AS (SELECT id FROM complexes WHERE exclusion_reasons <> '[]'),
          reached AS MATERIALIZED (
            SELECT id FROM initiatives WHERE complex_id IN (SELECT id FROM at_risk)
            UNION SELECT id FROM initiatives WHERE json_extract(facts, '$.exclusionRisk') = 1)
     SELECT (SELECT count(*) FROM at_risk) AS complexes, (SELECT count(*) FROM reached) AS initiatives,
            (SELECT count(DISTINCT resident_id) FROM initiative_people WHERE initiative_id IN (SELECT id
            FROM reached)) AS residentsReached`,
  );
  return {
    ...surveyQueries(db),
    ...partnerQueries(db),
    exclusionReach: () => reach.get()!,
  };
}
