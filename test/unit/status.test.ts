import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  canTransition,
  isOpen,
  isReopening,
  needsOutcome,
  STATUSES,
  type Status,
} from '../../shared/domain/status';

describe('status machine', () => {
  it('follows the sector vocabulary forward', () => {
    expect(canTransition('aangemaakt', 'in_behandeling')).toBe(true);
    expect(canTransition('in_behandeling', 'in_uitvoering')).toBe(true);
    expect(canTransition('in_uitvoering', 'afgerond')).toBe(true);
    expect(canTransition('afgerond', 'gesloten')).toBe(true);
  });

  it('forbids skipping steps and moving out of a state to itself', () => {
    expect(canTransition('aangemaakt', 'gesloten')).toBe(false);
    expect(canTransition('aangemaakt', 'afgerond')).toBe(false);
    expect(canTransition('in_behandeling', 'gesloten')).toBe(false);
    for (const status of STATUSES) expect(canTransition(status, status)).toBe(false);
  });

  it('allows cancelling open work and reopening finished work', () => {
    expect(canTransition('aangemaakt', 'geannuleerd')).toBe(true);
    expect(canTransition('in_uitvoering', 'geannuleerd')).toBe(true);
    expect(canTransition('gesloten', 'in_behandeling')).toBe(true);
    expect(isReopening('gesloten', 'in_behandeling')).toBe(true);
    expect(isReopening('geannuleerd', 'in_behandeling')).toBe(true);
    expect(isReopening('in_behandeling', 'in_uitvoering')).toBe(false);
  });

  it('requires an outcome only for closing', () => {
    expect(STATUSES.filter(needsOutcome)).toEqual(['gesloten']);
  });

  it('property: any walk of allowed moves only visits known states, and forbidden moves are rejected', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom(...STATUSES)), { maxLength: 60 }), (steps) => {
        let current: Status = 'aangemaakt';
        for (const [pick, wanted] of steps) {
          const options = allowedTransitions(current);
          expect(options.length).toBeGreaterThan(0);
          if (!options.includes(wanted)) expect(canTransition(current, wanted)).toBe(false);
          current = options[pick % options.length]!;
          expect(STATUSES).toContain(current);
        }
      }),
    );
  });

  it('property: gesloten is only reachable from afgerond', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATUSES), (from) => {
        expect(canTransition(from, 'gesloten')).toBe(from === 'afgerond');
      }),
    );
  });

  it('counts the first three statuses as open', () => {
    expect(STATUSES.filter(isOpen)).toEqual(['aangemaakt', 'in_behandeling', 'in_uitvoering']);
  });
});
