import { describe, expect, it } from 'vitest';
import { RULES } from '../../shared/domain/recommendation';
import { sourceInWords } from '../../shared/domain/recommendation/sources';

describe('rule sources in words', () => {
  it('names the study and the section instead of "004 §4"', () => {
    expect(sourceInWords('004 §4 Rendementsdenken')).toBe(
      'Verkenning ‘Corporatie en bewoners’, paragraaf 4 (Rendementsdenken)',
    );
    expect(sourceInWords('004 §3; 000 (nieuwe huurders verwelkomen)')).toBe(
      'Verkenning ‘Corporatie en bewoners’, paragraaf 3; ' +
        'Wonen Limburg Lab ‘Iedereen kan iets!’ (nieuwe huurders verwelkomen)',
    );
  });

  it('leaves no bare study code or § in any rule', () => {
    for (const rule of RULES) {
      const words = sourceInWords(rule.source);
      expect(words).not.toMatch(/\b00\d\b|§/);
    }
  });
});
