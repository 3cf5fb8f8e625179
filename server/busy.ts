/**
 * The "busy" answer to a refused search (503 + Retry-After), prepared once: under a spike the
 * server sends thousands a second, and each must cost next to nothing on the serving thread.
 * The page, the htmx fragment and the JSON error are rendered when the app is made, with every
 * header they carry (the security headers included), so sending one is a single write.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEFAULT_PARAMS } from './search-params.ts';
import type { Representation, Views } from './render.ts';
import { REQUEST_ID_HEADER, requestId } from './logging.ts';

export const BUSY_TITLE = 'Busy — try again in a moment';
const BUSY_MESSAGES = ['Many searches are being answered right now. Try again in a few seconds.'];

/** Headers every error answer carries: never stored, and varying like the pages it stands in for. */
export const ERROR_VARY = 'HX-Request, HX-Request-Type, Accept';

interface Prepared {
  body: Buffer;
  /**
   * Name, value, name, value … as `writeHead` takes them; the last two values (Retry-After and the
   * request id) are filled in for each answer, just before the synchronous write.
   */
  headers: string[];
}

/** Send the busy answer as `kind`; `req` and `res` may be Express's or the raw server's. */
export type BusyAnswers = (kind: Representation, req: IncomingMessage, res: ServerResponse, retryAfterSeconds: number) => void;

/**
 * Send the busy answer in the representation `req` asks for. `securityHeaders` are the headers the
 * app's security middleware sets on every response, for answers sent before that middleware runs.
 * The body has no request id (the X-Request-Id header carries it), so that it can be reused.
 */
export function busyAnswers(views: Views, securityHeaders: Record<string, string>): BusyAnswers {
  const prepare = (kind: Representation): Prepared => {
    const body =
      kind === 'json'
        ? Buffer.from(JSON.stringify({ error: BUSY_TITLE, status: 503, details: BUSY_MESSAGES }))
        : Buffer.from(
            views.env.render(kind === 'fragment' ? 'partials/error-fragment.njk' : 'error.njk', {
              status: 503,
              title: BUSY_TITLE,
              messages: BUSY_MESSAGES,
              params: DEFAULT_PARAMS,
            }),
          );
    const type = kind === 'json' ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8';
    const headers = {
      ...securityHeaders,
      'Content-Type': type,
      'Content-Length': String(body.length),
      'Cache-Control': 'no-store',
      Vary: ERROR_VARY,
      'Retry-After': '',
      [REQUEST_ID_HEADER]: '',
    };
    return { body, headers: Object.entries(headers).flat() };
  };
  const prepared: Record<Representation, Prepared> = { page: prepare('page'), fragment: prepare('fragment'), json: prepare('json') };
  return (kind, req, res, retryAfterSeconds) => {
    const { body, headers } = prepared[kind];
    // An answer from the error handler already has its request id; one sent at the door gets it here.
    const id = res.getHeader(REQUEST_ID_HEADER) ?? requestId(req);
    headers[headers.length - 3] = String(retryAfterSeconds);
    headers[headers.length - 1] = String(id);
    res.writeHead(503, headers);
    res.end(body);
  };
}

/**
 * The headers a header-setting middleware (helmet) puts on every response, captured once by running
 * it against a stand-in response.
 */
export function capturedHeaders(middleware: (req: never, res: never, next: (error?: unknown) => void) => void): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: unknown) => void (headers[name] = Array.isArray(value) ? value.join(', ') : String(value)),
    removeHeader: (name: string) => void delete headers[name],
  };
  let failed: unknown;
  middleware({} as never, res as never, (error) => (failed = error));
  if (failed !== undefined) throw failed;
  return headers;
}
