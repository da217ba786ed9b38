/**
 * The one place a stored value becomes text a person reads: labels for codes, names for ids, euros for cents,
 * Dutch dates, yes/no, and for Kenmerken which answers changed. Used by the change log and the timelines.
 */
import { formatEuro } from '../domain/money';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface DisplayContext {
  t: Translate;
  language: string;
  /** Names of records referred to by id (staff, complexes, budgets…); an unknown id shows as "onbekend". */
  nameOf: (id: string) => string | undefined;
}

/** The vocabulary group whose labels a field's codes use. */
const VOCABULARY: Record<string, string> = {
  status: 'status',
  origin: 'origin',
  practiceType: 'practiceType',
  sharedObject: 'sharedObject',
  sharedObjects: 'sharedObject',
  buildingType: 'buildingType',
  advisedApproach: 'approach',
  chosenApproach: 'approach',
  approach: 'approach',
  role: 'role',
  people: 'personRole',
  roles: 'residentRole',
  result: 'result',
  exclusionReasons: 'exclusionReason',
  grantStatus: 'grantStatus',
  ownership: 'ownership',
  group: 'group',
  motives: 'motive',
  supportAsked: 'support',
  risks: 'risk',
  kind: 'appreciation.kind',
  documentKind: 'documentKind',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function formatDay(value: string, language: string, withTime = false): string {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  const options: Intl.DateTimeFormatOptions = withTime
    ? { dateStyle: 'medium', timeStyle: 'short' }
    : { dateStyle: 'medium', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(value.length === 10 ? `${value}T00:00:00Z` : value));
}

/** One stored value of `field` as display text; "—" for nothing. */
export function displayValue(field: string, value: unknown, ctx: DisplayContext): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) {
    return value.length === 0 ? '—' : value.map((v) => displayValue(field, v, ctx)).join(', ');
  }
  if (typeof value === 'boolean') return ctx.t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'number')
    return /Cents$/.test(field)
      ? formatEuro(value, ctx.language)
      : new Intl.NumberFormat(ctx.language === 'en' ? 'en-GB' : 'nl-NL').format(value);
  if (typeof value === 'object') return ctx.t('display.changedAnswers', { count: Object.keys(value).length });
  const text = String(value);
  const group = VOCABULARY[field];
  if (group) return ctx.t(`${group}.${text}`);
  if (ID.test(text)) return ctx.nameOf(text) ?? ctx.t('display.unknownRecord');
  if (ISO_DATE.test(text)) return formatDay(text, ctx.language);
  if (ISO_INSTANT.test(text)) return formatDay(text, ctx.language, true);
  return text;
}

export interface DisplayChange {
  label: string;
  from: string;
  to: string;
}

/** The lines of one audit entry; Kenmerken expand into the answers that changed. */
export function displayChanges(
  changes: Record<string, { from: unknown; to: unknown }>,
  ctx: DisplayContext,
): DisplayChange[] {
  const lines: DisplayChange[] = [];
  for (const [field, { from, to }] of Object.entries(changes)) {
    if (field === 'facts' && isRecord(to)) {
      const before = isRecord(from) ? from : {};
      for (const key of Object.keys(to)) {
        if (JSON.stringify(before[key]) === JSON.stringify(to[key])) continue;
        const label = typeof to[key] === 'boolean' ? ctx.t(`facts.flag.${key}`) : ctx.t(`facts.${key}`);
        lines.push({
          label: `${ctx.t('field.facts')}: ${label}`,
          from: displayValue(key, before[key], ctx),
          to: displayValue(key, to[key], ctx),
        });
      }
      continue;
    }
    lines.push({
      label: ctx.t(`field.${field}`),
      from: displayValue(field, from, ctx),
      to: displayValue(field, to, ctx),
    });
  }
  return lines;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
