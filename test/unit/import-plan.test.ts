import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  inWriteOrder,
  type ImportSpec,
  type PlannedRow,
  type RowValues,
} from '../../electron/backend/imports/import-plan';

interface Values extends RowValues {
  key: string;
  n: number;
}

const planned = (rows: { key: string; valid: boolean }[]): PlannedRow<Values>[] =>
  rows.map(({ key, valid }, n) => ({
    result: { row: n + 2, code: key, action: valid ? 'nieuw' : 'fout', errors: [] },
    ...(valid ? { values: { key, n, existingId: undefined } } : {}),
  }));

const spec = (writeOrder?: (v: Values) => string) => ({ writeOrder }) as unknown as ImportSpec<string, Values>;

describe('the order an import writes its rows in', () => {
  const rows = fc.array(fc.record({ key: fc.string({ maxLength: 4 }), valid: fc.boolean() }), { maxLength: 60 });

  it("writes every valid row once, sorted by the spec's key, equal keys in the file's order", () => {
    fc.assert(
      fc.property(rows, (input) => {
        const written = inWriteOrder(
          spec((v) => v.key),
          planned(input),
        );
        const valid = input.flatMap((row, n) => (row.valid ? [n] : []));
        expect([...written.map((v) => v.n)].sort((a, b) => a - b)).toEqual(valid);
        for (let i = 1; i < written.length; i++) {
          const [before, after] = [written[i - 1]!, written[i]!];
          expect(before.key < after.key || (before.key === after.key && before.n < after.n)).toBe(true);
        }
      }),
    );
  });

  it("keeps the file's order when the spec names none", () => {
    fc.assert(
      fc.property(rows, (input) => {
        const valid = input.flatMap((row, n) => (row.valid ? [n] : []));
        expect(inWriteOrder(spec(), planned(input)).map((v) => v.n)).toEqual(valid);
      }),
    );
  });
});
