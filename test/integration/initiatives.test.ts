import { afterEach, describe, expect, it } from 'vitest';
import type { Status } from '../../shared/domain/status';
import { sampleComplex, startInitializedBackend, type TestBackend } from '../fixtures/backend';

let backend: TestBackend;
afterEach(() => backend?.dispose());

async function withInitiative() {
  ({ backend } = await startInitializedBackend());
  const complex = await backend.ok('complexes:create', sampleComplex());
  const detail = await backend.ok('initiatives:create', {
    complexId: complex.id,
    title: 'Binnentuin onderhouden',
    origin: 'bewoners',
    practiceType: 'zelf_beter',
    sharedObject: 'binnentuin',
  });
  return { complex, initiative: detail.initiative };
}

async function move(id: string, to: Status, extra: { note?: string; outcome?: string; result?: 'bereikt' } = {}) {
  const { initiative } = await backend.ok('initiatives:get', { id });
  return backend.invoke('initiatives:transition', { id, version: initiative.version, to, ...extra });
}

describe('initiatives through the registry', () => {
  it('starts as aangemaakt with one history entry and the complex wijkbeheerder', async () => {
    const { initiative } = await withInitiative();
    const detail = await backend.ok('initiatives:get', { id: initiative.id });
    expect(detail.initiative.status).toBe('aangemaakt');
    expect(detail.history).toHaveLength(1);
    expect(detail.allowedTransitions).toEqual(['in_behandeling', 'geannuleerd']);
  });

  it('walks the whole life cycle, requires an outcome to close, records reopening', async () => {
    const { initiative } = await withInitiative();
    const id = initiative.id;
    expect((await move(id, 'in_behandeling', { note: 'Bezoek gepland' })).ok).toBe(true);
    expect((await move(id, 'in_uitvoering')).ok).toBe(true);
    expect((await move(id, 'afgerond')).ok).toBe(true);
    const withoutOutcome = await move(id, 'gesloten');
    expect(withoutOutcome).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'outcome', messageKey: 'err.initiative.outcome.required' }] },
    });
    expect((await backend.ok('initiatives:get', { id })).initiative.status).toBe('afgerond');
    expect(
      (await move(id, 'gesloten', { outcome: 'Tuin wordt door bewoners bijgehouden.', result: 'bereikt' })).ok,
    ).toBe(true);
    expect((await move(id, 'in_behandeling', { note: 'Nieuwe vraag' })).ok).toBe(true);

    const detail = await backend.ok('initiatives:get', { id });
    expect(detail.history.map((h) => h.toStatus)).toEqual([
      'aangemaakt',
      'in_behandeling',
      'in_uitvoering',
      'afgerond',
      'gesloten',
      'in_behandeling',
    ]);
    expect(detail.history.at(-1)).toMatchObject({
      fromStatus: 'gesloten',
      reopening: true,
      note: 'Nieuwe vraag',
      changedByName: 'Wendy Wijkbeheer',
    });
    expect(detail.history[1]).toMatchObject({ note: 'Bezoek gepland', reopening: false });
    const audit = await backend.ok('audit:list', { entityId: id });
    expect(audit.filter((a) => a.action === 'status')).toHaveLength(5);
  });

  it('refuses a forbidden transition with FORBIDDEN_TRANSITION and changes nothing', async () => {
    const { initiative } = await withInitiative();
    const result = await move(initiative.id, 'gesloten', { outcome: 'klaar' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN_TRANSITION',
        message: "Van status 'aangemaakt' kan een initiatief niet naar 'gesloten'.",
      },
    });
    const detail = await backend.ok('initiatives:get', { id: initiative.id });
    expect(detail.initiative).toMatchObject({ status: 'aangemaakt', version: 1 });
    expect(detail.history).toHaveLength(1);
  });

  it('rejects an unknown complex, an end date before the start date, a too-long title', async () => {
    await withInitiative();
    const base = { title: 'X', origin: 'bewoners' as const, practiceType: 'anders' as const };
    const unknown = await backend.invoke('initiatives:create', {
      ...base,
      complexId: '0190a0b0-0000-7000-8000-00000000abcd',
    });
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'complexId', messageKey: 'err.initiative.complex.unknown' }] },
    });
    const [complex] = await backend.ok('complexes:list', {});
    const dates = await backend.invoke('initiatives:create', {
      ...base,
      complexId: complex!.id,
      startDate: '2026-06-01',
      endDate: '2026-05-01',
    });
    expect(dates).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'endDate', message: 'De einddatum ligt vóór de startdatum.' }] },
    });
    const long = await backend.invoke('initiatives:create', {
      ...base,
      complexId: complex!.id,
      title: 'x'.repeat(201),
    });
    expect(long).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'title', messageKey: 'err.initiative.title.tooLong' }] },
    });
    expect(await backend.ok('initiatives:list', {})).toHaveLength(1);
  });

  it('detects a stale version on update and on transition', async () => {
    const { initiative } = await withInitiative();
    const input = {
      complexId: initiative.complexId,
      title: 'Nieuw',
      origin: 'bewoners' as const,
      practiceType: 'zelf_beter' as const,
    };
    await backend.ok('initiatives:update', { ...input, id: initiative.id, version: 1 });
    expect(
      await backend.invoke('initiatives:update', { ...input, title: 'Later', id: initiative.id, version: 1 }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(
      await backend.invoke('initiatives:transition', { id: initiative.id, version: 1, to: 'in_behandeling' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('lists across complexes and per complex', async () => {
    const { complex } = await withInitiative();
    const other = await backend.ok('complexes:create', sampleComplex({ code: 'C2002' }));
    await backend.ok('initiatives:create', {
      complexId: other.id,
      title: 'Trappenhuis',
      origin: 'bewoners',
      practiceType: 'probleem_oplossen',
    });
    expect(await backend.ok('initiatives:list', {})).toHaveLength(2);
    const mine = await backend.ok('initiatives:list', { complexId: complex.id });
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ complexCode: 'C2001', title: 'Binnentuin onderhouden', wijkbeheerderName: null });
  });

  it('loads the demo corporation on first start: about 40 complexes and 300 initiatives', async () => {
    ({ backend } = await startInitializedBackend({ demo: true }));
    expect(await backend.ok('complexes:list', {})).toHaveLength(40);
    const initiatives = await backend.ok('initiatives:list', {});
    expect(initiatives).toHaveLength(300);
    expect(new Set(initiatives.map((i) => i.status)).size).toBeGreaterThanOrEqual(5);
    // Colleagues with plain, different names (no "(1)" behind them).
    const names = (await backend.ok('staff:list', {})).map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => /[()]/.test(name))).toEqual([]);
    // Money from the first start: a budget for this year on every complex, and applications (some granted) on them.
    const budgets = await backend.ok('budgets:list', { year: new Date().getFullYear() });
    expect(budgets.filter((b) => b.scope === 'complex')).toHaveLength(40);
    // And a wijkfonds for each of the demo's wijken.
    expect(budgets.filter((b) => b.scope === 'wijk').length).toBeGreaterThan(0);
    expect(budgets.filter((b) => b.allocated > 0).length).toBeGreaterThan(5);
    expect(budgets.every((b) => b.allocated <= b.available)).toBe(true);
    const again = await backend.invoke('session:initialize', {
      staff: { name: 'Tweede', role: 'teamleider' },
      demo: true,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', messageKey: 'err.demo.notEmpty' } });
  });
});
