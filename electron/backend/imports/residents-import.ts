import type { ImportField, ImportRowResult } from '../../../shared/contract/imports';
import { IMPORT_FIELDS, importFieldLabel } from '../../../shared/contract/imports';
import { residentCreateInput } from '../../../shared/contract/residents';
import { addDays, looksLikeDate, parseSpreadsheetDate } from '../../../shared/domain/dates';
import { MAX_MOVE_IN_AHEAD_DAYS } from '../../../shared/domain/reciprocity';
import { startWelcome } from '../reciprocity';
import { AGE_BANDS, EMPTY_PROFILE, RESIDENT_ROLES } from '../../../shared/domain/field-work';
import nl from '../../../shared/i18n/nl.json';
import { translate } from '../../../shared/i18n/translate';
import { todayIso, type HandlerContext } from '../context';
import { uuidv7 } from '../db/ids';
import type { ResidentFields } from '../db/repositories/residents';
import { consentFor, redactedChanges } from '../resident-rules';
import { issuesToErrors, type ImportSpec, type RowValues } from './import-plan';

type Field = ImportField<'residents'>;
interface Values extends RowValues {
  fields: ResidentFields;
  consentPurpose: string | undefined;
  consentDate: string | undefined;
  /** A new tenant: the welcome plan starts with the import. */
  moveInDate: string | undefined;
}

/**
 * A vocabulary cell: the stored value or its Dutch label, any case; anything else stays as typed so validation names
 * it.
 */
function vocabularyOf(values: readonly string[], group: string, text: string): string {
  const t = text.trim().toLowerCase();
  return values.find((v) => v === t || translate(nl, `${group}.${v}`).toLowerCase() === t) ?? text.trim();
}

/** Column headings besides the template's that mean a field. */
const ALIASES: Record<Field, string[]> = {
  complexCode: ['complexcode', 'complex', 'code'],
  name: ['naam', 'name', 'bewoner'],
  houseNumber: ['huisnummer', 'nummer', 'house number'],
  phone: ['telefoon', 'telefoonnummer', 'phone'],
  email: ['e-mail', 'email', 'mail'],
  consentPurpose: ['toestemming', 'doel toestemming', 'consent'],
  consentDate: ['datum toestemming', 'toestemming op', 'consent date'],
  roles: ['rollen', 'rol', 'roles'],
  ageBand: ['leeftijdsgroep', 'leeftijd', 'age band'],
  moveInDate: ['verhuisdatum', 'datum verhuizing', 'ingangsdatum huur', 'move-in date'],
};

type RowError = ImportRowResult['errors'][number];

/** A date cell: absent when empty, else the date it names, or why it names none. */
function dateCell(text: string, column: Field): { date?: string } | { error: RowError } {
  if (!text) return {};
  const date = parseSpreadsheetDate(text);
  if (date !== null) return { date };
  return { error: { column, messageKey: looksLikeDate(text) ? 'err.import.dateNotExist' : 'err.import.date' } };
}

/** The consent date (not in the future, only with a purpose) and the move-in date (not too far ahead). */
function datesOf(
  raw: (field: Field) => string,
  purpose: string,
  today: string,
): { consentDate?: string | undefined; moveInDate?: string | undefined } | { error: RowError } {
  const consent = dateCell(raw('consentDate').trim(), 'consentDate');
  if ('error' in consent) return consent;
  if (consent.date && consent.date > today)
    return { error: { column: 'consentDate', messageKey: 'err.import.dateFuture' } };
  if (consent.date && !purpose)
    return { error: { column: 'consentDate', messageKey: 'err.import.dateWithoutPurpose' } };
  const moveIn = dateCell(raw('moveInDate').trim(), 'moveInDate');
  if ('error' in moveIn) return moveIn;
  if (moveIn.date && moveIn.date > addDays(today, MAX_MOVE_IN_AHEAD_DAYS))
    return { error: { column: 'moveInDate', messageKey: 'err.welcome.moveInFuture' } };
  return { consentDate: consent.date, moveInDate: moveIn.date };
}

/**
 * Residents: validated like the resident form, in a complex that already exists (by its code). Contact details
 * need the purpose of the consent in the row, or an earlier consent of the same resident. Re-importing updates the
 * resident with the same complex, name and house number; the profile is kept, the rest is what the file says.
 */
