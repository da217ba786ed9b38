/** A CSS string literal: quotes and backslashes escaped, line breaks removed. */
function cssString(text: string) {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * Puts a header and "Pagina n van m" on every printed page through @page margin boxes. Added as a constructed
 * stylesheet because the CSP forbids inline style elements; removed again when the report closes.
 */
export function addPrintedPageFrame(header: string, right: string, pageLabel: string, ofLabel: string) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `@page {
    size: A4; margin: 20mm 14mm 18mm;
    @top-left { content: ${cssString(header)}; font: 9pt system-ui, sans-serif; color: #444; }
    @top-right { content: ${cssString(right)}; font: 9pt system-ui, sans-serif; color: #444; }
    @bottom-right { content: ${cssString(`${pageLabel} `)} counter(page) ${cssString(` ${ofLabel} `)} ` +
      `counter(pages); font: 9pt system-ui, sans-serif; }
  }`,
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
