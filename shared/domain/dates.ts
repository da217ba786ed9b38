/** Date helpers on the wire format: calendar dates are `YYYY-MM-DD`, instants are ISO 8601 UTC strings. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Compares two YYYY-MM-DD dates; string order is date order for this format. */
export function isOnOrAfter(date: string, reference: string): boolean {
  return date >= reference;
}

/** The calendar date (UTC) of an ISO instant. */
export function dateOf(instant: string): string {
  return instant.slice(0, 10);
}

/**
 * A date as people write it in a spreadsheet: 01-03-2026, 1-3-2026, 1/3/2026 (day first, as in the Netherlands)
 * or 2026-03-01. Returns YYYY-MM-DD, or null when it is no real date ("31-02-2026", "gisteren", "2026-13-01").
 */
export function parseSpreadsheetDate(text: string): string | null {
  const value = text.trim();
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  const iso = dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : value.slice(0, 10);
  return (dutch || /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(value)) && isIsoDate(iso) ? iso : null;
}

/** The calendar date `days` after (or before, when negative) a YYYY-MM-DD date. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Whether text has the shape of a date (day-first or ISO), so a refusal can say "does not exist" rather than "wrong
 * form".
 */
export function looksLikeDate(text: string): boolean {
  return /^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/.test(text.trim()) || /^\d{4}-\d{2}-\d{2}$/.test(text.trim());
}
