import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complexCreateInput } from '../../shared/contract/complexes';
import { initiativeCreateInput } from '../../shared/contract/initiatives';
import { isIsoDate } from '../../shared/domain/dates';

const complex = { code: 'C1', name: 'Lindelaan', homes: 10, buildingType: 'portiekflat' };
const firstKey = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;
const UUID = '0190a0b0-0000-7000-8000-000000000001';

describe('complex input', () => {
  it('accepts a minimal complex and normalises the postcode', () => {
    const parsed = complexCreateInput.parse({ ...complex, postcode: '1234ab' });
    expect(parsed.postcode).toBe('1234 AB');
    expect(parsed.sharedObjects).toEqual([]);
  });

  it.each([
    [{ code: '' }, 'err.complex.code.required'],
    [{ code: '   ' }, 'err.complex.code.required'],
    [{ code: 'C 1' }, 'err.complex.code.format'],
    [{ homes: -1 }, 'err.complex.homes.negative'],
    [{ homes: 12.5 }, 'err.complex.homes.fractional'],
    [{ homes: 10_001 }, 'err.complex.homes.tooMany'],
    [{ homes: 'twintig' }, 'err.complex.homes.number'],
    [{ postcode: '12345' }, 'err.complex.postcode.format'],
    [{ buildingType: 'kasteel' }, 'err.complex.buildingType.invalid'],
  ])('rejects %o with %s', (override, key) => {
    expect(firstKey(complexCreateInput.safeParse({ ...complex, ...override }))).toBe(key);
  });

  it('property: any whole number of homes from 0 to 10,000 is accepted, anything above is not', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 20_000 }), (homes) => {
        expect(complexCreateInput.safeParse({ ...complex, homes }).success).toBe(homes >= 0 && homes <= 10_000);
      }),
    );
  });
});

describe('initiative input', () => {
  const initiative = { complexId: UUID, title: 'Tuin', origin: 'bewoners', practiceType: 'zelf_beter' };

  it('rejects an end date before the start date on the end date field', () => {
    const result = initiativeCreateInput.safeParse({ ...initiative, startDate: '2026-05-02', endDate: '2026-05-01' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ message: 'err.initiative.endBeforeStart', path: ['endDate'] });
  });

  it('rejects a 201-character title and a 20,001-character description', () => {
    expect(firstKey(initiativeCreateInput.safeParse({ ...initiative, title: 'x'.repeat(201) }))).toBe(
      'err.initiative.title.tooLong',
    );
    expect(initiativeCreateInput.safeParse({ ...initiative, title: 'x'.repeat(200) }).success).toBe(true);
    expect(firstKey(initiativeCreateInput.safeParse({ ...initiative, description: 'x'.repeat(20_001) }))).toBe(
      'err.initiative.description.tooLong',
    );
  });

  it('rejects unknown vocabulary values', () => {
    expect(firstKey(initiativeCreateInput.safeParse({ ...initiative, practiceType: 'iets' }))).toBe(
      'err.initiative.practiceType.invalid',
    );
    expect(firstKey(initiativeCreateInput.safeParse({ ...initiative, origin: 'gemeente' }))).toBe(
      'err.initiative.origin.invalid',
    );
  });
});

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-04-31', false],
    ['25-01-01', false],
    ['2025-01-01T00:00', false],
  ])('%s valid: %s', (value, valid) => {
    expect(isIsoDate(value)).toBe(valid);
  });
});
