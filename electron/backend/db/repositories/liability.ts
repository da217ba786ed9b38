import type { Agreement, LiabilityView, PolicyRow } from '../../../../shared/contract/liability';
import type { AllowanceLimits, Policy } from '../../../../shared/domain/liability';
import type { Risk } from '../../../../shared/domain/recommendation/facts';
import type { ParsedInput } from '../../../../shared/contract/methods';
import { pieceOf } from '../../pacing';
import type { Db } from '../connection';

/** The liability record of an initiative, as stored; the view adds what is derived from it. */
export type LiabilityRow = Pick<
  LiabilityView,
  'objectOwner' | 'activities' | 'clauses' | 'freeText' | 'klicReportedOn' | 'exemptions' | 'policyIds' | 'version'
>;

export const EMPTY_LIABILITY: LiabilityRow = {
  objectOwner: 'corporatie',
  activities: '',
  clauses: [],
  freeText: '',
  klicReportedOn: null,
  exemptions: {},
  policyIds: [],
  version: 0,
};

/** The facts of initiatives that requirement derivation needs, loaded in a few set-based queries. */
export interface RequirementSubject {
  id: string;
  title: string;
  complexCode: string;
  wijk: string;
  municipality: string;
  wijkbeheerderId: string | null;
  wijkbeheerderName: string | null;
  risks: Risk[];
  liability: LiabilityRow;
}

type PolicyRaw = Omit<PolicyRow, 'covers' | 'secondary'> & { covers: string; secondary: number };
type AgreementRaw = Omit<Agreement, 'vogNeeded' | 'allowanceWarnings'> & { vogNeeded: number };

/** The insurance register: policies, archived ones kept. */
function policyQueries(db: Db) {
  const POLICY = `SELECT id, insurer, policy_number AS policyNumber, kind, holder, municipality, secondary,
      valid_from AS validFrom, valid_to AS validTo,
      covers, document_id AS documentId, archived_at AS archivedAt, version FROM policies`;
  const policies = db.prepare<[], PolicyRaw>(`${POLICY} ORDER BY archived_at IS NOT NULL, insurer, policy_number`);
  const setPolicyArchivedStatement = db.prepare(
    `UPDATE policies SET archived_at = @archivedAt, version = version + 1, updated_at = @at,
      updated_by = @by WHERE id = @id AND version = @version`,
  );
  const toPolicy = (raw: PolicyRaw): PolicyRow => ({
    ...raw,
    secondary: raw.secondary === 1,
    covers: JSON.parse(raw.covers) as Policy['covers'],
  });
  const insertPolicyStatement = db.prepare(
    `INSERT INTO policies (id, insurer, policy_number, kind, holder, municipality, secondary, valid_from, valid_to,
        covers, document_id, created_at, updated_at, created_by, updated_by)
       VALUES (@id, @insurer, @policyNumber, @kind, @holder, @municipality, @secondary, @validFrom, @validTo, @covers,
       @documentId, @at, @at, @by, @by)`,
  );
  const updatePolicyStatement = db.prepare(
    `UPDATE policies SET insurer = @insurer, policy_number = @policyNumber, kind = @kind, holder = @holder,
        municipality = @municipality,
       secondary = @secondary, valid_from = @validFrom, valid_to = @validTo, covers = @covers,
       document_id = @documentId,
       version = version + 1, updated_at = @at, updated_by = @by
     WHERE id = @id AND version = @version`,
  );
  return {
    /** The whole register, archived policies last. */
    policies: () => policies.all().map(toPolicy),
    /** The policies that cover risks: not archived. */
    policiesInForce: () =>
      policies
        .all()
        .map(toPolicy)
        .filter((p) => p.archivedAt === null),
    /** False when the version did not match. */
    setPolicyArchived: (row: { id: string; version: number; archivedAt: string | null; at: string; by: string }) =>
      setPolicyArchivedStatement.run(row).changes === 1,
    policy: (id: string) => {
      const raw = db.prepare<[string], PolicyRaw>(`${POLICY} WHERE id = ?`).get(id);
      return raw && toPolicy(raw);
    },
    /** False when the version did not match (someone else saved first). */
    updatePolicy: (input: ParsedInput<'policies:update'>, at: string, by: string) =>
      updatePolicyStatement.run({
        ...input,
        secondary: input.secondary ? 1 : 0,
        covers: JSON.stringify(input.covers),
        at,
        by,
      }).changes === 1,
    insertPolicy: (input: ParsedInput<'policies:create'>, id: string, at: string, by: string) =>
      void insertPolicyStatement.run({
        ...input,
        id,
        secondary: input.secondary ? 1 : 0,
        covers: JSON.stringify(input.covers),
        at,
        by,
      }),
  };
}

