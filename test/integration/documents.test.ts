import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentDisposition, downloadName } from '../../electron/backend/attachments/download-name';
import { sampleComplex, startInitializedBackend, testClock, type TestBackend } from '../fixtures/backend';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF').toString('base64');
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex').toString('base64');

let backend: TestBackend;
afterEach(() => backend?.dispose());

async function initiative() {
  const complex = await backend.ok('complexes:create', sampleComplex());
  const created = await backend.ok('initiatives:create', {
    complexId: complex.id,
    title: 'Binnentuin',
    origin: 'bewoners',
    practiceType: 'zelf_beter',
  });
  return created.initiative.id;
}

describe("an initiative's own documents", () => {
  it('files a plan and minutes, renames one, archives and restores it; the change log names each step', async () => {
    ({ backend } = await startInitializedBackend());
    const initiativeId = await initiative();
    const file = await backend.ok('attachments:upload', { purpose: 'document', dataBase64: PDF });
    const plan = await backend.ok('documents:add', {
      initiativeId,
      attachmentId: file.id,
      kind: 'plan',
      title: '  Plan van aanpak  ',
    });
    expect(plan).toMatchObject({ title: 'Plan van aanpak', kind: 'plan', mime: 'application/pdf', version: 1 });
    expect(plan.createdByName).toBe('Wendy Wijkbeheer');
    const minutes = await backend.ok('documents:add', {
      initiativeId,
      attachmentId: file.id,
      kind: 'notulen',
      title: 'Notulen bewonersavond',
    });
    expect((await backend.ok('documents:list', { initiativeId })).map((d) => d.title)).toEqual([
      'Notulen bewonersavond',
      'Plan van aanpak',
    ]);

    const renamed = await backend.ok('documents:update', {
      id: plan.id,
      version: 1,
      kind: 'brief',
      title: 'Brief aan de bewoners',
    });
    // The second window still holds version 1: its change is refused, not written over the first.
    expect(
      await backend.invoke('documents:update', { id: plan.id, version: 1, kind: 'plan', title: 'Oud' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const archived = await backend.ok('documents:setArchived', { id: minutes.id, version: 1, archived: true });
    expect((await backend.ok('documents:list', { initiativeId })).map((d) => d.id)).toEqual([renamed.id]);
    await backend.ok('documents:setArchived', { id: minutes.id, version: archived.version, archived: false });
    expect(await backend.ok('documents:list', { initiativeId })).toHaveLength(2);

    const log = await backend.ok('audit:list', { entityId: initiativeId });
    const documentChanges = log.filter((e) => 'document' in e.changes).map((e) => e.changes.document);
    expect(documentChanges).toEqual([
      { from: null, to: 'Notulen bewonersavond' },
      { from: 'Notulen bewonersavond', to: null },
      { from: 'Plan van aanpak', to: 'Brief aan de bewoners' },
      { from: null, to: 'Notulen bewonersavond' },
      { from: null, to: 'Plan van aanpak' },
    ]);
  });

  it('refuses a visit photo, an unknown file or initiative and a blank title, and stores nothing', async () => {
    ({ backend } = await startInitializedBackend());
    const initiativeId = await initiative();
    const photo = await backend.ok('attachments:upload', { purpose: 'visit-photo', dataBase64: PNG });
    const file = await backend.ok('attachments:upload', { purpose: 'document', dataBase64: PDF });
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ attachmentId: photo.id }, 'attachmentId', 'err.document.notDocument'],
      [{ attachmentId: '0190a000-0000-7000-8000-000000000000' }, 'attachmentId', 'err.document.fileUnknown'],
      [{ initiativeId: '0190a000-0000-7000-8000-000000000000' }, 'initiativeId', 'err.notFound.initiative'],
      [{ title: '   ' }, 'title', 'err.document.title.required'],
      [{ title: 'x'.repeat(201) }, 'title', 'err.document.title.tooLong'],
      [{ kind: 'foto' }, 'kind', 'err.document.kind'],
    ];
    for (const [change, path, messageKey] of refusals) {
      const input = { initiativeId, attachmentId: file.id, kind: 'plan', title: 'Plan', ...change };
      expect(await backend.invoke('documents:add', input as never)).toMatchObject({
        ok: false,
        error: { issues: [{ path, messageKey }] },
      });
    }
    expect(await backend.ok('documents:list', { initiativeId })).toEqual([]);

    // The database refuses a photo filed as a document too, whoever writes the row.
    const db = new Database(join(backend.dataDir, 'samenspel.db'));
    const me = (await backend.ok('session:get', {})).currentStaff!.id;
    expect(() =>
      db
        .prepare(
          `INSERT INTO initiative_documents (id, initiative_id, attachment_id, kind, title, created_at, created_by,
             updated_at, updated_by) VALUES ('d1', ?, ?, 'plan', 'Foto', '2026-01-01', ?, '2026-01-01', ?)`,
        )
        .run(initiativeId, photo.id, me, me),
    ).toThrow(/not a document/);
    db.close();
  });
});

describe('the name a stored file downloads under', () => {
  it('is the asked name, cleaned, with the extension of its real type', () => {
    expect(downloadName('Getekende overeenkomst Fatima el Idrissi', 'application/pdf')).toBe(
      'Getekende overeenkomst Fatima el Idrissi.pdf',
    );
    expect(downloadName('Bon 2026-03-01 verf/kwasten: "wit"', 'image/jpeg')).toBe(
      'Bon 2026-03-01 verf kwasten wit.jpg',
    );
    expect(downloadName('plan.PDF', 'application/pdf')).toBe('plan.PDF');
    expect(downloadName(null, 'image/png')).toBe('bestand.png');
    expect(downloadName('..', 'application/pdf')).toBe('bestand.pdf');
    expect(contentDisposition('Notulen – juni', 'application/pdf')).toBe(
      `inline; filename="Notulen juni.pdf"; filename*=UTF-8''Notulen%20%E2%80%93%20juni.pdf`,
    );
  });
});

describe("the demo corporation's documents", () => {
  it('has a plan of approach on four initiatives, a PDF whose text a reader extracts', async () => {
    ({ backend } = await startInitializedBackend({ demo: true, clock: testClock('2026-12-07T09:00:00.000Z') }));
    const withPlan = [];
    for (const row of await backend.ok('initiatives:list', {})) {
      const [document] = await backend.ok('documents:list', { initiativeId: row.id });
      if (document) withPlan.push({ row, document });
    }
    expect(withPlan).toHaveLength(4);
    const { row, document } = withPlan[0]!;
    expect(document).toMatchObject({ title: 'Plan van aanpak', kind: 'plan', mime: 'application/pdf' });
    const bytes = await backend.attachment(document.attachmentId)!.read();
    const text = execFileSync('pdftotext', ['-', '-'], { input: bytes!, encoding: 'utf8' });
    expect(text).toContain(`Plan van aanpak: ${row.title}`);
    expect(text).toContain('Wie doet wat');
  });
});
