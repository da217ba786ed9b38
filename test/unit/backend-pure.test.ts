import fc from 'fast-check';
import { resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffFields } from '../../electron/backend/audit-diff';
import { defaultDataDir } from '../../electron/backend/data-dir';
import { uuidv7 } from '../../electron/backend/db/ids';
import { contentSecurityPolicy, renderIndexHtml } from '../../electron/backend/renderer-page';
import { resolveStaticPath } from '../../electron/backend/static-files';
import { generateCorporation } from '../../shared/demo/generator';
import { PRACTICE_TYPES } from '../../shared/domain/vocabulary';

describe('uuidv7', () => {
  it('makes RFC 9562 version-7 ids that sort in creation order', () => {
    const ids = Array.from({ length: 2000 }, () => uuidv7());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('audit diff', () => {
  it('records only changed fields, with before and after', () => {
    const changes = diffFields({ a: 1, b: ['x'], c: 'same' }, { a: 2, b: ['x', 'y'], c: 'same' }, ['a', 'b', 'c']);
    expect(changes).toEqual({ a: { from: 1, to: 2 }, b: { from: ['x'], to: ['x', 'y'] } });
  });
  it('a create lists every field from null', () => {
    expect(diffFields(null, { a: 'v' }, ['a'])).toEqual({ a: { from: null, to: 'v' } });
  });
});

describe('static path guard', () => {
  const root = resolve('/srv/renderer');
  it('maps / to index.html and assets inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(`${root}${sep}index.html`);
    expect(resolveStaticPath(root, '/assets/app.js')).toBe(`${root}${sep}assets${sep}app.js`);
  });
  it.each([
    '/../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/..%2f..%2fsecret',
    '/a%00b',
    '/%E0%A4%A',
    '/..\\..\\windows',
  ])('refuses %s', (path) => {
    expect(resolveStaticPath(root, path)).toBeNull();
  });
  it('property: whatever the URL, a resolved path stays inside the root', () => {
    fc.assert(
      fc.property(fc.string(), (path) => {
        const resolved = resolveStaticPath(root, `/${path}`);
        if (resolved !== null) expect(resolved === root || resolved.startsWith(root + sep)).toBe(true);
      }),
    );
  });
});

describe('renderer page', () => {
  it('puts the nonce in the CSP and the page, and allows no inline or remote script', () => {
    const csp = contentSecurityPolicy('abc');
    expect(csp).toContain("style-src 'self' 'nonce-abc'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(renderIndexHtml('<meta content="__CSP_NONCE__"><i>__CSP_NONCE__</i>', 'n1')).toBe(
      '<meta content="n1"><i>n1</i>',
    );
  });
});

describe('data folder', () => {
  it('honours SAMENSPEL_DATA_DIR and otherwise uses the platform app-data folder', () => {
    expect(defaultDataDir({ SAMENSPEL_DATA_DIR: '/data/x' }, 'linux')).toBe('/data/x');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/u/.config' }, 'linux')).toBe('/home/u/.config/Samenspel');
    expect(defaultDataDir({ APPDATA: 'C:/Users/u/AppData/Roaming' }, 'win32')).toMatch(/Roaming.Samenspel$/);
    expect(defaultDataDir({}, 'darwin')).toMatch(/Library.Application Support.Samenspel$/);
  });
});

describe('corporation generator', () => {
  const options = { seed: 7, complexes: 40, initiatives: 300, wijkbeheerders: 4 };
  it('is deterministic: the same seed gives the same data', () => {
    expect(generateCorporation(options)).toEqual(generateCorporation(options));
    expect(generateCorporation({ ...options, seed: 8 })).not.toEqual(generateCorporation(options));
  });
  it('covers all five practice types, several wijken and valid status paths', () => {
    const data = generateCorporation(options);
    expect(data.complexes).toHaveLength(40);
    expect(data.initiatives).toHaveLength(300);
    const types = new Set(data.initiatives.map((i) => i.practiceType));
    for (const type of PRACTICE_TYPES.filter((t) => t !== 'anders')) expect(types).toContain(type);
    expect(new Set(data.complexes.map((c) => c.wijk)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(data.complexes.map((c) => c.code)).size).toBe(40);
    for (const initiative of data.initiatives) {
      expect(initiative.path[0]).toBe('aangemaakt');
      expect(initiative.updatedAt >= initiative.createdAt).toBe(true);
      if (initiative.path.at(-1) === 'gesloten') expect(initiative.outcome).toBeTruthy();
      if (initiative.startDate && initiative.endDate) expect(initiative.endDate >= initiative.startDate).toBe(true);
    }
  });
});

describe('chunked JSON for long lists', () => {
  it('produces exactly the JSON of the whole value, for short and long lists and for errors', async () => {
    const { jsonChunks } = await import('../../electron/server/json-chunks');
    const long = { ok: true, data: Array.from({ length: 5_001 }, (_, i) => ({ i, title: `Tuin "${i}" ö` })) };
    for (const value of [
      long,
      { ok: true, data: [{ a: 1 }] },
      { ok: true, data: [] },
      { ok: false, error: { code: 'X' } },
    ]) {
      expect([...jsonChunks(value, 1_000)].join('')).toBe(JSON.stringify(value));
    }
    expect([...jsonChunks(long, 1_000)].length).toBe(8);
  });

  it('writes a long text (grid rows) in slices that join to exactly its JSON, surrogate pairs whole', async () => {
    const { jsonChunks } = await import('../../electron/server/json-chunks');
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.integer({ min: 1, max: 40 }),
        async (text, size) => {
          const value = { ok: true, data: { columns: ['id', 'title'], rows: text, skipped: undefined } };
          const chunks = [...jsonChunks(value, 1_000, size)];
          expect(chunks.join('')).toBe(JSON.stringify(value));
          if (text.length > size) expect(chunks.length).toBeGreaterThan(4);
        },
      ),
    );
  });
});
