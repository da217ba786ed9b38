import type { Draft, FollowUp, InitiativePerson, Visit } from '../../../../shared/domain/entities';
import type { PersonRole } from '../../../../shared/domain/field-work';
import type { Db } from '../connection';

/** A new follow-up as stored; what it is about (initiative, complex, resident, visit) may be left empty. */
export interface FollowUpInsert {
  id: string;
  title: string;
  dueDate: string;
  ownerId: string;
  initiativeId: string | null;
  complexId: string | null;
  residentId: string | null;
  visitId: string | null;
  at: string;
  by: string;
}

type VisitRaw = Omit<Visit, 'residents' | 'initiatives' | 'photos'>;

/** Visits with who was met, which initiatives they touched and their photos. */
function visitQueries(db: Db) {
  const VISIT = `SELECT v.id, v.complex_id AS complexId, c.code AS complexCode, c.name AS complexName,
      v.visit_date AS visitDate, v.note,
      s.name AS authorName, v.created_at AS createdAt
    FROM visits v JOIN complexes c ON c.id = v.complex_id JOIN staff s ON s.id = v.created_by`;
  const visitsOfComplex = db.prepare<[string, number], VisitRaw>(
    `${VISIT} WHERE v.complex_id = ? ORDER BY v.visit_date DESC, v.id DESC LIMIT ?`,
  );
  const visitsOfInitiative = db.prepare<[string, number], VisitRaw>(
    `${VISIT} WHERE v.id IN (SELECT visit_id FROM visit_initiatives WHERE initiative_id = ?)
        ORDER BY v.visit_date DESC, v.id DESC LIMIT ?`,
  );
  const visitsBy = db.prepare<[string, number], VisitRaw>(
    `${VISIT} WHERE v.created_by = ? ORDER BY v.visit_date DESC, v.id DESC LIMIT ?`,
  );
  const visitOne = db.prepare<[string], VisitRaw>(`${VISIT} WHERE v.id = ?`);
  const visitResidents = db.prepare<[string], { id: string; name: string }>(
    `SELECT r.id, r.name FROM visit_residents vr JOIN residents r ON r.id = vr.resident_id WHERE vr.visit_id = ?
      ORDER BY r.name`,
  );
  const visitInitiatives = db.prepare<[string], { id: string; title: string }>(
    `SELECT i.id, i.title FROM visit_initiatives vi JOIN initiatives i ON i.id = vi.initiative_id
      WHERE vi.visit_id = ? ORDER BY i.title`,
  );
  const visitPhotos = db.prepare<[string], { id: string; mime: string }>(
    'SELECT a.id, a.mime FROM visit_photos vp JOIN attachments a ON a.id = vp.attachment_id WHERE vp.visit_id = ?',
  );
  const complete = (raw: VisitRaw): Visit => ({
    ...raw,
    residents: visitResidents.all(raw.id),
    initiatives: visitInitiatives.all(raw.id),
    photos: visitPhotos.all(raw.id),
  });
  const visitsOfResident = db.prepare<[string], { id: string; visitDate: string; complexCode: string }>(
    `SELECT v.id, v.visit_date AS visitDate, c.code AS complexCode FROM visit_residents vr JOIN visits v
        ON v.id = vr.visit_id
       JOIN complexes c ON c.id = v.complex_id WHERE vr.resident_id = ? ORDER BY v.visit_date DESC`,
  );
  const insertVisitStatement = db.prepare(
    `INSERT INTO visits (id, complex_id, visit_date, note, created_at, updated_at, created_by, updated_by)
       VALUES (@id, @complexId, @visitDate, @note, @at, @at, @by, @by)`,
  );
  const linkVisitResidentStatement = db.prepare(
    'INSERT OR IGNORE INTO visit_residents (visit_id, resident_id) VALUES (?, ?)',
  );
  const linkVisitInitiativeStatement = db.prepare(
    'INSERT OR IGNORE INTO visit_initiatives (visit_id, initiative_id) VALUES (?, ?)',
  );
  const linkVisitPhotoStatement = db.prepare(
    'INSERT OR IGNORE INTO visit_photos (visit_id, attachment_id) VALUES (?, ?)',
  );
  return {
    visit: (id: string) => {
      const raw = visitOne.get(id);
      return raw && complete(raw);
    },
    visits: (filter: { complexId?: string; initiativeId?: string; authorId?: string; limit: number }) => {
      const raws = filter.complexId
        ? visitsOfComplex.all(filter.complexId, filter.limit)
        : filter.initiativeId
          ? visitsOfInitiative.all(filter.initiativeId, filter.limit)
          : visitsBy.all(filter.authorId!, filter.limit);
      return raws.map(complete);
    },
    /** The visits a resident was met in, newest first (for the resident's AVG export). */
    visitsOfResident: (residentId: string) => visitsOfResident.all(residentId),
    insertVisit: (row: { id: string; complexId: string; visitDate: string; note: string; at: string; by: string }) =>
      void insertVisitStatement.run(row),
    /** The links of a visit: who was met, which initiatives it touched, its photos (linking again changes nothing). */
    linkVisitResident: (visitId: string, residentId: string) =>
      void linkVisitResidentStatement.run(visitId, residentId),
    linkVisitInitiative: (visitId: string, initiativeId: string) =>
      void linkVisitInitiativeStatement.run(visitId, initiativeId),
    linkVisitPhoto: (visitId: string, attachmentId: string) => void linkVisitPhotoStatement.run(visitId, attachmentId),
  };
}

