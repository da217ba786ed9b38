/** The CSP nonce of this page load, which AG Grid must put on the theme <style> tags it injects. */
export function styleNonce(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[name="samenspel-style-nonce"]')?.content || undefined;
}
