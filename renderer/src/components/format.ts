import type { TFunction } from 'i18next';

/** Translates a vocabulary value ("portiekflat", "in_behandeling") via its group, e.g. `status.in_behandeling`. */
export function vocab(t: TFunction, group: string, value: string | null | undefined): string {
  return value ? t(`${group}.${value}`) : '';
}

const dateTime = new Map<string, Intl.DateTimeFormat>();

/** A date or instant in the user's language: 3 mrt. 2026, or with the time when it is an instant. */
export function formatDate(value: string | null | undefined, language: string, withTime = false): string {
  if (!value) return '';
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  const key = `${locale}-${withTime}`;
  let format = dateTime.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      locale,
      withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium', timeZone: 'UTC' },
    );
    dateTime.set(key, format);
  }
  // Calendar dates (YYYY-MM-DD) are read as UTC days so no time zone shifts them by one.
  return format.format(new Date(value.length === 10 ? `${value}T00:00:00Z` : value));
}

/** An instant as the clock time ("14:02") when it is today, otherwise with its date ("3 mrt. 2026 14:02"). */
export function formatTime(value: string, language: string): string {
  const at = new Date(value);
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  const today = new Date().toDateString() === at.toDateString();
  return new Intl.DateTimeFormat(
    locale,
    today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' },
  ).format(at);
}
/** Today's calendar date where the user is, as YYYY-MM-DD (the default of date fields). */
export function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