/** Volunteer agreements, the volunteers they can be made with, and the allowance limits. */
function agreementQueries(db: Db) {
  const AGREEMENT = `SELECT a.id, a.initiative_id AS initiativeId, i.title AS initiativeTitle, c.code AS complexCode,
      a.resident_id AS residentId, r.name AS residentName,
      a.tasks, a.start_on AS startOn, a.end_on AS endOn, a.hours_per_week AS hoursPerWeek,
      a.allowance_kind AS allowanceKind, a.allowance_cents AS allowanceCents,
      a.paid_by AS paidBy, a.guidance, a.policy_id AS policyId, (p.insurer || ' ' || p.policy_number) AS policyLabel,
      a.vog_needed AS vogNeeded, a.vog_date AS vogDate,
      a.status, a.signed_document_id AS signedDocumentId, a.version
    FROM agreements a JOIN initiatives i ON i.id = a.initiative_id JOIN complexes c ON c.id = i.complex_id
    JOIN residents r ON r.id = a.resident_id
    LEFT JOIN policies p ON p.id = a.policy_id`;
  const toAgreement = (raw: AgreementRaw): Omit<Agreement, 'allowanceWarnings'> => ({
    ...raw,
    vogNeeded: raw.vogNeeded === 1,
  });
  const read = (where: string, ...params: unknown[]) =>
    db
      .prepare<unknown[], AgreementRaw>(`${AGREEMENT} ${where}`)
      .all(...params)
      .map(toAgreement);
  type Volunteer = { initiativeId: string; residentId: string; name: string };
  const VOLUNTEERS =
    'SELECT p.initiative_id AS initiativeId, p.resident_id AS residentId, r.name FROM initiative_people p JOIN ' +
    "residents r ON r.id = p.resident_id WHERE p.role = 'vrijwilliger'";
  const volunteersOfInitiativesStatement = db.prepare<[string], Volunteer>(
    `${VOLUNTEERS} AND p.initiative_id IN (SELECT value FROM json_each(?))`,
  );
  const volunteersOfStatement = db.prepare<[string], { residentId: string; name: string }>(
    'SELECT p.resident_id AS residentId, r.name FROM initiative_people p JOIN residents r ON r.id = p.resident_id ' +
      "WHERE p.role = 'vrijwilliger' AND p.initiative_id = ?",
  );
  const insertAgreementStatement = db.prepare(
    `INSERT INTO agreements (id, initiative_id, resident_id, tasks, start_on, end_on, hours_per_week, allowance_kind,
        allowance_cents, paid_by, guidance, policy_id,
         vog_needed, vog_date, status, signed_document_id, created_at, updated_at, created_by, updated_by)
       VALUES (@id, @initiativeId, @residentId, @tasks, @startOn, @endOn, @hoursPerWeek, @allowanceKind,
       @allowanceCents, @paidBy, @guidance, @policyId,
         @vogNeeded, @vogDate, @status, @signedDocumentId, @at, @at, @by, @by)`,
  );
  const updateAgreementStatement = db.prepare(
    `UPDATE agreements SET resident_id = @residentId, tasks = @tasks, start_on = @startOn, end_on = @endOn,
        hours_per_week = @hoursPerWeek,
         allowance_kind = @allowanceKind, allowance_cents = @allowanceCents, paid_by = @paidBy, guidance = @guidance,
         policy_id = @policyId,
         vog_needed = @vogNeeded, vog_date = @vogDate, status = @status, signed_document_id = @signedDocumentId,
         version = version + 1, updated_at = @at, updated_by = @by
       WHERE id = @id AND version = @version`,
  );
  const limitsStatement = db.prepare<[], AllowanceLimits>(
    `SELECT year, per_hour_21_plus_cents AS perHour21PlusCents, per_hour_under_21_cents AS perHourUnder21Cents,
        per_month_cents AS perMonthCents,
              per_year_cents AS perYearCents FROM allowance_limits ORDER BY year`,
  );
  const setLimitsStatement = db.prepare(
    `INSERT INTO allowance_limits VALUES (@year, @perHour21PlusCents, @perHourUnder21Cents, @perMonthCents,
        @perYearCents)
       ON CONFLICT (year) DO UPDATE SET per_hour_21_plus_cents = excluded.per_hour_21_plus_cents,
       per_hour_under_21_cents = excluded.per_hour_under_21_cents,
         per_month_cents = excluded.per_month_cents, per_year_cents = excluded.per_year_cents`,
  );
  return {
    /** The agreements of the given initiatives (the requirement derivation reads them a piece at a time). */
    agreementsOfInitiatives: (initiativeIds: string[]) =>
      read('WHERE a.initiative_id IN (SELECT value FROM json_each(?))', JSON.stringify(initiativeIds)),
    /** The agreements after `after` in id order, at most `limit`: a long list read in pieces. */
    agreementsPiece: (after: string | null, limit: number) =>
      pieceOf(
        read('WHERE a.id > ? ORDER BY a.id LIMIT ?', after ?? '', limit),
        limit,
        (a) => a,
        (last) => last.id,
      ),
    agreementsOf: (initiativeId: string) => read('WHERE a.initiative_id = ? ORDER BY a.start_on', initiativeId),
    agreementsOfResident: (residentId: string) => read('WHERE a.resident_id = ?', residentId),
    agreement: (id: string) => read('WHERE a.id = ?', id)[0],
    volunteersOfInitiatives: (initiativeIds: string[]) =>
      volunteersOfInitiativesStatement.all(JSON.stringify(initiativeIds)),
    volunteersOf: (initiativeId: string) => volunteersOfStatement.all(initiativeId),
    insertAgreement: (input: ParsedInput<'agreements:create'>, id: string, at: string, by: string) =>
      void insertAgreementStatement.run({ ...input, id, vogNeeded: input.vogNeeded ? 1 : 0, at, by }),
    /** False when the version did not match (someone else saved first). */
    updateAgreement: (input: ParsedInput<'agreements:update'>, at: string, by: string) =>
      updateAgreementStatement.run({ ...input, vogNeeded: input.vogNeeded ? 1 : 0, at, by }).changes === 1,
    limits: () => limitsStatement.all(),
    setLimits: (limits: AllowanceLimits) => void setLimitsStatement.run(limits),
  };
}

