import type { Migration } from './migration';

const GUARD = '(SELECT applying FROM sync_guard) = 0';
/** A budget covers an initiative of its own complex, a fund of its own wijk, or (corporation-wide) any. */
const covers = (budget: string, initiative: string) => `EXISTS (
  SELECT 1 FROM budgets b JOIN initiatives i ON i.id = ${initiative} JOIN complexes c ON c.id = i.complex_id
  WHERE b.id = ${budget} AND (b.scope = 'corporatie' OR (b.scope = 'complex' AND b.complex_id = c.id)
  OR (b.scope = 'wijk' AND b.wijk = c.wijk)))`;

/**
 * Records of different complexes may not be tied together, whichever code path writes: a grant or in-kind support
 * from another complex's budget (or another wijk's fund), a visit linked to another complex's initiatives or
 * residents, an agreement "signed" with a photo instead of a scanned document.
 */
export const m0010SameComplex: Migration = {
  version: 10,
  name: 'same-complex',
  up(db) {
    db.exec(`
      CREATE TRIGGER grants_budget_covers_insert BEFORE INSERT ON grants
        WHEN ${GUARD} AND NOT ${covers('NEW.budget_id', 'NEW.initiative_id')}
        BEGIN SELECT RAISE(ABORT, 'budget of another complex'); END;
      CREATE TRIGGER grants_budget_covers_update BEFORE UPDATE OF budget_id, initiative_id ON grants
        WHEN ${GUARD} AND NOT ${covers('NEW.budget_id', 'NEW.initiative_id')}
        BEGIN SELECT RAISE(ABORT, 'budget of another complex'); END;
      CREATE TRIGGER in_kind_budget_covers BEFORE INSERT ON in_kind
        WHEN ${GUARD} AND NEW.budget_id IS NOT NULL AND NOT ${covers('NEW.budget_id', 'NEW.initiative_id')}
        BEGIN SELECT RAISE(ABORT, 'budget of another complex'); END;
      CREATE TRIGGER visit_initiatives_same_complex BEFORE INSERT ON visit_initiatives
        WHEN ${GUARD} AND (SELECT complex_id FROM visits WHERE id = NEW.visit_id) IS NOT (SELECT complex_id
        FROM initiatives WHERE id = NEW.initiative_id)
        BEGIN SELECT RAISE(ABORT, 'initiative of another complex'); END;
      CREATE TRIGGER visit_residents_same_complex BEFORE INSERT ON visit_residents
        WHEN ${GUARD} AND (SELECT complex_id FROM visits WHERE id = NEW.visit_id) IS NOT (SELECT complex_id
        FROM residents WHERE id = NEW.resident_id)
        BEGIN SELECT RAISE(ABORT, 'resident of another complex'); END;
      CREATE TRIGGER agreements_scan_is_document BEFORE UPDATE OF signed_document_id ON agreements
        WHEN ${GUARD} AND NEW.signed_document_id IS NOT NULL AND (SELECT purpose FROM attachments
        WHERE id = NEW.signed_document_id) IS NOT 'document'
        BEGIN SELECT RAISE(ABORT, 'signed scan is not a document'); END;
      CREATE TRIGGER agreements_scan_is_document_insert BEFORE INSERT ON agreements
        WHEN ${GUARD} AND NEW.signed_document_id IS NOT NULL AND (SELECT purpose FROM attachments
        WHERE id = NEW.signed_document_id) IS NOT 'document'
        BEGIN SELECT RAISE(ABORT, 'signed scan is not a document'); END;
    `);
  },
};
