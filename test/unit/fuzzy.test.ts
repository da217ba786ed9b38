import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzyScore, fuzzySearch } from '../../renderer/src/components/fuzzy';

const complexes = [
  { id: '1', code: 'C1001', name: 'Havenkade 6', address: 'Havenkade 1-11' },
  { id: '2', code: 'C1026', name: 'Havenkade 1', address: 'Kadestraat 4' },
  { id: '3', code: 'C1500', name: 'Lindelaan 4', address: 'Lindelaan 4' },
];

describe('the complex picker', () => {
  it('ranks exact code, then name, then address', () => {
    expect(fuzzySearch('havenkade 1', complexes)[0]!.code).toBe('C1026');
    expect(fuzzySearch('c1500', complexes)[0]!.code).toBe('C1500');
    expect(fuzzySearch('kadestraat', complexes).map((c) => c.code)).toEqual(['C1026']);
    expect(fuzzySearch('lnd4', complexes)[0]!.code).toBe('C1500');
  });

  it('property: an exact code always ranks first', () => {
    fc.assert(
      fc.property(fc.constantFrom(...complexes), (target) => {
        expect(fuzzySearch(target.code, complexes)[0]).toBe(target);
        expect(fuzzyScore(target.code, target)).toBe(100);
      }),
    );
  });
});
