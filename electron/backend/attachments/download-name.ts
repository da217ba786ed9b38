/**
 * The name a downloaded file gets ("Getekende overeenkomst Fatima el Idrissi.pdf", not its uuid). The page asks for
 * a name with `?naam=` (it knows what the file is); the name is cleaned of what a file system refuses and given the
 * extension of the type sniffed at upload. Sent as `inline`, so an opened PDF or photo still shows in place.
 */
const EXTENSIONS: Record<string, string> = { 'application/pdf': '.pdf', 'image/jpeg': '.jpg', 'image/png': '.png' };

export function downloadName(asked: string | null, mime: string): string {
  const extension = EXTENSIONS[mime] ?? '';
  const base = (asked ?? '')
    // eslint-disable-next-line no-control-regex -- control characters have no place in a file name
    .replace(/[\u0000-\u001f\u007f\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .replace(/[. ]+$/, '');
  const name = base || 'bestand';
  return name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`;
}

/** The Content-Disposition header for that name: an ASCII fallback and the exact name in UTF-8 (RFC 6266). */
export function contentDisposition(asked: string | null, mime: string): string {
  const name = downloadName(asked, mime);
  const ascii =
    name
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]|["\\%]/g, '')
      .replace(/\s+/g, ' ') || 'bestand';
  // RFC 5987 leaves only letters, digits and a few marks unencoded; encodeURIComponent also keeps ' ( ) * !.
  const utf8 = encodeURIComponent(name).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}
