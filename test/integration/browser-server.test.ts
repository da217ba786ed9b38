import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../electron/server/server';
import { TOKEN_COOKIE } from '../../electron/server/http-guard';
import { startInitializedBackend, tempDir, type TestBackend } from '../fixtures/backend';

let backend: TestBackend;
let server: BrowserServer;

beforeEach(async () => {
  ({ backend } = await startInitializedBackend());
  const staticDir = tempDir();
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<meta name="n" content="__CSP_NONCE__">');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(staticDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  server = await startBrowserServer({ backend, staticDir });
});
afterEach(async () => {
  await server.close();
  backend.dispose();
});

/** A raw request, so tests can send any Host, Origin or body a hostile page could. */
function send(options: { path?: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: options.path ?? '/api/call',
          method: options.method ?? 'POST',
          headers: { Host: `127.0.0.1:${server.port}`, ...options.headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(options.body);
    },
  );
}

const json = { 'Content-Type': 'application/json' };
const call = JSON.stringify({ method: 'complexes:list', input: {} });

describe('browser-mode HTTP transport', () => {
  it('listens on loopback and prints an address with the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('answers 401 without a token or with a wrong one', async () => {
    expect((await send({ headers: json, body: call })).status).toBe(401);
    const wrong = await send({ headers: { ...json, 'X-Samenspel-Token': 'x'.repeat(48) }, body: call });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect((await send({ method: 'GET', path: '/' })).status).toBe(401);
  });

  it('answers 403 to a foreign Origin and to a foreign Host, even with the right token', async () => {
    const origin = await send({
      headers: { ...json, 'X-Samenspel-Token': server.token, Origin: 'http://evil.example' },
      body: call,
    });
    expect(origin.status).toBe(403);
    expect(JSON.parse(origin.body)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const host = await send({
      headers: { ...json, 'X-Samenspel-Token': server.token, Host: 'evil.example' },
      body: call,
    });
    expect(host.status).toBe(403);
  });

  it('answers 400 to a body that is not JSON and 413 to one over 1 MB', async () => {
    const auth = { ...json, 'X-Samenspel-Token': server.token };
    const notJson = await send({ headers: auth, body: '{not json' });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({
      error: { code: 'BAD_REQUEST', message: 'Het verzoek is geen geldige JSON.' },
    });
    expect((await send({ headers: { ...auth, 'Content-Type': 'text/plain' }, body: call })).status).toBe(400);
    const big = await send({
      headers: auth,
      body: JSON.stringify({ method: 'complexes:list', input: { pad: 'x'.repeat(1024 * 1024) } }),
    });
    expect(big.status).toBe(413);
    // Without a Content-Length (chunked), the answer is still a 413, not a reset connection.
    const chunked = await send({
      headers: { ...auth, 'Transfer-Encoding': 'chunked' },
      body: JSON.stringify({ method: 'complexes:list', input: { pad: 'x'.repeat(2 * 1024 * 1024) } }),
    });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body)).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('answers an unknown method with 400 UNKNOWN_METHOD', async () => {
    const response = await send({
      headers: { ...json, 'X-Samenspel-Token': server.token },
      body: JSON.stringify({ method: 'db:drop', input: {} }),
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'UNKNOWN_METHOD' } });
  });

  it('turns the first token into a strict HTTP-only cookie, then serves the page with a CSP nonce', async () => {
    const first = await send({ method: 'GET', path: `/?token=${server.token}` });
    expect(first.status).toBe(302);
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const page = await send({ method: 'GET', path: '/', headers: { Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    const nonce = /content="([^"]+)"/.exec(page.body)![1]!;
    expect(nonce).not.toBe('__CSP_NONCE__');
    expect(page.headers['content-security-policy']).toContain(`'nonce-${nonce}'`);
    expect(page.headers['x-frame-options']).toBe('DENY');
    const again = await send({ method: 'GET', path: '/', headers: { Cookie: cookie.split(';')[0]! } });
    expect(again.body).not.toContain(nonce);
  });

  it('the address printed at a restart replaces the last run’s cookie; a stale cookie alone is refused', async () => {
    const stale = `${TOKEN_COOKIE}=${'0'.repeat(48)}`;
    expect((await send({ method: 'GET', path: '/', headers: { Cookie: stale } })).status).toBe(401);
    const fresh = await send({ method: 'GET', path: `/?token=${server.token}`, headers: { Cookie: stale } });
    expect(fresh.status).toBe(302);
    expect(String(fresh.headers['set-cookie'])).toContain(`${TOKEN_COOKIE}=${server.token}`);
    const wrong = await send({ method: 'GET', path: `/?token=${'1'.repeat(48)}`, headers: { Cookie: stale } });
    expect(wrong.status).toBe(401);
  });

  it('lets the browser keep the content-named scripts for good, and asks again for the page and the icon', async () => {
    const auth = { 'X-Samenspel-Token': server.token };
    const script = await send({ method: 'GET', path: '/assets/app.js', headers: auth });
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await send({ method: 'GET', path: '/favicon.svg', headers: auth })).headers['cache-control']).toBe(
      'no-cache',
    );
    expect((await send({ method: 'GET', path: '/', headers: auth })).headers['cache-control']).toBe('no-store');
  });

  it('never serves files outside the renderer folder', async () => {
    const auth = { 'X-Samenspel-Token': server.token };
    expect((await send({ method: 'GET', path: '/assets/app.js', headers: auth })).status).toBe(200);
    expect((await send({ method: 'GET', path: '/../../etc/passwd', headers: auth })).body).not.toContain('root:');
    const encoded = await send({ method: 'GET', path: '/%2e%2e/%2e%2e/etc/passwd', headers: auth });
    expect([400, 404]).toContain(encoded.status);
    expect(encoded.body).not.toContain('root:');
  });
});
