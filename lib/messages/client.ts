import { Responses, type Request, type RequestType, type ResponseOf } from './schema';
import { sendRequest } from './send';

/**
 * Sends a request to the background from an extension page (popup, full view) and validates the
 * answer: a failure comes back as a thrown Error with the background's message.
 */
export async function request<T extends RequestType>(
  message: Extract<Request, { type: T }>,
): Promise<ResponseOf<T>> {
  return Responses[message.type].parse(await sendRequest(message)) as ResponseOf<T>;
}
