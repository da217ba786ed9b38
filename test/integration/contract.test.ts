import { afterEach, describe, expect, it } from 'vitest';
import { AREAS } from '../../shared/contract/events';
import { isCommand } from '../../shared/contract/method';
import { methods, type MethodName } from '../../shared/contract/methods';
import { handlers } from '../../electron/backend/handlers';
import { startBrowserServer, type BrowserServer } from '../../electron/server/server';
import { sampleComplex, startInitializedBackend, type TestBackend } from '../fixtures/backend';
import { tempDir } from '../fixtures/backend';

let backend: TestBackend;
let server: BrowserServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  backend?.dispose();
});

async function overHttp(method: string, input: unknown) {
  const response = await fetch(`http://127.0.0.1:${server!.port}/api/call`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Samenspel-Token': server!.token },
    body: JSON.stringify({ method, input }),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('the contract', () => {
  it('has a handler for every method and a method for every handler, each declaring its effects', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(methods).sort());
    for (const name of Object.keys(methods) as MethodName[]) {
      expect(name).toMatch(/^[a-z]+:[a-z]+$/i);
      const { effects } = methods[name];
      const areas = isCommand(effects) ? effects.changes : effects.reads;
      for (const area of areas) expect(AREAS).toContain(area);
      if (isCommand(effects)) expect(['offline', 'online', 'local']).toContain(effects.sync);
    }
    // A query never changes data, so it never needs the connection; money decisions and erasure always do.
    for (const name of [
      'grants:decide',
      'grants:approve',
      'residents:erase',
      'staff:setMandate',
      'advice:updateRules',
    ] as const) {
      expect(methods[name].effects).toMatchObject({ sync: 'online' });
    }
  });

  it('emits exactly the declared change events after a successful command, and none after a refused one', async () => {
    ({ backend } = await startInitializedBackend());
    const seen: string[] = [];
    backend.events.subscribe((event) => seen.push(event));
    const complex = await backend.ok('complexes:create', sampleComplex());
    expect(seen).toEqual(['complexes:changed']);
    seen.length = 0;
    await backend.call('complexes:create', sampleComplex({ code: complex.code }));
    await backend.call('complexes:list', {});
    expect(seen).toEqual([]);
    const lead = await backend.ok('staff:create', { name: 'Teun Teamleider', role: 'teamleider' });
    await backend.ok('settings:update', { currentStaffId: lead.id });
    seen.length = 0;
    // staff:setMandate used to emit nothing, so other windows never saw a new mandate.
    await backend.ok('staff:setMandate', { staffId: lead.id, mandateCents: 10_000 });
    expect(seen).toEqual(['staff:changed']);
  });

  it('answers an unknown method with UNKNOWN_METHOD', async () => {
    ({ backend } = await startInitializedBackend());
    expect(await backend.call('complexes:drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await backend.call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('gives identical results through direct calls and the HTTP transport', async () => {
    ({ backend } = await startInitializedBackend());
    server = await startBrowserServer({ backend, staticDir: tempDir() });
    const complex = await backend.ok('complexes:create', sampleComplex());
    const cases: [string, unknown][] = [
      ['complexes:list', {}],
      ['complexes:get', { id: complex.id }],
      ['complexes:get', { id: 'not-a-uuid' }],
      ['complexes:create', sampleComplex()],
      ['complexes:create', sampleComplex({ code: '', homes: -1 })],
      ['initiatives:list', {}],
      ['initiatives:transition', { id: complex.id, version: 1, to: 'verzonnen' }],
      ['audit:list', { entityId: complex.id }],
      ['nope:nothing', {}],
    ];
    for (const [method, input] of cases) {
      const direct = await backend.call(method, input);
      const http = await overHttp(method, input);
      expect(http.body).toEqual(direct);
    }
  });
});
