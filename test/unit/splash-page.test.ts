import { createHash } from 'node:crypto';
import { copyFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splashHtml, startupMessage } from '../../electron/main/splash-page';
import { createBackend } from '../../electron/backend/create-backend';
import { memorySettingsStore } from '../../electron/backend/settings-store';
import { tempDir } from '../fixtures/backend';

describe('the window shown while Samenspel starts', () => {
  it('says it checks the data, or, the first start after encryption was turned on, what it encrypts', () => {
    const dataDir = tempDir();
    expect(startupMessage(dataDir)).toMatch(/^De gegevens worden gecontroleerd/);
    createBackend({ dataDir, settings: memorySettingsStore(), mode: 'test', log: () => {} }).close();
    copyFileSync(join(dataDir, 'samenspel.db'), join(dataDir, 'samenspel.db.voor-terugzetten'));
    expect(startupMessage(dataDir)).toMatch(/^De gegevens worden gecontroleerd/);
    // Turned on in Instellingen: the marker is written, the files are encrypted at the next start.
    writeFileSync(join(dataDir, 'versleuteld.json'), '{}');
    const bytes = ['samenspel.db', 'samenspel.db.voor-terugzetten'].reduce(
      (sum, file) => sum + statSync(join(dataDir, file)).size,
      0,
    );
    expect(startupMessage(dataDir)).toBe(
      `De database en de back-ups worden versleuteld (2 bestanden, ${Math.ceil(bytes / 1_048_576)} MB). Dit kan ` +
        'enkele minuten duren; sluit Samenspel niet af.',
    );
  });

  it('allows its one style block by hash and nothing else, and writes the message as text', () => {
    const html = splashHtml('Bijna <b>klaar</b> & "zo"');
    const style = /<style>([\s\S]*)<\/style>/.exec(html)![1]!;
    const hash = createHash('sha256').update(style).digest('base64');
    expect(html).toContain(`content="default-src 'none'; style-src 'sha256-${hash}'"`);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<p>Bijna &#60;b&#62;klaar&#60;/b&#62; &#38; &#34;zo&#34;</p>');
    expect(html).toContain('<h1>Samenspel wordt gestart</h1>');
  });
});
