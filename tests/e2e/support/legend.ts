/**
 * Run in the page (Playwright's or Puppeteer's `evaluate`): opens every category of the legend
 * (a category lists its items once opened) and reads it. `found`: the legend is there;
 * `listed`: every category has built its list, which follows its opening by a task.
 */
export function openLegend(): { text: string; found: boolean; listed: boolean } {
  const legend = document
    .querySelector('fellowship-lens-ui')
    ?.shadowRoot?.querySelector('[data-testid="legend"]');
  const categories = Array.from(legend?.querySelectorAll('details.category') ?? []) as HTMLDetailsElement[];
  for (const category of categories) category.open = true;
  return {
    text: legend?.textContent ?? '',
    found: /\d+ found/.test(legend?.textContent ?? ''),
    listed: categories.every((category) => category.querySelector('ul.items')),
  };
}