/** Follow-ups: what someone promised to do next, and the moments of a welcome plan. */
function followUpQueries(db: Db) {
  const FOLLOW_UP = `SELECT f.id, f.title, f.due_date AS dueDate, f.owner_id AS ownerId, o.name AS ownerName,
      f.initiative_id AS initiativeId,
      i.title AS initiativeTitle, f.complex_id AS complexId, c.code AS complexCode, f.resident_id AS residentId,
      r.name AS residentName,
      (f.done_at IS NOT NULL) AS done, f.done_at AS doneAt, f.done_note AS doneNote, f.welcome_step AS welcomeStep,
      f.version
    FROM follow_ups f JOIN staff o ON o.id = f.owner_id LEFT JOIN initiatives i ON i.id = f.initiative_id
    LEFT JOIN complexes c ON c.id = f.complex_id LEFT JOIN residents r ON r.id = f.resident_id`;
  type FollowUpRaw = Omit<FollowUp, 'done'> & { done: number };
  const toFollowUp = (raw: FollowUpRaw): FollowUp => ({ ...raw, done: raw.done === 1 });
  const followUpOne = db.prepare<[string], FollowUpRaw>(`${FOLLOW_UP} WHERE f.id = ?`);
  const welcomeMoments = db.prepare<[string], FollowUpRaw>(
    `${FOLLOW_UP} WHERE f.welcome_id = ? ORDER BY f.welcome_step`,
  );
  const followUpsOf = db.prepare<
    { initiativeId: string | null; complexId: string | null; residentId: string | null; includeDone: number },
    FollowUpRaw
  >(
    `${FOLLOW_UP} WHERE (@initiativeId IS NULL OR f.initiative_id = @initiativeId) AND (@complexId IS NULL
        OR f.complex_id = @complexId)
       AND (@residentId IS NULL OR f.resident_id = @residentId) AND (@includeDone = 1 OR f.done_at IS NULL)
     ORDER BY f.done_at IS NOT NULL, f.due_date`,
  );
  // Mijn werk reads a bounded slice on the (owner_id, done_at, due_date) index, however many moments are open.
  const openDueBetween = db.prepare<{ ownerId: string; from: string; to: string; limit: number }, FollowUpRaw>(
    `${FOLLOW_UP} WHERE f.owner_id = @ownerId AND f.done_at IS NULL AND f.due_date >= @from AND f.due_date <= @to
        ORDER BY f.due_date LIMIT @limit`,
  );
  const openCountBefore = db.prepare<[string, string], { n: number }>(
    'SELECT count(*) AS n FROM follow_ups WHERE owner_id = ? AND done_at IS NULL AND due_date < ?',
  );
  const insertFollowUpStatement = db.prepare(
    `INSERT INTO follow_ups (id, title, due_date, owner_id, initiative_id, complex_id, resident_id, visit_id,
        created_at, updated_at, created_by, updated_by)
       VALUES (@id, @title, @dueDate, @ownerId, @initiativeId, @complexId, @residentId, @visitId, @at, @at, @by, @by)`,
  );
  const setFollowUpDoneStatement = db.prepare(
    `UPDATE follow_ups SET done_at = @doneAt, done_by = @doneBy, done_note = @note, version = version + 1,
        updated_at = @at, updated_by = @by
        WHERE id = @id AND version = @version`,
  );
  return {
    followUp: (id: string) => {
      const raw = followUpOne.get(id);
      return raw && toFollowUp(raw);
    },
    followUps: (filter: { initiativeId?: string; complexId?: string; residentId?: string; includeDone: boolean }) =>
      followUpsOf
        .all({
          initiativeId: filter.initiativeId ?? null,
          complexId: filter.complexId ?? null,
          residentId: filter.residentId ?? null,
          includeDone: filter.includeDone ? 1 : 0,
        })
        .map(toFollowUp),
    /** Open follow-ups of one owner due between two dates (inclusive), at most `limit`, earliest first. */
    openDueBetween: (ownerId: string, from: string, to: string, limit = 100) =>
      openDueBetween.all({ ownerId, from, to, limit }).map(toFollowUp),
    openCountBefore: (ownerId: string, date: string) => openCountBefore.get(ownerId, date)!.n,
    welcomeMoments: (welcomeId: string) => welcomeMoments.all(welcomeId).map(toFollowUp),
    insertFollowUp: (row: FollowUpInsert) => void insertFollowUpStatement.run(row),
    /** Ticks a follow-up off (or back on); false when the version did not match. */
    setFollowUpDone: (row: {
      id: string;
      version: number;
      doneAt: string | null;
      doneBy: string | null;
      note: string;
      at: string;
      by: string;
    }) => setFollowUpDoneStatement.run(row).changes === 1,
  };
}

