/**
 * The signal a request's search runs under: it aborts when the client goes away (nobody is left to
 * read the answer, so the work is dropped) or when the request's time limit passes.
 */
import type { Response } from 'express';

/** The search ran past its time limit (SEARCH_TIMEOUT_MS, or EXPORT_TIMEOUT_MS for a download). */
export class SearchTimeoutError extends Error {
  override readonly name = 'SearchTimeoutError';
  constructor(readonly limitMs: number) {
    super(`the search took longer than ${limitMs} ms`);
  }
}

/** The client closed the connection before the answer was sent. */
export class ClientGoneError extends Error {
  override readonly name = 'ClientGoneError';
  constructor() {
    super('the client closed the connection');
  }
}

export function requestSignal(res: Response, limitMs: number): AbortSignal {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new SearchTimeoutError(limitMs)), limitMs);
  timer.unref();
  res.once('close', () => {
    clearTimeout(timer);
    if (!res.writableFinished) controller.abort(new ClientGoneError());
  });
  return controller.signal;
}
