import { describe, expect, it } from 'vitest';
import en from '../../shared/i18n/en.json';
import nl from '../../shared/i18n/nl.json';
import { translate } from '../../shared/i18n/translate';
import { BUILDING_TYPES, ORIGINS, PRACTICE_TYPES, ROLES, SHARED_OBJECTS } from '../../shared/domain/vocabulary';
import { STATUSES } from '../../shared/domain/status';

describe('translations', () => {
  it('Dutch and English have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('every vocabulary value has a label', () => {
    const groups: [string, readonly string[]][] = [
      ['buildingType', BUILDING_TYPES],
      ['sharedObject', SHARED_OBJECTS],
      ['origin', ORIGINS],
      ['practiceType', PRACTICE_TYPES],
      ['status', STATUSES],
      ['role', ROLES],
    ];
    for (const [group, values] of groups) for (const value of values) expect(nl).toHaveProperty([`${group}.${value}`]);
  });

  it('addresses the user as "u" everywhere, never "je", "jij" or "jouw"', () => {
    const informal = Object.entries(nl).filter(([, text]) => /\b(je|jij|jou|jouw)\b/i.test(text));
    expect(informal).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(nl, 'err.complex.code.duplicate', { code: 'C1' })).toBe(
      'Complexcode C1 bestaat al. Kies een andere code.',
    );
    expect(translate({ k: 'a {{x}} {{y}}' }, 'k', { x: 1 })).toBe('a 1 {{y}}');
    expect(translate({}, 'missing.key')).toBe('missing.key');
  });
});
