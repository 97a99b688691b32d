import { browser } from 'wxt/browser';

/**
 * Injects the annotator (catalog, matcher, highlights, legend) into one frame of a tab. Only pages
 * the tiny detector recognised, or that the user asked for from the popup, ever load it.
 */
export async function injectAnnotator(tabId: number, frameId = 0): Promise<boolean> {
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: ['/annotator.js'],
    });
    return true;
  } catch (error) {
    // Pages the browser protects (the web store, about: pages) refuse injection: not an error of ours.
    console.warn('Fellowship Lens: could not annotate tab', tabId, error);
    return false;
  }
}
