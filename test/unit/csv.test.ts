import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula, parseCsv, toDutchCsv } from '../../shared/domain/csv';

describe('Dutch Excel CSV', () => {
  it('writes a BOM, semicolons, decimal commas and quotes where needed', () => {
    const csv = toDutchCsv(
      ['Titel', 'Bedrag'],
      [
        ['Tuin; groot', 12.5],
        ['Zeg "hoi"', 3],
      ],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFTitel;Bedrag\r\n"Tuin; groot";12,5\r\n"Zeg ""hoi""";3\r\n');
  });

  it('neutralises formula injection', () => {
    for (const dangerous of ['=HYPERLINK("http://evil","klik")', '+31', '-1+1', '@SUM(A1)', '\tx', '\rx'])
      expect(neutralizeFormula(dangerous)).toBe(`'${dangerous}`);
    expect(neutralizeFormula('Tuin')).toBe('Tuin');
    expect(toDutchCsv(['t'], [['=HYPERLINK("x")']])).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('property: what is written is read back (text cells, formula-safe)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.string().filter((s) => !/^[=+\-@\t\r]/.test(s) && s.trim() !== ''),
            { minLength: 2, maxLength: 2 },
          ),
          { maxLength: 10 },
        ),
        (rows) => {
          const csv = toDutchCsv(['a', 'b'], rows);
          expect(parseCsv(csv)).toEqual([['a', 'b'], ...rows]);
        },
      ),
    );
  });
});
