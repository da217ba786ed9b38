/**
 * The window shown while Samenspel starts: at a corporation's scale the start-up check of the database takes
 * seconds, and the first start after "Database versleutelen" rewrites every database file (about 10 s per GB).
 * Without it, nothing showed on screen all that time. Pure (no Electron import), so it is unit-tested in Node and
 * looked at in Chromium.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { isMarkedEncrypted, plainDatabaseFiles } from '../backend/db/encryption';
import nl from '../../shared/i18n/nl.json';
import { translate } from '../../shared/i18n/translate';

/** What the start is about to do, in Dutch: encrypting what is still plain, or the usual check. */
export function startupMessage(dataDir: string): string {
  const plain = isMarkedEncrypted(dataDir) ? plainDatabaseFiles(dataDir) : [];
  if (plain.length === 0) return translate(nl, 'splash.checking');
  const bytes = plain.reduce((sum, file) => sum + statSync(file).size, 0);
  return translate(nl, 'splash.encrypting', { files: plain.length, mb: Math.ceil(bytes / 1_048_576) });
}

const STYLE = `
  :root { font-family: system-ui, 'Segoe UI', Roboto, Arial, sans-serif; color: #1b2326; background: #f4f7f7; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; }
  main { max-width: 26rem; padding: 2rem; text-align: center; }
  h1 { font-size: 1.4rem; margin: 0 0 0.75rem; color: #1d5c63; }
  p { margin: 0; line-height: 1.5; }
  .busy { width: 2rem; height: 2rem; margin: 1.25rem auto 0; border-radius: 50%;
    border: 3px solid #d5dde0; border-top-color: #1d5c63; animation: turn 1s linear infinite; }
  @keyframes turn { to { transform: rotate(360deg); } }
  @media (prefers-reduced-motion: reduce) { .busy { animation: none; } }
`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page itself. SECURITY: no script at all, and a policy that allows nothing but this one style block (by its
 * hash), so the page can load nothing from anywhere.
 */
export function splashHtml(message: string): string {
  const styleHash = createHash('sha256').update(STYLE).digest('base64');
  const policy = `default-src 'none'; style-src 'sha256-${styleHash}'`;
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>${escapeHtml(translate(nl, 'app.name'))}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(translate(nl, 'splash.title'))}</h1>
<p>${escapeHtml(message)}</p>
<div class="busy" aria-hidden="true"></div>
</main>
</body>
</html>`;
}
