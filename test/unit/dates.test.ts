import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate, parseSpreadsheetDate } from '../../shared/domain/dates';

describe('dates written in a spreadsheet', () => {
  it('reads every real date back from the ways people write it, day first', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [y, m, d] = iso.split('-');
          for (const written of [
            `${d}-${m}-${y}`,
            `${Number(d)}-${Number(m)}-${y}`,
            `${d}/${m}/${y}`,
            `${d}.${m}.${y}`,
            iso,
          ]) {
            expect(parseSpreadsheetDate(written)).toBe(iso);
          }
        },
      ),
    );
  });

  it('refuses impossible dates and words, and never returns an invalid date', () => {
    for (const text of ['31-02-2026', '2026-13-01', '29-02-2025', 'gisteren', '1-3-26', '', '00-01-2026'])
      expect(parseSpreadsheetDate(text)).toBeNull();
    expect(parseSpreadsheetDate('29-02-2024')).toBe('2024-02-29');
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseSpreadsheetDate(text);
        return parsed === null || isIsoDate(parsed);
      }),
    );
  });
});
