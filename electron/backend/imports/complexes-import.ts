import type { ImportField } from '../../../shared/contract/overview-contract';
import { IMPORT_FIELDS, importFieldLabel } from '../../../shared/contract/overview-contract';
import { complexCreateInput } from '../../../shared/contract/schemas';
import { BUILDING_TYPES } from '../../../shared/domain/vocabulary';
import nl from '../../../shared/i18n/nl.json';
import { translate } from '../../../shared/i18n/translate';
import type { HandlerContext } from '../context';
import { uuidv7 } from '../db/ids';
import { issuesToErrors, type ImportSpec } from './import-plan';

type Field = ImportField<'complexes'>;
type Values = ReturnType<typeof complexCreateInput.parse>;

/** "Portiekflat", "portiekflat" or the Dutch label all mean the same building type. */
function buildingTypeOf(text: string): string {
  const t = text.trim().toLowerCase();
  return BUILDING_TYPES.find((type) => type === t || translate(nl, `buildingType.${type}`).toLowerCase() === t) ?? text;
}

/** "48" and "48,0" are numbers; "twintig" stays text so validation names it. */
function numberOf(text: string): number | string {
  const normalised = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : text;
}

/** Complexes: validated like the complex form; re-importing updates by complex code. */
export function complexImport(ctx: HandlerContext): ImportSpec<Field, Values> {
  return {
    fields: IMPORT_FIELDS.complexes,
    required: ['code', 'name', 'homes', 'buildingType'],
    aliases: {
      code: ['complexcode', 'code', 'complex'],
      name: ['naam', 'name', 'complexnaam'],
      address: ['adres', 'address', 'straat'],
      postcode: ['postcode', 'zip'],
      place: ['plaats', 'woonplaats', 'place'],
      municipality: ['gemeente', 'municipality'],
      wijk: ['wijk', 'district'],
      buurt: ['buurt', 'neighbourhood'],
      homes: ['aantal woningen', 'woningen', 'eenheden', 'homes'],
      buildingType: ['bouwtype', 'type', 'building type'],
    },
    label: (field) => translate(nl, importFieldLabel('complexes', field)),
    validate(raw) {
      const parsed = complexCreateInput.safeParse({
        code: raw('code').trim(), name: raw('name'), address: raw('address'), postcode: raw('postcode'), place: raw('place'), municipality: raw('municipality'),
        wijk: raw('wijk'), buurt: raw('buurt'), homes: numberOf(raw('homes')), buildingType: buildingTypeOf(raw('buildingType')),
      });
      return parsed.success ? { values: parsed.data, errors: [] } : { errors: issuesToErrors(parsed.error.issues) };
    },
    identity: (raw) => ({ key: raw('code').trim().toLowerCase(), label: raw('code').trim() }),
    duplicateKey: 'err.import.duplicateCode',
    duplicateColumn: 'code',
    exists: (values) => ctx.repos.complexes.idByCode(values.code) !== undefined,
  };
}

/** Writes one valid row; inside the import's transaction. */
export function importComplex(ctx: HandlerContext, values: Values, at: string, by: string): 'created' | 'updated' {
  const existing = ctx.repos.complexes.idByCode(values.code);
  if (existing) {
    const current = ctx.repos.complexes.get(existing)!;
    ctx.repos.complexes.update(existing, current.version, { ...values, sharedObjects: current.sharedObjects, wijkbeheerderId: current.wijkbeheerderId }, at, by);
    ctx.repos.audit.record({ at, actorId: by, entity: 'complex', entityId: existing, action: 'update', changes: { import: { from: null, to: 'bijgewerkt uit import' } } });
    return 'updated';
  }
  const id = uuidv7();
  ctx.repos.complexes.insert(id, { ...values, sharedObjects: [], wijkbeheerderId: null }, at, by);
  ctx.repos.audit.record({ at, actorId: by, entity: 'complex', entityId: id, action: 'create', changes: { import: { from: null, to: values.code } } });
  return 'created';
}