export function liabilityRepository(db: Db) {
  const SUBJECT = `SELECT i.id, i.title, c.code AS complexCode, c.wijk, c.municipality,
      i.wijkbeheerder_id AS wijkbeheerderId, w.name AS wijkbeheerderName,
      json_extract(i.facts, '$.risks') AS risks, l.object_owner AS objectOwner, l.activities, l.clauses,
      l.free_text AS freeText,
      l.klic_reported_on AS klicReportedOn, l.exemptions, l.policy_ids AS policyIds, l.version AS liabilityVersion
    FROM initiatives i JOIN complexes c ON c.id = i.complex_id LEFT JOIN staff w ON w.id = i.wijkbeheerder_id
    LEFT JOIN initiative_liability l ON l.initiative_id = i.id`;
  type SubjectRaw = Omit<RequirementSubject, 'risks' | 'liability'> & {
    risks: string | null;
    liabilityVersion: number | null;
  } & Partial<Record<Exclude<keyof LiabilityRow, 'version'>, string | null>>;
  const toSubject = (raw: SubjectRaw): RequirementSubject => ({
    id: raw.id,
    title: raw.title,
    complexCode: raw.complexCode,
    wijk: raw.wijk,
    municipality: raw.municipality,
    wijkbeheerderId: raw.wijkbeheerderId,
    wijkbeheerderName: raw.wijkbeheerderName,
    risks: raw.risks ? (JSON.parse(raw.risks) as Risk[]) : [],
    liability: raw.objectOwner
      ? {
          objectOwner: raw.objectOwner as LiabilityRow['objectOwner'],
          activities: raw.activities ?? '',
          clauses: JSON.parse(raw.clauses ?? '[]') as string[],
          freeText: raw.freeText ?? '',
          klicReportedOn: raw.klicReportedOn ?? null,
          exemptions: JSON.parse(raw.exemptions ?? '{}') as Record<string, string>,
          policyIds: JSON.parse(raw.policyIds ?? '[]') as string[],
          version: raw.liabilityVersion ?? 1,
        }
      : EMPTY_LIABILITY,
  });
  // Two statements, so that one person's pieces come from her index (twice as fast as filtering everyone's).
  type SubjectsPage = { after: string; limit: number; staffId?: string };
  const subjectsPage = (where: string) =>
    db.prepare<SubjectsPage, SubjectRaw>(
      `${SUBJECT} WHERE ${where} i.id > @after AND json_array_length(i.facts, '$.risks') > 0
        ORDER BY i.id LIMIT @limit`,
    );
  const subjectsPageOfAll = subjectsPage('');
  const subjectsPageOfStaff = subjectsPage('i.wijkbeheerder_id = @staffId AND');
  const upsertLiabilityStatement = db.prepare(
    `INSERT INTO initiative_liability (initiative_id, object_owner, activities, clauses, free_text, klic_reported_on,
        exemptions, policy_ids, updated_at, updated_by)
       VALUES (@initiativeId, @objectOwner, @activities, @clauses, @freeText, @klicReportedOn, @exemptions, @policyIds,
       @at, @by)
       ON CONFLICT (initiative_id) DO UPDATE SET object_owner = excluded.object_owner,
       activities = excluded.activities, clauses = excluded.clauses,
         free_text = excluded.free_text, klic_reported_on = excluded.klic_reported_on,
         exemptions = excluded.exemptions, policy_ids = excluded.policy_ids,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by,
         version = initiative_liability.version + 1`,
  );
  return {
    ...policyQueries(db),
    ...agreementQueries(db),
    subject: (initiativeId: string) => {
      const raw = db.prepare<[string], SubjectRaw>(`${SUBJECT} WHERE i.id = ?`).get(initiativeId);
      return raw && toSubject(raw);
    },
    /**
     * Initiatives with at least one risk (the only ones that can have requirements), after `after` in id order, at
     * most `limit`; of one wijkbeheerder (Mijn werk), or of everyone (null).
     */
    subjectsWithRisksPiece: (after: string | null, limit: number, staffId: string | null) =>
      pieceOf(
        staffId
          ? subjectsPageOfStaff.all({ after: after ?? '', limit, staffId })
          : subjectsPageOfAll.all({ after: after ?? '', limit }),
        limit,
        toSubject,
        (last) => last.id,
      ),
    /** Writes an initiative's liability arrangement (creating it the first time). */
    upsertLiability: (initiativeId: string, row: Omit<LiabilityRow, 'version'>, at: string, by: string) =>
      void upsertLiabilityStatement.run({
        initiativeId,
        objectOwner: row.objectOwner,
        activities: row.activities,
        clauses: JSON.stringify(row.clauses),
        freeText: row.freeText,
        klicReportedOn: row.klicReportedOn,
        exemptions: JSON.stringify(row.exemptions),
        policyIds: JSON.stringify(row.policyIds),
        at,
        by,
      }),
  };
}
