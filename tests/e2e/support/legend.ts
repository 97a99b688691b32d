/**
 * Run in the page (Playwright's or Puppeteer's `evaluate`): opens every category of the legend
 * (a category lists its items once opened) and reads it. `found`: the legend is there;
 * `listed`: every category has built its list.
 */
export function openLegend(): { text: string; found: boolean; listed: boolean } {
  const legend = document
    .querySelector('fellowship-lens-ui')
    ?.shadowRoot?.querySelector('[data-testid="legend"]');
  const categories = Array.from(legend?.querySelectorAll('.category') ?? []);
  for (const category of categories) {
    // Its button, as the user opens it (clicked from the page's world; the listener is the annotator's).
    const button = category.querySelector<HTMLButtonElement>('button.disclose');
    if (button?.getAttribute('aria-expanded') !== 'true') button?.click();
  }
  return {
    text: legend?.textContent ?? '',
    found: /\d+ found/.test(legend?.textContent ?? ''),
    listed: categories.every((category) => category.querySelector('ul.items')),
  };
}
