import { browser } from 'wxt/browser';
import type { Request, RequestType, ResponseOf, Result } from './schema';

/**
 * Sends a request to the background and unwraps its `Result`: the value, or a thrown Error with
 * the background's message. Zod-free, so it costs pages and extension pages nothing to load.
 * Requests are parsed where they arrive (the background's router: any page can send one); the
 * answers come from the background itself, which validated every stored record as it read it,
 * so they are typed here, not parsed again (that doubled the popup's load with 200 programs).
 */
export async function sendRequest<T extends RequestType>(
  message: Extract<Request, { type: T }>,
): Promise<ResponseOf<T>> {
  const result = (await browser.runtime.sendMessage(message)) as Result<ResponseOf<T>> | undefined;
  if (!result)
    throw new Error('The extension did not answer. Try reloading the page or reopening the popup.');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
