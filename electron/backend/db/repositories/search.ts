import type { SearchHit } from '../../../../shared/contract/search';
import type { Db } from '../connection';

const LIMIT = 6;

/** The global search. Prefixes use the indexes; a word inside a title is a scan that stops at the sixth hit. */
export function searchRepository(db: Db) {
  const complexes = db.prepare<{ prefix: string; infix: string }, SearchHit>(
    `SELECT id, code || ' · ' || name AS label, trim(address || ' ' || place) AS detail FROM complexes
      WHERE archived_at IS NULL AND (code LIKE @prefix OR name LIKE @infix OR address LIKE @infix)
      ORDER BY (code LIKE @prefix) DESC, (name LIKE @prefix) DESC, code LIMIT ${LIMIT}`,
  );
  // A word inside a title: scanned in the narrow title index (covering), not in the wide rows, stopping at six.
  const initiatives = db.prepare<{ infix: string }, SearchHit>(
    `SELECT i.id, i.title AS label, c.code || ' · ' || c.name AS detail, i.status FROM initiatives i JOIN complexes c
        ON c.id = i.complex_id
      WHERE i.rowid IN (SELECT rowid FROM initiatives INDEXED BY initiatives_by_title WHERE title LIKE @infix
      LIMIT ${LIMIT})`,
  );
  // A name that starts with the query first (on the name index), then a later word of a name ("de Vries").
  const residents = db.prepare<{ q: string }, SearchHit>(
    `SELECT r.id, r.name AS label, c.code || ' · ' || c.name AS detail FROM residents r JOIN complexes c
        ON c.id = r.complex_id
      WHERE r.erased_at IS NULL AND r.rowid IN (SELECT rowid FROM residents INDEXED BY residents_by_name
      WHERE name LIKE @q LIMIT ${LIMIT * 2}) LIMIT ${LIMIT}`,
  );
  const budgets = db.prepare<{ infix: string }, SearchHit>(
    `SELECT b.id, b.name AS label, b.year || coalesce(' · ' || c.code, ' · ' || b.wijk,
        '') AS detail FROM budgets b LEFT JOIN complexes c ON c.id = b.complex_id
      WHERE b.name LIKE @infix ORDER BY b.year DESC, b.name LIMIT ${LIMIT}`,
  );
  const policies = db.prepare<{ infix: string }, SearchHit>(
    `SELECT id, insurer || ' · ' || policy_number AS label, coalesce(municipality, '') AS detail FROM policies
      WHERE insurer LIKE @infix OR policy_number LIKE @infix OR municipality LIKE @infix ORDER BY valid_from DESC
      LIMIT ${LIMIT}`,
  );
  return {
    all(query: string) {
      const q = query.replace(/[%_\\]/g, '');
      const prefix = `${q}%`;
      const infix = `%${q}%`;
      return {
        complexes: complexes.all({ prefix, infix }),
        initiatives: initiatives.all({ infix }),
        residents: [
          ...new Map(
            [...residents.all({ q: prefix }), ...residents.all({ q: `% ${q}%` })].map((r) => [r.id, r]),
          ).values(),
        ].slice(0, LIMIT),
        budgets: budgets.all({ infix }),
        policies: policies.all({ infix }),
      };
    },
  };
}
