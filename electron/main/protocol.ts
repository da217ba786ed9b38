import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { contentDisposition } from '../backend/attachments/download-name';
import type { Backend } from '../backend/create-backend';
import { contentSecurityPolicy, newNonce, renderIndexHtml } from '../backend/renderer-page';
import { cacheControl, contentType, resolveStaticPath } from '../backend/static-files';
import { APP_HOST, APP_SCHEME } from './security';

/**
 * Must run before the app is ready: app:// behaves like a secure, standard origin (fetch, storage, CSP). With
 * codeCache, V8 keeps its compiled code of the renderer's scripts between starts, as it does for a website.
 */
export function registerAppScheme() {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * Serves the built renderer from app://samenspel/ instead of file://, so the page has a real origin and
 * cannot read arbitrary files. SECURITY: paths are resolved inside the renderer folder only.
 */
export function serveRenderer(rendererDir: string, backend: Backend) {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const attachment = url.host === APP_HOST ? /^\/api\/attachments\/([0-9a-f-]{36})$/.exec(url.pathname) : null;
    const exported = url.host === APP_HOST ? /^\/api\/exports\/([0-9a-f-]{36})\.xlsx$/.exec(url.pathname) : null;
    if (exported) {
      const path = backend.exportFile(exported[1]!);
      if (!path) return new Response('Niet gevonden', { status: 404 });
      return new Response(await readFile(path), {
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': 'attachment',
        },
      });
    }
    if (attachment) {
      const file = backend.attachment(attachment[1]!);
      const bytes = await file?.read();
      if (!file || !bytes) return new Response('Niet gevonden', { status: 404 });
      return new Response(bytes, {
        headers: {
          'Content-Type': file.mime,
          'Content-Security-Policy': "default-src 'none'; sandbox",
          'Content-Disposition': contentDisposition(url.searchParams.get('naam'), file.mime),
        },
      });
    }
    const path = url.host === APP_HOST ? resolveStaticPath(rendererDir, url.pathname) : null;
    if (!path) return new Response('Niet gevonden', { status: 404 });
    try {
      const body = await readFile(path);
      if (path.endsWith('index.html')) {
        const nonce = newNonce();
        return new Response(renderIndexHtml(body.toString('utf8'), nonce), {
          headers: {
            'Content-Type': 'text/html; charset=utf-8',
            'Content-Security-Policy': contentSecurityPolicy(nonce),
          },
        });
      }
      return new Response(body, {
        headers: { 'Content-Type': contentType(path), 'Cache-Control': cacheControl(url.pathname) },
      });
    } catch {
      return new Response('Niet gevonden', { status: 404 });
    }
  });
}
