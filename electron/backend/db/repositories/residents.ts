import type { Resident, ResidentRow } from '../../../../shared/domain/entities';
import type { AgeBand, Profile, ResidentRole } from '../../../../shared/domain/field-work';
import type { Db } from '../connection';
import { pieceOf } from '../../pacing';

export interface ResidentFields {
  complexId: string;
  name: string;
  houseNumber: string;
  phone: string | null;
  email: string | null;
  roles: ResidentRole[];
  ageBand: AgeBand | null;
  profile: Profile;
}

const ROW = `r.id, r.name, r.complex_id AS complexId, c.code AS complexCode, r.house_number AS houseNumber, r.roles,
  (r.consent_at IS NOT NULL) AS hasConsent, (r.erased_at IS NOT NULL) AS erased`;
type Raw = Omit<ResidentRow, 'roles' | 'hasConsent' | 'erased'> & { roles: string; hasConsent: number; erased: number };
const toRow = (raw: Raw): ResidentRow => ({
  ...raw,
  roles: JSON.parse(raw.roles) as ResidentRole[],
  hasConsent: raw.hasConsent === 1,
  erased: raw.erased === 1,
});

type FullRaw = Raw & {
  phone: string | null;
  email: string | null;
  ageBand: AgeBand | null;
  profile: string;
  consentAt: string | null;
  consentPurpose: string | null;
  consentByName: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

function toResident({ consentAt, consentPurpose, consentByName, profile, ...rest }: FullRaw): Resident {
  return {
    ...toRow(rest),
    phone: rest.phone,
    email: rest.email,
    ageBand: rest.ageBand,
    profile: JSON.parse(profile) as Profile,
    consent: consentAt ? { at: consentAt, purpose: consentPurpose ?? '', byName: consentByName ?? '' } : null,
    version: rest.version,
    createdAt: rest.createdAt,
    updatedAt: rest.updatedAt,
  };
}

type Consent = { at: string; purpose: string; by: string };

/** A resident's fields as their columns hold them: lists and the profile as JSON, consent in three columns. */
const stored = (f: ResidentFields, consent: Consent | null) => ({
  ...f,
  roles: JSON.stringify(f.roles),
  profile: JSON.stringify(f.profile),
  consentAt: consent?.at ?? null,
  consentPurpose: consent?.purpose ?? null,
  consentBy: consent?.by ?? null,
});

const FROM = 'FROM residents r JOIN complexes c ON c.id = r.complex_id';

/** Where the next piece of everyone's list starts: the name index's order is name (any case), then rowid. */
export type ResidentCursor = { name: string; rowid: number };

/** Finding residents: a complex's list, a search by name or code, the same person again, neighbours to match. */
function findQueries(db: Db) {
  // Everyone's list in pieces, in the name index's order (name, then rowid), each piece seeking past the last one.
  const ORDER = 'ORDER BY r.name COLLATE NOCASE, r.rowid LIMIT @limit';
  const firstPiece = db.prepare<{ limit: number }, Raw & ResidentCursor>(`SELECT ${ROW}, r.rowid ${FROM} ${ORDER}`);
  const nextPiece = db.prepare<ResidentCursor & { limit: number }, Raw & ResidentCursor>(
    `SELECT ${ROW}, r.rowid ${FROM}
      WHERE r.name >= @name COLLATE NOCASE AND (r.name > @name COLLATE NOCASE OR r.rowid > @rowid) ${ORDER}`,
  );
  const listByComplex = db.prepare<[string], Raw>(
    `SELECT ${ROW} ${FROM} WHERE r.complex_id = ? ORDER BY r.name COLLATE NOCASE`,
  );
  // A prefix on the name uses the name index; a word inside the name falls back to a scan, bounded by LIMIT.
  const search = db.prepare<{ prefix: string; infix: string; complexId: string | null }, Raw>(
    `SELECT ${ROW} ${FROM}
      WHERE r.erased_at IS NULL AND (@complexId IS NULL OR r.complex_id = @complexId)
        AND (r.name LIKE @prefix OR r.name LIKE @infix OR c.code LIKE @prefix)
      ORDER BY (r.name LIKE @prefix) DESC, r.name COLLATE NOCASE LIMIT 20`,
  );
  const sameName = db.prepare<[string, string], { id: string; name: string }>(
    'SELECT id, name FROM residents WHERE complex_id = ? AND name = ? COLLATE NOCASE AND erased_at IS NULL',
  );
  const byIdentity = db.prepare<[string, string, string], { id: string }>(
    `SELECT id FROM residents WHERE complex_id = ? AND name = ? COLLATE NOCASE AND house_number = ?
      AND erased_at IS NULL`,
  );
  const candidates = db.prepare<
    { complexId: string; wijk: string },
    { id: string; name: string; complexCode: string; profile: string; sameComplex: number }
  >(
    `SELECT r.id, r.name, c.code AS complexCode, r.profile, (r.complex_id = @complexId) AS sameComplex
       FROM residents r JOIN complexes c ON c.id = r.complex_id
      WHERE r.erased_at IS NULL AND r.consent_at IS NOT NULL AND (r.complex_id = @complexId OR (c.wijk = @wijk
      AND c.wijk <> ''))`,
  );
  return {
    list: (complexId: string) => listByComplex.all(complexId).map(toRow),
    /** Every resident by name, `limit` after the cursor; `next` is where the following piece starts (null: done). */
    listPiece: (after: ResidentCursor | null, limit: number) =>
      pieceOf(
        after ? nextPiece.all({ ...after, limit }) : firstPiece.all({ limit }),
        limit,
        ({ rowid: _rowid, ...raw }) => toRow(raw),
        ({ name, rowid }) => ({ name, rowid }),
      ),
    search: (query: string, complexId?: string) => {
      const escaped = query.trim().replace(/[%_]/g, '');
      return search.all({ prefix: `${escaped}%`, infix: `% ${escaped}%`, complexId: complexId ?? null }).map(toRow);
    },
    likelyDuplicates: (complexId: string, name: string) => sameName.all(complexId, name.trim()),
    /** The resident an import row means: same complex, same name (any case), same house number. */
    idByIdentity: (complexId: string, name: string, houseNumber: string) =>
      byIdentity.get(complexId, name.trim(), houseNumber.trim())?.id,
    /** Residents with consent in the same complex or wijk: the only ones matching may suggest. */
    candidates: (complexId: string, wijk: string) =>
      candidates
        .all({ complexId, wijk })
        .map((c) => ({ ...c, profile: JSON.parse(c.profile) as Profile, sameComplex: c.sameComplex === 1 })),
  };
}

/** Residents: read, found, written. */
export function residentRepository(db: Db) {
  const one = db.prepare<[string], FullRaw>(
    `SELECT ${ROW}, r.phone, r.email, r.age_band AS ageBand, r.profile, r.consent_at AS consentAt,
        r.consent_purpose AS consentPurpose,
            s.name AS consentByName, r.version, r.created_at AS createdAt, r.updated_at AS updatedAt
       ${FROM} LEFT JOIN staff s ON s.id = r.consent_by WHERE r.id = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO residents (id, complex_id, name, house_number, phone, email, roles, age_band, profile, consent_at,
        consent_purpose, consent_by,
       created_at, updated_at, created_by, updated_by)
     VALUES (@id, @complexId, @name, @houseNumber, @phone, @email, @roles, @ageBand, @profile, @consentAt,
     @consentPurpose, @consentBy, @at, @at, @by, @by)`,
  );
  const update = db.prepare(
    `UPDATE residents SET complex_id = @complexId, name = @name, house_number = @houseNumber, phone = @phone,
        email = @email, roles = @roles,
       age_band = @ageBand, profile = @profile, consent_at = @consentAt, consent_purpose = @consentPurpose,
       consent_by = @consentBy,
       erased_at = @erasedAt, version = version + 1, updated_at = @at, updated_by = @by
     WHERE id = @id AND version = @version`,
  );
  return {
    ...findQueries(db),
    get: (id: string): Resident | undefined => {
      const raw = one.get(id);
      return raw && toResident(raw);
    },
    insert: (id: string, f: ResidentFields, consent: Consent | null, at: string, by: string) =>
      insert.run({ id, ...stored(f, consent), at, by }),
    /** Writes every field; false when the version did not match. */
    update: (
      id: string,
      version: number,
      f: ResidentFields,
      consent: Consent | null,
      erasedAt: string | null,
      at: string,
      by: string,
    ) => update.run({ id, version, ...stored(f, consent), erasedAt, at, by }).changes === 1,
    consentRaw: (id: string) =>
      db
        .prepare<[string], { at: string | null; purpose: string | null; by: string | null }>(
          'SELECT consent_at AS at, consent_purpose AS purpose, consent_by AS by FROM residents WHERE id = ?',
        )
        .get(id),
  };
}
