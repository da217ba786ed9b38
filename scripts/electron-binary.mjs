// Finds the Electron binary that `npm install` downloaded, without throwing.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';

const require = createRequire(import.meta.url);

/** @returns {{ok: true, path: string} | {ok: false, reason: string}} */
export function electronBinary() {
  let path;
  try {
    // The electron package exports the path of its downloaded binary, and throws when the download never happened.
    path = require('electron');
  } catch (error) {
    const missing = error && error.code === 'MODULE_NOT_FOUND';
    return { ok: false, reason: missing ? 'the electron package is not installed' : 'its binary was not downloaded' };
  }
  if (typeof path !== 'string' || !existsSync(path)) return { ok: false, reason: 'its binary was not downloaded' };
  return { ok: true, path };
}
