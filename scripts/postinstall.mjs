// Tells the user, once, whether the Electron desktop runtime arrived. Electron is an optional
// dependency: where its binary cannot be downloaded (no internet), npm drops it and the install
// still succeeds; `npm start` then starts browser mode instead.
import { electronBinary } from './electron-binary.cjs';

const binary = electronBinary();
if (binary.ok) {
  console.log(`Samenspel: Electron desktop runtime found (${binary.path}).`);
} else {
  console.log(
    `Samenspel: the Electron desktop runtime is not available (${binary.reason}); \`npm start\` will start browser ` +
      `mode instead.`,
  );
}
