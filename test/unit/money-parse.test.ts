import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEuro, parseEuro } from '../../shared/domain/money';

describe('Dutch amounts', () => {
  it('reads what a Dutch user types and refuses what is no Dutch amount', () => {
    expect(parseEuro('12,50')).toEqual({ ok: true, cents: 1250 });
    expect(parseEuro('€ 1.250,50')).toEqual({ ok: true, cents: 125050 });
    expect(parseEuro('12')).toEqual({ ok: true, cents: 1200 });
    expect(parseEuro('12,5.0')).toMatchObject({ ok: false, key: 'err.money.notANumber' });
    expect(parseEuro('1.25,00')).toMatchObject({ ok: false });
    expect(parseEuro('12,505')).toMatchObject({ ok: false, key: 'err.money.decimals' });
  });

  it('property: every amount written the Dutch way reads back as the same cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (cents) => {
        const written = formatEuro(cents, 'nl').replace(/\u00a0/g, ' ');
        expect(parseEuro(written)).toEqual({ ok: true, cents });
      }),
    );
  });
});
