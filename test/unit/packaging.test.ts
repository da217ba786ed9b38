import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('electron-builder configuration', () => {
  const config = readFileSync('electron-builder.yml', 'utf8');

  it('flips the security fuses', () => {
    for (const fuse of [
      'runAsNode: false',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'enableEmbeddedAsarIntegrityValidation: true',
      'onlyLoadAppFromAsar: true',
      'grantFileProtocolExtraPrivileges: false',
    ]) {
      expect(config).toContain(fuse);
    }
  });

  it('targets Windows NSIS, macOS dmg, and Linux AppImage and deb', () => {
    expect(config).toMatch(/win:\s+target: nsis/);
    expect(config).toMatch(/mac:\s+target: dmg/);
    expect(config).toMatch(/- AppImage\s+- deb/);
  });

  it('packages with one exact electron-builder version, so two builds of one commit use the same tool', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.dist).toMatch(/electron-builder@\d+\.\d+\.\d+ /);
  });
});
