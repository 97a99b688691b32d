import type { BrowserContext, Page } from 'playwright-core';

export interface CellView {
  text: string;
  state: string | null;
  href: string | null;
}

/**
 * A page object for the popup and the full view (one DeskView), so tests read what a person sees
 * rather than the DOM's details.
 */
export class DeskPage {
  constructor(readonly page: Page) {}

  static async openFull(context: BrowserContext, extensionId: string): Promise<DeskPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/desk.html`);
    const desk = new DeskPage(page);
    await desk.ready();
    return desk;
  }

  /** Waits until the desk has its program list or its empty message. */
  async ready(): Promise<void> {
    await this.page.locator('[data-testid="program-list"], .empty').first().waitFor();
  }

  async programKeys(): Promise<string[]> {
    return this.page
      .locator('[data-program-key]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-program-key') ?? ''));
  }

  /** The cells of one comparison row, left to right (by default a row of the program facts). */
  async cells(rowId: string, group = 'facts'): Promise<CellView[]> {
    return this.page.locator(`tbody[data-group="${group}"] tr[data-row="${rowId}"] td`).evaluateAll((cells) =>
      cells.map((td) => ({
        text: td.querySelector('a')?.textContent ?? td.textContent ?? '',
        state: td.getAttribute('data-state'),
        href: td.querySelector('a')?.getAttribute('href') ?? null,
      })),
    );
  }

  async cardHeading(): Promise<string | null> {
    return this.page.locator('[data-testid="program-card"] .card__eyebrow').textContent();
  }

  async notesText(): Promise<string> {
    return this.page.locator('[data-testid="program-notes"]').inputValue();
  }

  /** The comparison as text, row by row: what must survive an export and an import. */
  async comparisonText(): Promise<string> {
    return this.page
      .locator('[data-testid="comparison"] tr')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.children].map((c) => c.textContent?.trim()).join(' | ')).join('\n'),
      );
  }

  /** The message shown after an export or an import, once it is not `previous` any more. */
  async outcome(previous: string | null = null): Promise<string> {
    const outcome = this.page.getByTestId('transfer-outcome');
    await outcome.waitFor();
    const deadline = Date.now() + 10_000;
    for (;;) {
      const text = (await outcome.textContent()) ?? '';
      if (text !== previous || Date.now() > deadline) return text;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The few extension APIs tests call inside extension pages (`page.evaluate`), typed. */
export interface ChromeApi {
  tabs: { query(query: { url?: string }): Promise<Array<{ id?: number }>> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}
