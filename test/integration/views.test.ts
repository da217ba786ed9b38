import { afterEach, describe, expect, it } from 'vitest';
import { startInitializedBackend, type TestBackend } from '../fixtures/backend';

let backend: TestBackend;
afterEach(() => backend?.dispose());

describe('saved grid views', () => {
  it('keeps a view private unless shared, and only its owner can delete it', async () => {
    ({ backend } = await startInitializedBackend());
    const owner = (await backend.ok('session:get', {})).currentStaff!;
    const mine = await backend.ok('views:save', {
      gridId: 'initiatives',
      name: 'Mijn open',
      state: { sort: { sortModel: [{ colId: 'title', sort: 'asc' }] } },
    });
    const team = await backend.ok('views:share', { gridId: 'initiatives', name: 'Team: stimuleren', state: {} });
    expect(team).toMatchObject({ shared: true, mine: true });
    expect(await backend.invoke('views:save', { gridId: 'initiatives', name: '  ', state: {} })).toMatchObject({
      ok: false,
      error: { issues: [{ messageKey: 'err.view.name' }] },
    });
    const colleague = await backend.ok('staff:create', { name: 'Collega', role: 'wijkbeheerder' });
    await backend.ok('settings:update', { currentStaffId: colleague.id });
    const seen = await backend.ok('views:list', { gridId: 'initiatives' });
    expect(seen.map((v) => [v.name, v.mine, v.ownerName])).toEqual([['Team: stimuleren', false, 'Wendy Wijkbeheer']]);
    for (const [method, id] of [
      ['views:delete', mine.id],
      ['views:unshare', team.id],
    ] as const)
      expect(await backend.invoke(method, { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    await backend.ok('settings:update', { currentStaffId: owner.id });
    await backend.ok('views:unshare', { id: team.id });
    expect((await backend.ok('views:list', { gridId: 'initiatives' })).map((v) => v.name)).toEqual(['Mijn open']);
  });
});
