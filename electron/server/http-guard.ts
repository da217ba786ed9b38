import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-samenspel-token';
export const TOKEN_COOKIE = 'samenspel_token';

/** The origins a page of this server has: loopback by IP and by name, on our port only. */
export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/**
 * SECURITY: the Host header must name this server on loopback, which stops DNS-rebinding pages from talking
 * to us under their own host name.
 */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedOrigins(port).some((origin) => origin === `http://${host}`);
}

/** SECURITY: a request sent by another web page carries its Origin; only our own pages may call the API. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  return origin === undefined || allowedOrigins(port).includes(origin);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The token a request carries: header (API clients), ?token= (the address printed at start-up), or cookie (the
 * app's own page). The address comes before the cookie: after a restart the browser still holds the last run's
 * cookie (cookies do not tell ports apart), and the new address must replace it instead of being refused.
 */
export function presentedToken(request: IncomingMessage, url: URL): { token?: string; fromQuery: boolean } {
  const header = request.headers[TOKEN_HEADER];
  if (typeof header === 'string') return { token: header, fromQuery: false };
  const query = url.searchParams.get('token');
  if (query) return { token: query, fromQuery: true };
  return { token: cookieValue(request.headers.cookie, TOKEN_COOKIE), fromQuery: false };
}
