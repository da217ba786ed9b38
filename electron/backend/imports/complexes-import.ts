import type { ImportField } from '../../../shared/contract/imports';
import { IMPORT_FIELDS, importFieldLabel } from '../../../shared/contract/imports';
import { complexCreateInput } from '../../../shared/contract/complexes';
import { BUILDING_TYPES } from '../../../shared/domain/vocabulary';
import nl from '../../../shared/i18n/nl.json';
import { translate } from '../../../shared/i18n/translate';
import type { HandlerContext } from '../context';
import { uuidv7 } from '../db/ids';
import { issuesToErrors, type ImportSpec, type RowValues } from './import-plan';

type Field = ImportField<'complexes'>;
interface Values extends RowValues {
  fields: ReturnType<typeof complexCreateInput.parse>;
}

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
        code: raw('code').trim(),
        name: raw('name'),
        address: raw('address'),
        postcode: raw('postcode'),
        place: raw('place'),
        municipality: raw('municipality'),
        wijk: raw('wijk'),
        buurt: raw('buurt'),
        homes: numberOf(raw('homes')),
        buildingType: buildingTypeOf(raw('buildingType')),
      });
      return parsed.success
        ? { values: { fields: parsed.data, existingId: ctx.repos.complexes.idByCode(parsed.data.code) }, errors: [] }
        : { errors: issuesToErrors(parsed.error.issues) };
    },
    identity: (raw) => ({ key: raw('code').trim().toLowerCase(), label: raw('code').trim() }),
    duplicateKey: 'err.import.duplicateCode',
    duplicateColumn: 'code',
  };
}

/** Writes one valid row; inside the import's transaction, where the complex found while planning still is. */
export function importComplex(
  ctx: HandlerContext,
  { fields, existingId }: Values,
  at: string,
  by: string,
): 'created' | 'updated' {
  if (existingId) {
    const current = ctx.repos.complexes.get(existingId)!;
    ctx.repos.complexes.update(
      existingId,
      current.version,
      {
        ...fields,
        sharedObjects: current.sharedObjects,
        wijkbeheerderId: current.wijkbeheerderId,
        coreValues: current.coreValues,
      },
      at,
      by,
    );
    ctx.repos.audit.record({
      at,
      actorId: by,
      entity: 'complex',
      entityId: existingId,
      action: 'update',
      changes: { import: { from: null, to: 'bijgewerkt uit import' } },
    });
    return 'updated';
  }
  const id = uuidv7();
  ctx.repos.complexes.insert(id, { ...fields, sharedObjects: [], wijkbeheerderId: null }, at, by);
  ctx.repos.audit.record({
    at,
    actorId: by,
    entity: 'complex',
    entityId: id,
    action: 'create',
    changes: { import: { from: null, to: fields.code } },
  });
  return 'created';
}
