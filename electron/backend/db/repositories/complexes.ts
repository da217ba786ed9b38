import type { Complex } from '../../../../shared/domain/entities';
import type { ExclusionReason } from '../../../../shared/domain/reciprocity';
import type { SharedObject } from '../../../../shared/domain/vocabulary';
import type { Db } from '../connection';
import { OPEN_SQL } from '../open-statuses';

/** The editable fields of a complex, as stored. */
export type ComplexFields = Pick<
  Complex,
  | 'code'
  | 'name'
  | 'address'
  | 'postcode'
  | 'place'
  | 'municipality'
  | 'wijk'
  | 'buurt'
  | 'homes'
  | 'buildingType'
  | 'sharedObjects'
  | 'wijkbeheerderId'
> & { coreValues?: string };

type ComplexRow = Omit<Complex, 'sharedObjects' | 'exclusionReasons'> & {
  sharedObjects: string;
  exclusionReasons: string;
};

const SELECT = `
  SELECT c.id, c.code, c.name, c.address, c.postcode, c.place, c.municipality, c.wijk, c.buurt, c.homes,
         c.building_type AS buildingType, c.shared_objects AS sharedObjects,
         c.wijkbeheerder_id AS wijkbeheerderId, s.name AS wijkbeheerderName, c.core_values AS coreValues,
         c.exclusion_reasons AS exclusionReasons, c.exclusion_note AS exclusionNote,
         (SELECT count(*) FROM initiatives i
           WHERE i.complex_id = c.id AND i.status IN (${OPEN_SQL})) AS openInitiatives,
         c.archived_at AS archivedAt, c.version, c.created_at AS createdAt, c.updated_at AS updatedAt
    FROM complexes c
    LEFT JOIN staff s ON s.id = c.wijkbeheerder_id`;
// The open count is a correlated subquery on the (complex_id, status) index: one complex reads only its own
// initiatives, so opening a complex stays fast with 100,000 initiatives in the database.

const toComplex = (row: ComplexRow): Complex => ({
  ...row,
  sharedObjects: JSON.parse(row.sharedObjects) as SharedObject[],
  exclusionReasons: JSON.parse(row.exclusionReasons) as ExclusionReason[],
});

const toParams = (fields: ComplexFields) => ({
  ...fields,
  coreValues: fields.coreValues ?? '',
  sharedObjects: JSON.stringify(fields.sharedObjects),
});

export function complexRepository(db: Db) {
  const listActive = db.prepare<[], ComplexRow>(`${SELECT} WHERE c.archived_at IS NULL ORDER BY c.code`);
  const listAll = db.prepare<[], ComplexRow>(`${SELECT} ORDER BY c.code`);
  const one = db.prepare<[string], ComplexRow>(`${SELECT} WHERE c.id = ?`);
  const byCode = db.prepare<[string], { id: string }>('SELECT id FROM complexes WHERE code = ?');
  const exists = db.prepare<[string], { id: string }>('SELECT id FROM complexes WHERE id = ?');
  const reference = db.prepare<[string], Pick<Complex, 'id' | 'archivedAt' | 'wijkbeheerderId'>>(
    'SELECT id, archived_at AS archivedAt, wijkbeheerder_id AS wijkbeheerderId FROM complexes WHERE id = ?',
  );
  const insert = db.prepare(
    `INSERT INTO complexes (id, code, name, address, postcode, place, municipality, wijk, buurt, homes, building_type,
       shared_objects, wijkbeheerder_id, core_values, created_at, updated_at, created_by, updated_by)
     VALUES (@id, @code, @name, @address, @postcode, @place, @municipality, @wijk, @buurt, @homes, @buildingType,
       @sharedObjects, @wijkbeheerderId, @coreValues, @at, @at, @by, @by)`,
  );
  const update = db.prepare(
    `UPDATE complexes SET code = @code, name = @name, address = @address, postcode = @postcode, place = @place,
        municipality = @municipality,
       wijk = @wijk, buurt = @buurt, homes = @homes, building_type = @buildingType, shared_objects = @sharedObjects,
       wijkbeheerder_id = @wijkbeheerderId, core_values = @coreValues, version = version + 1, updated_at = @at,
       updated_by = @by
     WHERE id = @id AND version = @version`,
  );
  const setArchived = db.prepare(
    `UPDATE complexes SET archived_at = @archivedAt, version = version + 1, updated_at = @at, updated_by = @by
     WHERE id = @id AND version = @version`,
  );
  const setExclusion = db.prepare(
    `UPDATE complexes SET exclusion_reasons = @reasons, exclusion_note = @note, version = version + 1,
        updated_at = @at, updated_by = @by
     WHERE id = @id AND version = @version`,
  );
  return {
    /** Returns false when the version did not match. */
    setExclusion: (row: {
      id: string;
      version: number;
      reasons: ExclusionReason[];
      note: string;
      at: string;
      by: string;
    }) => setExclusion.run({ ...row, reasons: JSON.stringify(row.reasons) }).changes === 1,
    list: (includeArchived: boolean) => (includeArchived ? listAll : listActive).all().map(toComplex),
    get: (id: string) => {
      const row = one.get(id);
      return row ? toComplex(row) : undefined;
    },
    exists: (id: string) => exists.get(id) !== undefined,
    /** What a record that refers to the complex needs to know (no counts: a create must not scan its initiatives). */
    reference: (id: string) => reference.get(id),
    idByCode: (code: string) => byCode.get(code)?.id,
    insert: (id: string, fields: ComplexFields, at: string, by: string) =>
      insert.run({ id, ...toParams(fields), at, by }),
    /** Returns false when the version did not match (someone else saved first). */
    update: (id: string, version: number, fields: ComplexFields, at: string, by: string) =>
      update.run({ id, version, ...toParams(fields), at, by }).changes === 1,
    setArchived: (id: string, version: number, archivedAt: string | null, at: string, by: string) =>
      setArchived.run({ id, version, archivedAt, at, by }).changes === 1,
  };
}
