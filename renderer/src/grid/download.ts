/** Hands a file to the user by a link click: a download in browser mode; Electron shows its save dialog for it. */
export function downloadUrl(url: string, name: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
}

/** The same for content made in the page (CSV, templates). */
export function downloadFile(name: string, content: BlobPart | BlobPart[], type: string) {
  const url = URL.createObjectURL(new Blob(Array.isArray(content) ? content : [content], { type }));
  downloadUrl(url, name);
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
