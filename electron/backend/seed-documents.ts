import { isOpen } from '../../shared/domain/status';
import type { AttachmentStore } from './attachments/store';
import type { Repositories } from './db/repositories';
import { uuidv7 } from './db/ids';

/** Text in a PDF string: parentheses and backslashes escaped, and only what Helvetica's standard encoding has. */
const pdfText = (text: string) => text.replace(/[^\x20-\x7e]/g, '?').replace(/([()\\])/g, '\\$1');

/**
 * A one-page PDF with a title and lines of text, as a reader opens it: real objects, a cross-reference table with
 * the byte offset of each, and the standard Helvetica font (nothing embedded).
 */
export function simplePdf(title: string, lines: string[]): Buffer {
  const text = [
    'BT /F1 18 Tf 72 770 Td',
    `(${pdfText(title)}) Tj`,
    '/F1 11 Tf 0 -28 Td 14 TL',
    ...lines.map((line) => `(${pdfText(line)}) Tj T*`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = Buffer.byteLength(pdf, 'latin1');
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** The demo's documents: a plan of approach on the open initiative of the first four complexes. */
export function seedDemoDocuments(repos: Repositories, files: AttachmentStore, options: { by: string; now: Date }) {
  const at = options.now.toISOString();
  for (const complex of repos.complexes.list(false).slice(0, 4)) {
    const initiative = repos.initiatives.list({ complexId: complex.id }).find((i) => isOpen(i.status));
    if (!initiative) continue;
    const bytes = simplePdf(`Plan van aanpak: ${initiative.title}`, [
      `Complex ${complex.code}, ${complex.name}`,
      'Wat willen we bereiken: een plek die bewoners samen onderhouden.',
      'Wie doet wat: de trekker plant, buren helpen op zaterdagochtend.',
      'Wat vragen we van de corporatie: materiaal en een aanspreekpunt.',
    ]);
    const attachmentId = uuidv7();
    const sha256 = files.put(bytes);
    repos.visits.insertAttachment({
      id: attachmentId,
      sha256,
      mime: 'application/pdf',
      size: bytes.length,
      purpose: 'document',
      at,
      by: options.by,
    });
    repos.documents.insert(
      { id: uuidv7(), initiativeId: initiative.id, attachmentId, kind: 'plan', title: 'Plan van aanpak' },
      { at, by: options.by },
    );
  }
}
