import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTP_STATUS, type ErrorCode } from '../../shared/contract/errors';
import { UPLOAD_METHODS } from '../../shared/contract/upload';
import { contentDisposition } from '../backend/attachments/download-name';
import type { Backend } from '../backend/create-backend';
import { refused } from '../backend/error-envelope';
import { contentSecurityPolicy, newNonce, renderIndexHtml } from '../backend/renderer-page';
import { cacheControl, contentType, resolveStaticPath } from '../backend/static-files';
import { hostAllowed, originAllowed, presentedToken, sameToken, TOKEN_COOKIE } from './http-guard';
import { jsonChunks } from './json-chunks';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Uploads (base64 in JSON) may be larger, on their own route and for these methods only. */
export const MAX_UPLOAD_BYTES = 70 * 1024 * 1024;
const ATTACHMENT_PATH = /^\/api\/attachments\/([0-9a-f-]{36})$/;
const EXPORT_PATH = /^\/api\/exports\/([0-9a-f-]{36})\.xlsx$/;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface BrowserServerOptions {
  backend: Backend;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
}

export interface BrowserServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendError(response: ServerResponse, code: ErrorCode, messageKey: string) {
  // A refused oversized body is not read any further: the connection closes after the answer.
  if (code === 'PAYLOAD_TOO_LARGE') response.setHeader('Connection', 'close');
  sendJson(response, HTTP_STATUS[code], refused(code, messageKey));
}

export function sendJson(response: ServerResponse, status: number, value: unknown) {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(value));
}

export function readBody(request: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limit) {
      request.resume();
      resolve('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop keeping it, but let the rest drain so the 413 reaches the client (destroying the request reset the
        // connection before the answer); the answer closes the connection.
        if (chunks.length) chunks.length = 0;
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** One contract call over /api/call (or /api/upload for the file-carrying methods), its answer streamed back. */
async function handleCall(backend: Backend, request: IncomingMessage, response: ServerResponse, upload: boolean) {
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json'))
    return sendError(response, 'BAD_REQUEST', 'err.http.notJson');
  const body = await readBody(request, upload ? MAX_UPLOAD_BYTES : MAX_BODY_BYTES);
  if (body === 'too-large') return sendError(response, 'PAYLOAD_TOO_LARGE', 'err.http.tooLarge');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return sendError(response, 'BAD_REQUEST', 'err.http.notJson');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return sendError(response, 'BAD_REQUEST', 'err.http.notJson');
  const { method, input } = parsed as { method?: unknown; input?: unknown };
  // The upload route carries only the file-carrying methods; everything else goes through /api/call's 1 MB limit.
  if (upload && !UPLOAD_METHODS.includes(String(method)))
    return sendError(response, 'BAD_REQUEST', 'err.unknownMethod');
  const result = await backend.call(method, input);
  response.writeHead(result.ok ? 200 : HTTP_STATUS[result.error.code], {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  for (const chunk of jsonChunks(result)) {
    // Respect backpressure so a slow reader never makes us buffer the whole list.
    if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve));
  }
  response.end();
}

/** The change events as server-sent events, so every window refreshes what changed. */
function openEventStream(streams: Set<ServerResponse>, request: IncomingMessage, response: ServerResponse) {
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  response.write(': connected\n\n');
  streams.add(response);
  request.on('close', () => streams.delete(response));
}

async function serveAttachment(backend: Backend, id: string, name: string | null, response: ServerResponse) {
  const file = backend.attachment(id);
  const bytes = await file?.read();
  if (!file || !bytes) return sendError(response, 'NOT_FOUND', 'err.http.notFound');
  // SECURITY: the type is the one sniffed at upload; a sandbox CSP keeps even a crafted file from running script.
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': file.mime,
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Content-Disposition': contentDisposition(name, file.mime),
    'Cache-Control': 'private, max-age=31536000, immutable',
  });
  response.end(bytes);
}

async function serveExport(backend: Backend, id: string, response: ServerResponse) {
  const path = backend.exportFile(id);
  if (!path) return sendError(response, 'NOT_FOUND', 'err.http.notFound');
  // No file name here: the page names the download ("Samenspel-overzicht 2026-12-01.xlsx", "Initiatieven …").
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': XLSX,
    'Content-Disposition': 'attachment',
    'Cache-Control': 'no-store',
  });
  response.end(await readFile(path));
}

/** The built renderer; index.html gets a fresh CSP nonce on every load. */
async function serveStatic(staticDir: string, url: URL, response: ServerResponse) {
  const path = resolveStaticPath(staticDir, url.pathname);
  if (!path) return sendError(response, 'BAD_REQUEST', 'err.invalidValue');
  let content: Buffer;
  try {
    content = await readFile(path);
  } catch {
    // Unknown paths get the app itself: the renderer uses a hash router, so this only catches typos.
    response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Niet gevonden');
    return;
  }
  if (path.endsWith('index.html')) {
    const nonce = newNonce();
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': contentSecurityPolicy(nonce),
      'Cache-Control': 'no-store',
    });
    response.end(renderIndexHtml(content.toString('utf8'), nonce));
    return;
  }
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentType(path),
    'Cache-Control': cacheControl(url.pathname),
  });
  response.end(content);
}

/**
 * Browser mode: the same backend and built renderer, served on 127.0.0.1 only. Every request must carry the
 * per-run token; Host and Origin are checked so no other page on this machine can reach the API.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const { backend, staticDir } = options;
  let port = 0;
  const streams = new Set<ServerResponse>();
  const unsubscribe = backend.events.subscribe((event, payload) => {
    for (const stream of streams) stream.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    if (!hostAllowed(request.headers.host, port)) return sendError(response, 'FORBIDDEN', 'err.http.badHost');
    if (!originAllowed(request.headers.origin, port))
      return sendError(response, 'FORBIDDEN', 'err.http.forbiddenOrigin');
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const presented = presentedToken(request, url);
    if (!sameToken(presented.token, token)) return sendError(response, 'UNAUTHORIZED', 'err.http.unauthorized');
    if (presented.fromQuery) {
      // First visit: keep the token in a strict, HTTP-only cookie and drop it from the address bar.
      response.writeHead(302, {
        ...SECURITY_HEADERS,
        'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname,
      });
      response.end();
      return;
    }
    if (url.pathname === '/api/call' && request.method === 'POST') return handleCall(backend, request, response, false);
    if (url.pathname === '/api/upload' && request.method === 'POST')
      return handleCall(backend, request, response, true);
    const exported = EXPORT_PATH.exec(url.pathname);
    if (exported && request.method === 'GET') return serveExport(backend, exported[1]!, response);
    const attachment = ATTACHMENT_PATH.exec(url.pathname);
    if (attachment && request.method === 'GET')
      return serveAttachment(backend, attachment[1]!, url.searchParams.get('naam'), response);
    if (url.pathname === '/api/events' && request.method === 'GET') return openEventStream(streams, request, response);
    if (url.pathname.startsWith('/api/')) return sendError(response, 'NOT_FOUND', 'err.http.notFound');
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return sendError(response, 'BAD_REQUEST', 'err.invalidValue');
    return serveStatic(staticDir, url, response);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) sendError(response, 'INTERNAL', 'err.internal');
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // SECURITY: loopback only; browser mode is never reachable from the network.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const stream of streams) stream.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
