/**
 * Adds style rules to the page (`::highlight()` rules apply only from the page's own style sheets)
 * or to the extension's shadow root, as an adopted style sheet: no element is added, and a page's
 * Content-Security-Policy does not apply to it (Firefox enforces a page's `style-src` on <style>
 * elements a content script adds). Where constructable style sheets are missing, a <style> goes
 * into <head> (never <body>) or the shadow root.
 */
export function adoptStyles(css: string, target: Document | ShadowRoot = document): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return () => {
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const doc = target.nodeType === Node.DOCUMENT_NODE ? (target as Document) : target.ownerDocument!;
    const style = doc.createElement('style');
    style.setAttribute('data-fellowship-lens', '');
    // Set as text by this script, Firefox applies the extension's CSP to it (bug 1706787).
    style.textContent = css;
    (target === doc ? (doc.head ?? doc.documentElement) : target).append(style);
    return () => style.remove();
  }
}
