import type { Page } from 'playwright-core';

/** A page object for the popup, so tests read what a person sees rather than the DOM's details. */
export class PopupPage {
  constructor(readonly page: Page) {}

  /** Reloads and waits until the popup has either its program list or its empty message. */
  async refresh(): Promise<void> {
    await this.page.reload();
    await this.page
      .locator('[data-testid="program-list"], .muted:has-text("No programs yet")')
      .first()
      .waitFor();
  }

  async programKeys(): Promise<string[]> {
    return this.page
      .locator('[data-program-key]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-program-key') ?? ''));
  }

  async programNames(): Promise<string[]> {
    return this.page.locator('[data-program-key] .name').allTextContents();
  }
}