/** Residents on initiatives, each in a role. */
function peopleQueries(db: Db) {
  const people = db.prepare<[string], InitiativePerson>(
    `SELECT p.resident_id AS residentId, r.name, p.role FROM initiative_people p JOIN residents r
        ON r.id = p.resident_id
      WHERE p.initiative_id = ? ORDER BY r.name, p.role`,
  );
  const linkPersonStatement = db.prepare(
    'INSERT OR IGNORE INTO initiative_people (initiative_id, resident_id, role, created_at, created_by) VALUES (?, ' +
      '?, ?, ?, ?)',
  );
  const unlinkPersonStatement = db.prepare(
    'DELETE FROM initiative_people WHERE initiative_id = ? AND resident_id = ? AND role = ?',
  );
  const personRolesStatement = db.prepare<[string], { initiativeId: string; title: string; role: PersonRole }>(
    `SELECT p.initiative_id AS initiativeId, i.title, p.role FROM initiative_people p JOIN initiatives i
      ON i.id = p.initiative_id WHERE p.resident_id = ?`,
  );
  return {
    people: (initiativeId: string) => people.all(initiativeId),
    /** Links a resident to an initiative in a role; linking again changes nothing. */
    linkPerson: (initiativeId: string, residentId: string, role: PersonRole, at: string, by: string) =>
      void linkPersonStatement.run(initiativeId, residentId, role, at, by),
    /** False when there was no such link. */
    unlinkPerson: (initiativeId: string, residentId: string, role: PersonRole) =>
      unlinkPersonStatement.run(initiativeId, residentId, role).changes === 1,
    personRoles: (residentId: string) => personRolesStatement.all(residentId),
  };
}

/** Drafts: a visit being logged, kept while the person types. */
function draftQueries(db: Db) {
  const drafts = db.prepare<[string], { id: string; kind: 'visit'; payload: string; updatedAt: string }>(
    'SELECT id, kind, payload, updated_at AS updatedAt FROM drafts WHERE owner_id = ? ORDER BY updated_at DESC',
  );
  const draftOwner = db.prepare<[string], { ownerId: string }>('SELECT owner_id AS ownerId FROM drafts WHERE id = ?');
  const toDraft = (d: { id: string; kind: 'visit'; payload: string; updatedAt: string }): Draft => ({
    ...d,
    payload: JSON.parse(d.payload) as unknown,
  });
  const upsertDraftStatement = db.prepare(
    `INSERT INTO drafts (id, kind, owner_id, payload, created_at, updated_at) VALUES (@id, @kind, @ownerId, @payload,
        @at, @at)
       ON CONFLICT (id) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at`,
  );
  const deleteDraftStatement = db.prepare('DELETE FROM drafts WHERE id = ?');
  return {
    drafts: (ownerId: string) => drafts.all(ownerId).map(toDraft),
    draftOwner: (id: string) => draftOwner.get(id)?.ownerId,
    upsertDraft: (draft: { id: string; kind: string; ownerId: string; payload: unknown; at: string }) =>
      void upsertDraftStatement.run({ ...draft, payload: JSON.stringify(draft.payload) }),
    deleteDraft: (id: string) => void deleteDraftStatement.run(id),
  };
}

/** Attachments: the record of a stored file, and whose personal data it shows. */
function attachmentQueries(db: Db) {
  const insertAttachmentStatement = db.prepare(
    `INSERT INTO attachments (id, sha256, mime, size, purpose, created_at, created_by) VALUES (@id, @sha256, @mime,
      @size, @purpose, @at, @by)`,
  );
  const attachmentStatement = db.prepare<
    [string],
    { id: string; sha256: string; mime: string; size: number; purpose: string }
  >('SELECT id, sha256, mime, size, purpose FROM attachments WHERE id = ?');
  // A signed agreement's scan shows a resident's name and signature: personal data of that resident's wijk.
  const personalFileWijken = db.prepare<[string], { wijk: string | null }>(
    `SELECT DISTINCT c.wijk FROM attachments a JOIN agreements g ON g.signed_document_id = a.id
       JOIN residents r ON r.id = g.resident_id JOIN complexes c ON c.id = r.complex_id WHERE a.sha256 = ?`,
  );
  return {
    insertAttachment: (row: {
      id: string;
      sha256: string;
      mime: string;
      size: number;
      purpose: string;
      at: string;
      by: string;
    }) => void insertAttachmentStatement.run(row),
    attachment: (id: string) => attachmentStatement.get(id),
    /** The wijken of the residents whose signed agreement a file is; empty for every other file. */
    personalFileWijken: (sha256: string) => personalFileWijken.all(sha256).map((row) => row.wijk),
  };
}

/** Visits, people on initiatives, follow-ups and drafts: the records of field work. */
export function visitRepository(db: Db) {
  return {
    ...visitQueries(db),
    ...followUpQueries(db),
    ...peopleQueries(db),
    ...draftQueries(db),
    ...attachmentQueries(db),
  };
}