export function residentImport(ctx: HandlerContext): ImportSpec<Field, Values> {
  // Once per import, not per row: working out the Dutch date costs a date formatter each time.
  const today = todayIso(ctx);
  const complexIds = new Map<string, string | undefined>();
  const complexOf = (code: string) => {
    if (!complexIds.has(code)) complexIds.set(code, ctx.repos.complexes.idByCode(code));
    return complexIds.get(code);
  };
  return {
    fields: IMPORT_FIELDS.residents,
    required: ['complexCode', 'name'],
    aliases: ALIASES,
    label: (field) => translate(nl, importFieldLabel('residents', field)),
    validate(raw) {
      const complexId = complexOf(raw('complexCode').trim());
      if (!complexId)
        return {
          errors: [
            {
              column: 'complexCode',
              messageKey: raw('complexCode').trim() ? 'err.import.unknownComplex' : 'err.resident.complex',
            },
          ],
        };
      const roles = raw('roles')
        .split(/[,;]/)
        .map((r) => r.trim())
        .filter(Boolean)
        .map((r) => vocabularyOf(RESIDENT_ROLES, 'residentRole', r));
      const ageBand = raw('ageBand').trim() ? vocabularyOf(AGE_BANDS, 'ageBand', raw('ageBand')) : null;
      const purpose = raw('consentPurpose').trim();
      const dates = datesOf(raw, purpose, today);
      if ('error' in dates) return { errors: [dates.error] };
      const { consentDate, moveInDate } = dates;
      const parsed = residentCreateInput.safeParse({
        complexId,
        name: raw('name'),
        houseNumber: raw('houseNumber'),
        phone: raw('phone'),
        email: raw('email'),
        roles,
        ageBand,
        ...(purpose ? { consentPurpose: purpose } : {}),
      });
      if (!parsed.success) return { errors: issuesToErrors(parsed.error.issues) };
      const { consentPurpose, confirmDuplicate: _unused, ...fields } = parsed.data;
      const hasContact = fields.phone !== null || fields.email !== null;
      const earlier = ctx.repos.residents.idByIdentity(fields.complexId, fields.name, fields.houseNumber);
      if (hasContact && !consentPurpose && !ctx.repos.residents.consentRaw(earlier ?? '')?.at) {
        return { errors: [{ column: 'consentPurpose', messageKey: 'err.resident.consentRequired' }] };
      }
      return {
        values: {
          fields: { ...fields, profile: EMPTY_PROFILE },
          consentPurpose,
          consentDate,
          moveInDate,
          existingId: earlier,
        },
        errors: [],
      };
    },
    identity: (raw) => {
      const name = raw('name').trim();
      const key = `${raw('complexCode').trim().toLowerCase()}|${name.toLowerCase()}|${raw('houseNumber').trim()}`;
      return {
        key: name ? key : '',
        label:
          `${name}${raw('houseNumber').trim() ? ` ${raw('houseNumber').trim()}` : ''} ` +
          `(${raw('complexCode').trim()})`,
      };
    },
    duplicateKey: 'err.import.duplicateResident',
    duplicateColumn: 'name',
    // As the index of residents per complex: 20,000 rows spread over 2,000 complexes made the commit 20% longer.
    writeOrder: ({ fields }) => `${fields.complexId}\u0000${fields.name}`,
  };
}

/** Writes one valid row; inside the import's transaction. The audit says which fields changed, never their values. */
export function importResident(
  ctx: HandlerContext,
  { fields, consentPurpose, consentDate, moveInDate, existingId: id }: Values,
  at: string,
  by: string,
): 'created' | 'updated' {
  if (id) {
    const before = ctx.repos.residents.get(id)!;
    const next = { ...fields, profile: before.profile };
    ctx.repos.residents.update(
      id,
      before.version,
      next,
      consentFor(ctx, next, consentPurpose, ctx.repos.residents.consentRaw(id), by, consentDate),
      null,
      at,
      by,
    );
    ctx.repos.audit.record({
      at,
      actorId: by,
      entity: 'resident',
      entityId: id,
      action: 'update',
      changes: redactedChanges(before, next),
    });
    if (moveInDate && ctx.repos.reciprocity.welcomes({ residentId: id }).length === 0)
      startWelcome(ctx, { residentId: id, moveInDate, buddyId: null }, at, by);
    return 'updated';
  }
  const created = uuidv7();
  ctx.repos.residents.insert(
    created,
    fields,
    consentFor(ctx, fields, consentPurpose, undefined, by, consentDate),
    at,
    by,
  );
  ctx.repos.audit.record({
    at,
    actorId: by,
    entity: 'resident',
    entityId: created,
    action: 'create',
    changes: redactedChanges(null, fields),
  });
  if (moveInDate) startWelcome(ctx, { residentId: created, moveInDate, buddyId: null }, at, by);
  return 'created';
}
