import { randomBytes } from 'node:crypto';

const NONCE_PLACEHOLDER = /__CSP_NONCE__/g;

/** A fresh nonce per page load: AG Grid injects its theme as <style> tags, which the CSP allows only with it. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * The Content Security Policy of the renderer. SECURITY: scripts only from the app itself, no eval, no inline
 * script; styles from the app or carrying this load's nonce; no framing, no plugins, no form posts elsewhere.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Fills this load's nonce into the built index.html (its CSP meta tag and the nonce meta the grid reads). */
export function renderIndexHtml(template: string, nonce: string): string {
  return template.replace(NONCE_PLACEHOLDER, nonce);
}
