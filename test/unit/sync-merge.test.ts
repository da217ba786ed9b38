import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rebaseInput } from '../../electron/backend/sync/merge';

const base = { id: 'c1', version: 1, name: 'Lindehof', homes: 40, shared_objects: '["binnentuin"]', wijk: null };
const current = { ...base, version: 2, name: 'Lindehof Noord', shared_objects: '["binnentuin","portiek"]' };

describe('applying a refused change again (three-way merge)', () => {
  it("keeps the fields the user changed and takes the team's value for the others", () => {
    const input = { id: 'c1', version: 1, name: 'Lindehof', homes: 44, sharedObjects: ['binnentuin'], wijk: '' };
    expect(rebaseInput(input, base, current)).toEqual({
      id: 'c1',
      version: 2,
      name: 'Lindehof Noord',
      homes: 44,
      sharedObjects: ['binnentuin', 'portiek'],
      wijk: null,
    });
  });

  it("a field both changed keeps the user's value (the user chose to apply again)", () => {
    expect(rebaseInput({ id: 'c1', version: 1, name: 'Mijn naam' }, base, current)).toMatchObject({
      name: 'Mijn naam',
      version: 2,
    });
  });

  it('never changes a field the user changed, whatever the team did', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (mine, theirs) => {
        const merged = rebaseInput({ id: 'c1', version: 1, homes: mine }, base, { ...current, homes: theirs });
        return merged.homes === (mine === base.homes ? theirs : mine);
      }),
    );
  });

  it('without a record on the team (it was never there), the input stays as it was', () => {
    expect(rebaseInput({ id: 'c1', version: 1, homes: 1 }, base, null)).toEqual({ id: 'c1', version: 1, homes: 1 });
  });
});
