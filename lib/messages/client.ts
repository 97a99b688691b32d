import { browser } from 'wxt/browser';
import { Responses, type Request, type RequestType, type ResponseOf, type Result } from './schema';

/**
 * Sends a request to the background from an extension page (popup, full view) and validates the
 * answer: a failure comes back as a thrown Error with the background's message.
 */
export async function request<T extends RequestType>(
  message: Extract<Request, { type: T }>,
): Promise<ResponseOf<T>> {
  const result = (await browser.runtime.sendMessage(message)) as Result<unknown> | undefined;
  if (!result) throw new Error('The extension did not answer. Try reopening the popup.');
  if (!result.ok) throw new Error(result.error);
  return Responses[message.type].parse(result.value) as ResponseOf<T>;
}
