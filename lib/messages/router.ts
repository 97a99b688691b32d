import * as z from 'zod';
import { Request, type RequestType, type ResponseOf, type Result, type Sender } from './schema';

/** A handler per request type; each receives the parsed request and returns its answer. */
export type Handlers = {
  [T in RequestType]: (
    request: Extract<Request, { type: T }>,
    sender: Sender,
  ) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

/**
 * Builds the background's single entry point: it parses whatever arrives at the boundary, calls
 * the handler for its type, and always answers with a `Result` — never throws at the sender.
 */
export function createRouter(handlers: Handlers) {
  return async (raw: unknown, sender: Sender = {}): Promise<Result<unknown>> => {
    const parsed = Request.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, error: `Invalid request: ${z.prettifyError(parsed.error)}` };
    }
    const request = parsed.data;
    try {
      const handler = handlers[request.type] as (r: Request, s: Sender) => Promise<unknown> | unknown;
      return { ok: true, value: await handler(request, sender) };
    } catch (error) {
      console.error(`Fellowship Lens: ${request.type} failed`, error);
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
