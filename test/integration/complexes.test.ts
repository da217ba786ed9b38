import { afterEach, describe, expect, it } from 'vitest';
import { sampleComplex, startInitializedBackend, startTestBackend, type TestBackend } from '../fixtures/backend';

let backend: TestBackend;
afterEach(() => backend?.dispose());

const count = (b: TestBackend, table: string) =>
  (b.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('complexes through the registry', () => {
  it('refuses changes before first start', async () => {
    backend = startTestBackend();
    const result = await backend.invoke('complexes:create', sampleComplex());
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_INITIALIZED' } });
  });

  it('creates, lists with open counts, updates with the version, and audits every step', async () => {
    ({ backend } = await startInitializedBackend());
    const created = await backend.ok('complexes:create', sampleComplex({ postcode: '1234ab' }));
    expect(created).toMatchObject({ code: 'C2001', postcode: '1234 AB', version: 1, openInitiatives: 0 });
    await backend.ok('initiatives:create', {
      complexId: created.id,
      title: 'Tuin',
      origin: 'bewoners',
      practiceType: 'zelf_beter',
    });
    const [listed] = await backend.ok('complexes:list', {});
    expect(listed).toMatchObject({ id: created.id, openInitiatives: 1 });

    const updated = await backend.ok('complexes:update', {
      ...sampleComplex({ homes: 50 }),
      id: created.id,
      version: 1,
    });
    expect(updated).toMatchObject({ homes: 50, version: 2 });
    const audit = await backend.ok('audit:list', { entityId: created.id });
    expect(audit.map((a) => a.action)).toEqual(['update', 'create']);
    expect(audit[0]!.changes).toEqual({ homes: { from: 48, to: 50 } });
    expect(audit[0]!.actorName).toBe('Wendy Wijkbeheer');
  });

  it('rejects a duplicate code (also in other letter case) on the code field, and stores nothing', async () => {
    ({ backend } = await startInitializedBackend());
    await backend.ok('complexes:create', sampleComplex());
    const result = await backend.invoke('complexes:create', sampleComplex({ code: 'c2001', name: 'Ander' }));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [
          {
            path: 'code',
            messageKey: 'err.complex.code.duplicate',
            message: 'Complexcode c2001 bestaat al. Kies een andere code.',
          },
        ],
      },
    });
    expect(count(backend, 'complexes')).toBe(1);
  });

  it.each([
    [{ code: '' }, 'code', 'Vul een complexcode in.'],
    [{ homes: -3 }, 'homes', 'Het aantal woningen kan niet negatief zijn.'],
    [{ homes: 2.5 }, 'homes', 'Het aantal woningen is een heel getal.'],
    [{ homes: 10_001 }, 'homes', 'Meer dan 10.000 woningen in één complex is niet aannemelijk.'],
  ])('rejects %o with a Dutch message on %s and changes nothing', async (override, path, message) => {
    ({ backend } = await startInitializedBackend());
    const auditBefore = count(backend, 'audit_log');
    const result = await backend.invoke('complexes:create', sampleComplex(override));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message, issues: [{ path, message }] } });
    expect(count(backend, 'complexes')).toBe(0);
    expect(count(backend, 'audit_log')).toBe(auditBefore);
  });

  it('tells the second of two editors that the record changed, and keeps the first edit', async () => {
    ({ backend } = await startInitializedBackend());
    const created = await backend.ok('complexes:create', sampleComplex());
    await backend.ok('complexes:update', { ...sampleComplex({ name: 'Eerste' }), id: created.id, version: 1 });
    const second = await backend.invoke('complexes:update', {
      ...sampleComplex({ name: 'Tweede' }),
      id: created.id,
      version: 1,
    });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT', messageKey: 'err.conflict.changed' } });
    expect((await backend.ok('complexes:get', { id: created.id })).name).toBe('Eerste');
  });

  it('archives instead of deleting, hides archived complexes by default, and restores them', async () => {
    ({ backend } = await startInitializedBackend());
    const created = await backend.ok('complexes:create', sampleComplex());
    const archived = await backend.ok('complexes:archive', { id: created.id, version: 1 });
    expect(archived.archivedAt).not.toBeNull();
    expect(await backend.ok('complexes:list', {})).toHaveLength(0);
    expect(await backend.ok('complexes:list', { includeArchived: true })).toHaveLength(1);
    const refused = await backend.invoke('initiatives:create', {
      complexId: created.id,
      title: 'X',
      origin: 'bewoners',
      practiceType: 'anders',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', messageKey: 'err.complex.archived' } });
    await backend.ok('complexes:restore', { id: created.id, version: archived.version });
    const audit = await backend.ok('audit:list', { entityId: created.id });
    expect(audit.map((a) => a.action)).toEqual(['restore', 'archive', 'create']);
  });

  it('answers NOT_FOUND for an unknown complex id', async () => {
    ({ backend } = await startInitializedBackend());
    const result = await backend.invoke('complexes:get', { id: '0190a0b0-0000-7000-8000-000000000001' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Dit complex bestaat niet (meer).' },
    });
  });

  it('keeps the audit log append-only in the database itself', async () => {
    ({ backend } = await startInitializedBackend());
    await backend.ok('complexes:create', sampleComplex());
    expect(() => backend.db.prepare("UPDATE audit_log SET action = 'update'").run()).toThrow(/append-only/);
    expect(() => backend.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('has CHECK constraints behind the validation', async () => {
    ({ backend } = await startInitializedBackend());
    const created = await backend.ok('complexes:create', sampleComplex());
    expect(() => backend.db.prepare('UPDATE complexes SET homes = -1 WHERE id = ?').run(created.id)).toThrow(/CHECK/);
    expect(() =>
      backend.db.prepare("UPDATE complexes SET building_type = 'kasteel' WHERE id = ?").run(created.id),
    ).toThrow(/CHECK/);
  });
});
