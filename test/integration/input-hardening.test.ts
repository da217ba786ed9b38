import { afterEach, describe, expect, it } from 'vitest';
import { sampleComplex, startInitializedBackend, type TestBackend } from '../fixtures/backend';

let backend: TestBackend;
afterEach(() => backend?.dispose());

/** A JSON object nested `depth` levels deep, built without recursion. */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('inputs that used to slip through to the database, or crash', () => {
  it('refuses NUL bytes and lone surrogates in text with a specific message, and stores nothing', async () => {
    ({ backend } = await startInitializedBackend());
    for (const name of ['Linde\u0000hof', 'Linde\uD800hof', 'Linde\uDC00hof']) {
      expect(await backend.invoke('complexes:create', sampleComplex({ name }))).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path: 'name', messageKey: 'err.text.characters' }] },
      });
    }
    // A real pair (an emoji) is fine.
    expect(await backend.invoke('complexes:create', sampleComplex({ name: 'Lindehof 🌳' }))).toMatchObject({
      ok: true,
    });
    expect(await backend.ok('complexes:list', {})).toHaveLength(1);
  });

  it('refuses dates outside 1900–2100, which no overview would ever show', async () => {
    ({ backend } = await startInitializedBackend());
    const complex = await backend.ok('complexes:create', sampleComplex());
    const visit = await backend.invoke('visits:create', { complexId: complex.id, visitDate: '0000-01-01', note: 'x' });
    expect(visit).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'visitDate', messageKey: 'err.date.range' }] },
    });
  });

  it('refuses a draft 10,000 levels deep or over 200 kB and a view state over 100 kB, in own words', async () => {
    ({ backend } = await startInitializedBackend());
    expect(await backend.invoke('drafts:save', { kind: 'visit', payload: nested(10_000) })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'payload', messageKey: 'err.draft.tooLarge' }] },
    });
    expect(
      await backend.invoke('drafts:save', { kind: 'visit', payload: { note: 'x'.repeat(210_000) } }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: 'payload', messageKey: 'err.draft.tooLarge' }] } });
    const view = await backend.invoke('views:save', {
      gridId: 'complexes',
      name: 'Groot',
      state: { filter: 'x'.repeat(110_000) },
    });
    expect(view).toMatchObject({ ok: false, error: { issues: [{ path: 'state', messageKey: 'err.view.tooLarge' }] } });
    expect(await backend.ok('drafts:list', {})).toEqual([]);
  });

  it('refuses unknown fields everywhere, also on complexes, initiatives and staff', async () => {
    ({ backend } = await startInitializedBackend());
    expect(
      await backend.invoke('complexes:create', { ...sampleComplex(), archivedAt: '2020-01-01' } as never),
    ).toMatchObject({ ok: false, error: { issues: [{ messageKey: 'err.unknownField' }] } });
    expect(
      await backend.invoke('staff:create', { name: 'X', role: 'teamleider', mandateCents: 1 } as never),
    ).toMatchObject({ ok: false, error: { issues: [{ messageKey: 'err.unknownField' }] } });
  });
});
