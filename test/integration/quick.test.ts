import { describe, expect, it } from 'vitest';
import { sampleComplex, startInitializedBackend } from '../fixtures/backend';

describe('smoke', () => {
  it('creates a complex and an initiative', async () => {
    const { backend } = await startInitializedBackend({ demo: true });
    const complex = await backend.ok('complexes:create', sampleComplex());
    const created = await backend.ok('initiatives:create', { complexId: complex.id, title: 'Tuin', origin: 'bewoners', practiceType: 'zelf_beter' });
    expect(created.initiative.status).toBe('aangemaakt');
    const list = await backend.ok('initiatives:list', {});
    expect(list.length).toBe(301);
    backend.dispose();
  });
});
