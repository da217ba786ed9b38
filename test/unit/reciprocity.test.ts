import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/dates';
import { RULES } from '../../shared/domain/recommendation';
import { practiceTypesRequired } from '../../shared/domain/recommendation/conditions';
import { TALENTS } from '../../shared/domain/field-work';
import { rankBuddies } from '../../shared/domain/matching';
import { APPROACHES } from '../../shared/domain/recommendation/facts';
import {
  twelveMonthsBefore,
  keptOnTimePercent,
  MIN_CASES_TO_CONCLUDE,
  promiseState,
  RESULTS,
  summarizeEvidence,
  templateProblem,
  welcomeMoments,
  welcomeState,
  type EvidenceCase,
} from '../../shared/domain/reciprocity';
import { PRACTICE_TYPES } from '../../shared/domain/vocabulary';

const isoDay = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

describe('welcome plan', () => {
  it('property: every moment lies its offset after the move-in, in step order', () => {
    fc.assert(
      fc.property(
        isoDay,
        fc.array(fc.integer({ min: 0, max: 730 }), { minLength: 1, maxLength: 12 }),
        (moveIn, offsets) => {
          const steps = offsets.map((offsetDays, i) => ({ step: offsets.length - i, offsetDays, title: `s${i}` }));
          const moments = welcomeMoments(moveIn, steps);
          expect(moments.map((m) => m.step)).toEqual([...steps].map((s) => s.step).sort((a, b) => a - b));
          for (const m of moments)
            expect(m.dueDate).toBe(addDays(moveIn, steps.find((s) => s.step === m.step)!.offsetDays));
        },
      ),
    );
  });

  it('asks for six months of contact, in date order', () => {
    expect(templateProblem([])).toBe('empty');
    expect(templateProblem([{ step: 1, offsetDays: 7, title: 'a' }])).toBe('tooShort');
    expect(
      templateProblem([
        { step: 1, offsetDays: 200, title: 'a' },
        { step: 2, offsetDays: 7, title: 'b' },
      ]),
    ).toBe('order');
    expect(
      templateProblem([
        { step: 1, offsetDays: 7, title: 'a' },
        { step: 2, offsetDays: 182, title: 'b' },
      ]),
    ).toBeNull();
  });

  it('is welcomed when the first moment is done and complete when all are', () => {
    expect(
      welcomeState([
        { step: 2, done: true },
        { step: 1, done: false },
      ]),
    ).toBe('gepland');
    expect(
      welcomeState([
        { step: 1, done: true },
        { step: 2, done: false },
      ]),
    ).toBe('verwelkomd');
    expect(
      welcomeState([
        { step: 1, done: true },
        { step: 2, done: true },
      ]),
    ).toBe('nazorg_afgerond');
  });
});

