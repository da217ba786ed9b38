import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isTrustedSender, secureWebPreferences } from '../../electron/main/security';
import { allowedOrigins, hostAllowed, originAllowed, sameToken } from '../../electron/server/http-guard';

describe('main-process URL allowlist', () => {
  it.each([
    ['app://samenspel/index.html', true],
    ['app://samenspel/#/complexen', true],
    ['app://other/index.html', false],
    ['https://example.com', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['not a url', false],
  ])('%s allowed: %s', (url, allowed) => {
    expect(isAllowedNavigation(url)).toBe(allowed);
  });

  it('trusts IPC only from our own frames', () => {
    expect(isTrustedSender('app://samenspel/index.html')).toBe(true);
    expect(isTrustedSender('https://evil.example')).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('creates windows with every protection on', () => {
    const prefs = secureWebPreferences('/p/preload.cjs', true);
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
  });
});

describe('browser-mode request guard', () => {
  it('accepts only loopback hosts on our port', () => {
    expect(allowedOrigins(4000)).toEqual(['http://127.0.0.1:4000', 'http://localhost:4000']);
    expect(hostAllowed('127.0.0.1:4000', 4000)).toBe(true);
    expect(hostAllowed('localhost:4000', 4000)).toBe(true);
    expect(hostAllowed('evil.example:4000', 4000)).toBe(false);
    expect(hostAllowed('127.0.0.1:4001', 4000)).toBe(false);
    expect(hostAllowed(undefined, 4000)).toBe(false);
  });
  it('accepts requests without Origin (non-browser clients carry the token) or from our own origin', () => {
    expect(originAllowed(undefined, 4000)).toBe(true);
    expect(originAllowed('http://127.0.0.1:4000', 4000)).toBe(true);
    expect(originAllowed('http://evil.example', 4000)).toBe(false);
    expect(originAllowed('null', 4000)).toBe(false);
  });
  it('compares tokens exactly', () => {
    expect(sameToken('abc', 'abc')).toBe(true);
    expect(sameToken('abd', 'abc')).toBe(false);
    expect(sameToken('ab', 'abc')).toBe(false);
    expect(sameToken(undefined, 'abc')).toBe(false);
  });
});
