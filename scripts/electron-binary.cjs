// Finds the Electron binary that `npm install` downloaded, without throwing. CommonJS so that the npm
// scripts (ESM) and the Playwright suite (transpiled to CommonJS) can both load it.
const { existsSync } = require('node:fs');

/** @returns {{ok: true, path: string} | {ok: false, reason: string}} */
function electronBinary() {
  let path;
  try {
    // The electron package exports the path of its downloaded binary, and throws when the download never happened.
    path = require('electron');
  } catch (error) {
    const missing = error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes("'electron'");
    return { ok: false, reason: missing ? 'the electron package is not installed' : 'its binary was not downloaded' };
  }
  if (typeof path !== 'string' || !existsSync(path)) return { ok: false, reason: 'its binary was not downloaded' };
  return { ok: true, path };
}

module.exports = { electronBinary };
