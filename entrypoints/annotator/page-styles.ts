/**
 * Adds the highlight colours to the page. `::highlight()` rules only apply from the page's own
 * style sheets, so they go into an adopted style sheet: no element is added to the page. Where
 * constructable style sheets are missing, a <style> goes into <head> (never <body>).
 */
export function adoptStyles(css: string, doc: Document = document): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = doc.createElement('style');
    style.setAttribute('data-fellowship-lens', '');
    style.textContent = css;
    (doc.head ?? doc.documentElement).append(style);
    return () => style.remove();
  }
}