describe('promises', () => {
  it('property: the kept-on-time share is between 0 and 100 and ignores withdrawn and not-yet-due promises', () => {
    const state = fc.constantFrom('open', 'te_laat', 'op_tijd_nagekomen', 'te_laat_nagekomen', 'ingetrokken' as const);
    fc.assert(
      fc.property(fc.array(state), (states) => {
        const percent = keptOnTimePercent(states);
        const counted = states.filter((s) => s !== 'open' && s !== 'ingetrokken');
        if (counted.length === 0) expect(percent).toBeNull();
        else expect(percent).toBe(keptOnTimePercent(counted));
        if (percent !== null) expect(percent).toBeGreaterThanOrEqual(0);
        if (percent !== null) expect(percent).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('knows open, overdue, on time, late and withdrawn', () => {
    expect(promiseState({ status: 'open', dueDate: '2026-03-10', keptOn: null }, '2026-03-10')).toBe('open');
    expect(promiseState({ status: 'open', dueDate: '2026-03-10', keptOn: null }, '2026-03-11')).toBe('te_laat');
    expect(promiseState({ status: 'nagekomen', dueDate: '2026-03-10', keptOn: '2026-03-10' }, '2026-04-01')).toBe(
      'op_tijd_nagekomen',
    );
    expect(promiseState({ status: 'nagekomen', dueDate: '2026-03-10', keptOn: '2026-03-11' }, '2026-04-01')).toBe(
      'te_laat_nagekomen',
    );
    expect(promiseState({ status: 'ingetrokken', dueDate: '2026-03-10', keptOn: null }, '2026-04-01')).toBe(
      'ingetrokken',
    );
  });
});

describe('appreciation window', () => {
  it('property: the cut-off is twelve months back, never more', () => {
    fc.assert(
      fc.property(isoDay, (today) => {
        const cutoff = twelveMonthsBefore(today);
        expect(cutoff < today).toBe(true);
        expect(cutoff >= addDays(today, -366)).toBe(true);
        expect(cutoff <= addDays(today, -365)).toBe(true);
      }),
    );
    expect(twelveMonthsBefore('2028-02-29')).toBe('2027-02-28');
  });
});

describe('wat werkte waar', () => {
  const evidenceCase = fc.record({
    practiceType: fc.constantFrom(...PRACTICE_TYPES),
    chosenApproach: fc.option(fc.constantFrom(...APPROACHES), { nil: null }),
    advisedApproach: fc.option(fc.constantFrom(...APPROACHES), { nil: null }),
    result: fc.option(fc.constantFrom(...RESULTS), { nil: null }),
    ownMinutes: fc.nat(10_000),
    spentCents: fc.nat(1_000_000),
  }) as fc.Arbitrary<EvidenceCase>;

  it('property: cells add up to the cases, and shares appear only with enough known results', () => {
    fc.assert(
      fc.property(fc.array(evidenceCase, { maxLength: 200 }), (cases) => {
        const cells = summarizeEvidence(cases);
        expect(cells.reduce((n, c) => n + c.cases, 0)).toBe(cases.length);
        for (const c of cells) {
          expect(c.achieved + c.partly + c.notAchieved + c.unknown).toBe(c.cases);
          expect(c.tooFewToConclude).toBe(c.cases - c.unknown < MIN_CASES_TO_CONCLUDE);
          expect(c.achievedPercent === null).toBe(c.tooFewToConclude);
          expect(c.adviceFollowed).toBeLessThanOrEqual(c.cases);
        }
      }),
    );
  });
});

describe('buddies for a new tenant', () => {
  const talent = fc.constantFrom(...TALENTS);
  const profile = fc.record({
    talents: fc.uniqueArray(talent, { maxLength: 4 }),
    interests: fc.uniqueArray(talent, { maxLength: 4 }),
  });
  it('scores what is shared (2 per shared interest, 1 per wanted talent), best first, none without reason', () => {
    fc.assert(
      fc.property(
        profile,
        fc.array(fc.record({ id: fc.uuid(), profile }), { maxLength: 12 }),
        (newcomer, candidates) => {
          const ranked = rankBuddies(newcomer, candidates, 50);
          for (const match of ranked) {
            expect(match.reasons.length).toBeGreaterThan(0);
            expect(match.score).toBe(match.reasons.reduce((sum, r) => sum + (r.kind === 'shared' ? 2 : 1), 0));
            const other = candidates.find((c) => c.id === match.id)!.profile;
            for (const r of match.reasons) {
              if (r.kind === 'shared')
                expect(newcomer.interests.includes(r.talent) && other.interests.includes(r.talent)).toBe(true);
              if (r.kind === 'teaches')
                expect(newcomer.interests.includes(r.talent) && other.talents.includes(r.talent)).toBe(true);
              if (r.kind === 'learns')
                expect(newcomer.talents.includes(r.talent) && other.interests.includes(r.talent)).toBe(true);
            }
          }
          for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
          const left = candidates.filter((c) => !ranked.some((m) => m.id === c.id));
          for (const c of left)
            expect(
              c.profile.interests.some((t) => newcomer.interests.includes(t) || newcomer.talents.includes(t)) ||
                c.profile.talents.some((t) => newcomer.interests.includes(t)),
            ).toBe(false);
        },
      ),
    );
  });
});

describe('the own record beside a rule', () => {
  it('finds the practice types a rule is about, also inside "all", and none for rules about other facts', () => {
    const byId = new Map(RULES.map((rule) => [rule.id, rule]));
    expect(practiceTypesRequired(byId.get('type_zelf_beter')!.when)).toEqual(['zelf_beter']);
    expect(
      RULES.filter((rule) => practiceTypesRequired(rule.when).includes('gemeenschap')).length,
    ).toBeGreaterThanOrEqual(2);
    expect(practiceTypesRequired({ not: { fact: 'practiceType', in: ['zelf_beter'] } })).toEqual([]);
    expect(practiceTypesRequired({ fact: 'origin', in: ['bewoners'] })).toEqual([]);
  });
});
