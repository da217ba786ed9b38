import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import nl from '../../shared/i18n/nl.json';
import { displayChanges, displayValue, type DisplayContext } from '../../shared/i18n/display';
import { translate } from '../../shared/i18n/translate';

const messages = nl as Record<string, string>;
const ctx: DisplayContext = {
  // The tests use the real Dutch messages; plural keys as i18next picks them.
  t: (key, params) =>
    translate(
      messages,
      params && 'count' in params && `${key}_${params.count === 1 ? 'one' : 'other'}` in messages
        ? `${key}_${params.count === 1 ? 'one' : 'other'}`
        : key,
      params,
    ),
  language: 'nl',
  nameOf: (id) => (id === '01a23313-79f7-7000-8000-000000000001' ? 'Mehmet Bakker' : undefined),
};

describe('stored values as a person reads them', () => {
  it('words the values the change log showed raw', () => {
    expect(displayValue('wijkbeheerderId', '01a23313-79f7-7000-8000-000000000001', ctx)).toBe('Mehmet Bakker');
    expect(displayValue('practiceType', 'zelf_beter', ctx)).toBe(messages['practiceType.zelf_beter']);
    expect(displayValue('origin', 'bewoners', ctx)).toBe(messages['origin.bewoners']);
    expect(displayValue('requestedCents', 15000, ctx)).toMatch(/^€\s?150,00$/);
    expect(displayValue('homes', 13905, ctx)).toBe('13.905');
    expect(displayValue('startDate', '2026-12-20', ctx)).toBe('20 dec 2026');
    expect(displayValue('sharedObjects', ['binnentuin', 'dakterras'], ctx)).toBe(
      `${messages['sharedObject.binnentuin']}, ${messages['sharedObject.dakterras']}`,
    );
    expect(displayValue('title', null, ctx)).toBe('—');
  });

  it('lists which Kenmerken answers changed instead of [object Object]', () => {
    const lines = displayChanges(
      {
        facts: {
          from: { ownership: 'onbekend', sharedProblem: false },
          to: { ownership: 'mentaal_eigenaar', sharedProblem: true },
        },
      },
      ctx,
    );
    expect(lines).toEqual([
      {
        label: `${messages['field.facts']}: ${messages['facts.ownership']}`,
        from: messages['ownership.onbekend'],
        to: messages['ownership.mentaal_eigenaar'],
      },
      { label: `${messages['field.facts']}: ${messages['facts.flag.sharedProblem']}`, from: 'nee', to: 'ja' },
    ]);
    expect(JSON.stringify(lines)).not.toContain('[object Object]');
  });

  it('has a label for every field the backend writes to the audit log', () => {
    const dir = join(__dirname, '../../electron/backend/handlers');
    const keys = new Set<string>();
    for (const file of readdirSync(dir))
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/\b([a-zA-Z]+): \{ from: /g)) keys.add(m[1]!);
    expect(keys.size).toBeGreaterThan(20);
    expect([...keys].filter((k) => !(`field.${k}` in messages))).toEqual([]);
  });

  it('writes dates in messages the Dutch way and says when a date does not exist', () => {
    expect(translate(messages, 'err.agreement.policyExpired', { validTo: '2026-12-20' })).toContain(
      'geldig tot 20 dec 2026',
    );
    expect(messages['err.date.invalid']).not.toContain('jjjj');
    expect(messages['err.import.dateNotExist']).toContain('bestaat niet');
    expect(messages['import.kind']).toBe('Wat importeert u?');
  });
});

describe('chart figures', () => {
  it('uses Dutch thousands separators and month names', async () => {
    const { chartFormats } = await import('../../renderer/src/features/dashboard/dashboard-charts');
    const nlFormats = chartFormats('nl');
    expect(nlFormats.number(6_000_000)).toBe('6.000.000');
    expect(nlFormats.month('2026-04')).toBe('apr 2026');
    expect(chartFormats('en').number(13905)).toBe('13,905');
  });
});
