/**
 * Error pages. Every error is a real page in the site's layout (or JSON for the API), with a
 * message a person can act on and never a stack trace.
 */
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { EngineUnavailableError, SearchAbortedError } from '../engine/contract/errors.ts';
import { SearchTimeoutError } from './deadline.ts';
import { BusyError } from './search-gate.ts';
import { ERROR_VARY, type BusyAnswers } from './busy.ts';
import { DEFAULT_PARAMS, type SearchParams } from './search-params.ts';
import { representationFor, type Views } from './render.ts';

interface ErrorPage {
  status: number;
  title: string;
  messages: string[];
  params?: SearchParams;
}

/** Every error answer: its status, never stored, and varying like the pages it stands in for. */
function errorHeaders(res: Response, status: number): void {
  res.status(status);
  res.vary(ERROR_VARY);
  res.set('Cache-Control', 'no-store');
}

function sendError(req: Request, res: Response, views: Views, page: ErrorPage): void {
  errorHeaders(res, page.status);
  // The id in the X-Request-Id header, shown so a person can quote it and an operator find the log line.
  const requestId = typeof res.locals.requestId === 'string' ? res.locals.requestId : undefined;
  if (representationFor(req) === 'json') {
    res.json({ error: page.title, status: page.status, details: page.messages, requestId });
    return;
  }
  const template = representationFor(req) === 'fragment' ? 'partials/error-fragment.njk' : 'error.njk';
  res.type('html').send(
    views.env.render(template, {
      status: page.status,
      title: page.title,
      messages: page.messages,
      params: page.params ?? DEFAULT_PARAMS,
      requestId,
    }),
  );
}

export function sendBadRequest(req: Request, res: Response, views: Views, messages: string[], extra: { params?: SearchParams } = {}): void {
  sendError(req, res, views, { status: 400, title: 'That search could not be read', messages, ...extra });
}

export function sendNotFound(req: Request, res: Response, views: Views, message: string): void {
  sendError(req, res, views, { status: 404, title: 'Not found', messages: [message] });
}

/** The methods every route of this app answers: it only reads. */
const ALLOWED_METHODS = 'GET, HEAD';

/**
 * For an address that exists but was asked with another method (`POST /`, `PUT /api/search`):
 * 405 with `Allow`, as HTTP asks, rather than a 404 that says the page is not there. OPTIONS gets
 * the same `Allow` with no body.
 */
export function methodNotAllowed(views: Views): RequestHandler {
  return (req, res) => {
    res.set('Allow', ALLOWED_METHODS);
    if (req.method === 'OPTIONS') {
      res.set('Cache-Control', 'no-store').status(204).end();
      return;
    }
    sendError(req, res, views, {
      status: 405,
      title: 'Method not allowed',
      messages: [`This address answers GET requests only, not ${req.method}.`],
    });
  };
}

export function notFoundHandler(views: Views): RequestHandler {
  return (req, res) => sendNotFound(req, res, views, 'There is no page at this address.');
}

export function errorHandler(views: Views, log: (message: string, error: unknown) => void, busy: BusyAnswers): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    // The client has gone (its search was dropped on the way): nobody is left to answer.
    if (res.destroyed) return;
    // Stopped by its time limit or shed by the gate (search-gate.ts), in the engine (SearchAbortedError)
    // or still waiting at the gate.
    const reason = error instanceof SearchAbortedError ? error.reason : error;
    if (reason instanceof BusyError) {
      busy(representationFor(req), req, res, reason.retryAfterSeconds);
      return;
    }
    if (reason instanceof SearchTimeoutError) {
      sendError(req, res, views, {
        status: 503,
        title: 'This search took too long',
        messages: [
          `It was stopped after ${reason.limitMs / 1000} seconds.`,
          'Fewer or rarer words, a "quoted phrase" or a year filter give an answer faster.',
        ],
      });
      return;
    }
    if (error instanceof EngineUnavailableError) {
      res.set('Retry-After', '5');
      sendError(req, res, views, {
        status: 503,
        title: 'Search is unavailable for a moment',
        messages: ['The search index cannot answer right now. Try again in a few seconds.'],
      });
      return;
    }
    // Body-parser style errors carry their own 4xx status; anything else is our fault.
    const status = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : 500;
    if (status >= 400 && status < 500) {
      sendError(req, res, views, { status, title: 'Bad request', messages: ['The request could not be read.'] });
      return;
    }
    log(`${req.method} ${req.originalUrl} failed`, error);
    sendError(req, res, views, {
      status: 500,
      title: 'Something went wrong',
      messages: ['The server could not complete this request. It has been logged.'],
    });
  };
}
