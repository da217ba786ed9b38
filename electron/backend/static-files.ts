import { extname, resolve, sep } from 'node:path';

/**
 * Maps a URL path onto a file inside `root`, or null when it would leave it. Used by the app:// protocol
 * and browser mode alike. SECURITY: decoding, null bytes and `..` are handled before the path is joined.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const target = resolve(base, relative);
  if (target !== base && !target.startsWith(base + sep)) return null;
  return target;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * How long a browser may keep a file of the built renderer. Vite names everything under /assets/ by its content
 * (index-BkMCxYWT.js), so a changed file has a new name and these may be kept for good: a later start then takes
 * the scripts from the cache together with V8's compiled code for them, instead of downloading and compiling
 * 1.4 MB of script again. The rest (index.html, the icon) is asked for again every time.
 */
export function cacheControl(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
