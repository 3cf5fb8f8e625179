/**
 * Search admission at the door: the raw HTTP request handler decides whether a search request is
 * admitted before Express sees it (no prototype swap, no router, no request logging, security
 * middleware, query parsing or routing). Under a spike the serving thread is the bottleneck, and
 * Node reads the requests of its connections one event-loop turn at a time: every microsecond and
 * every object a refusal costs makes each turn longer (and each garbage collection sooner), so each
 * refusal is later, and new connections wait in the kernel's queue (a client that gives up after
 * 10 s sees a timeout, not a 503). A refusal here is one prepared write (server/busy.ts) and one
 * count; refusals are logged as a summary line per second, not one line each.
 *
 * An admitted search goes on to the app only after the requests already read in this event-loop turn
 * have met the door (`setImmediate`): when a spike's connections arrive together, the gate admits a
 * run of them at once (77 in one turn at 1M), and routing each costs the serving thread ~0.2–0.4 ms,
 * which the refusals read in the same turn would otherwise wait behind (the first refusal of a cold
 * spike was written 28 ms after the first admitted search began, load 5–6). Nor does the run wait
 * for the requests of the next turn: it is routed ~1 ms of the loop at a time (`admittedRoutes`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type express from 'express';
import type { BusyAnswers } from './busy.ts';
import { representationOf } from './render.ts';
import { holdTicket, type SearchGate } from './search-gate.ts';

/** Addresses whose GET runs a search for the person waiting (server/routes/search.ts, articles.ts). */
const SEARCH_PATH = /^\/(?:api\/search\/?)?$|^\/articles\/[^/]+\/in-results\/?$/i;

/**
 * What the door did with a request: answered it itself, admitted a search (the app takes it up after
 * this turn's other requests), or let it through to the app at once (not a search).
 */
export type Passage = 'answered' | 'admitted' | 'through';
export type Door = (req: IncomingMessage, res: ServerResponse) => Passage;

/** Told of each search the door refuses, once its 503 is written (the refusal log's count, newcomers-first.ts). */
export type OnRefused = (req: IncomingMessage, res: ServerResponse) => void;

export function searchDoor(gate: SearchGate, busy: BusyAnswers, onRefused: OnRefused): Door {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return 'through';
    const path = rawPath(req.url ?? '');
    if (!SEARCH_PATH.test(path)) return 'through';
    const admitted = gate.admitEarly();
    if (typeof admitted === 'number') {
      busy(representationOf(path, req.headers), req, res, admitted);
      onRefused(req, res);
      return 'answered';
    }
    holdTicket(res, admitted);
    return 'admitted';
  };
}

/**
 * The path of an origin-form request target, without its query. Anything unusual (an absolute URL,
 * a `#`) does not match SEARCH_PATH, so such a search passes to the app, where the gate still
 * admits or refuses it when it searches (server/errors.ts answers the refusal the same way).
 */
function rawPath(url: string): string {
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}

/** Express's entry for each request (express/lib/express.js calls `app.handle(req, res, next)`). */
type Handle = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

/**
 * Put `door` in front of `app`: whichever way the app is served (`app.listen`, `http.createServer(app)`,
 * supertest), each request meets the door before Express sets it up.
 */
export function inFrontOf(app: express.Express, door: Door): void {
  const entry = app as unknown as { handle: Handle };
  if (typeof entry.handle !== 'function')
    throw new Error('express no longer routes requests through app.handle: the search door has nowhere to go');
  const handle = entry.handle.bind(app);
  const admitted = admittedRoutes(handle);
  entry.handle = (req, res, next) => {
    const passage = door(req, res);
    if (passage === 'through') handle(req, res, next);
    else if (passage === 'admitted') admitted(req, res, next);
  };
}

/**
 * Milliseconds of routing admitted searches per event-loop turn before the loop reads its sockets
 * again. Routing one costs the serving thread 0.2-2 ms (the first ones, cold, the most); when all of
 * a turn's admitted run was routed in one go (67 at 1M, load 5), the requests that arrived
 * meanwhile (a spike's first requests, sent as their connections opened) waited ~45 ms unread.
 */
const ROUTING_SLICE_MS = 1;

/**
 * Route admitted searches after the turn's other requests have met the door, in arrival order, a
 * slice of the loop's time at a time: at least one a turn, more while they take under
 * ROUTING_SLICE_MS, the rest after the loop has read its sockets again (`setImmediate` queued
 * from inside a turn's immediates runs in the next turn, after its I/O).
 */
function admittedRoutes(handle: Handle): Handle {
  const waiting: Array<Parameters<Handle>> = [];
  let scheduled = false;
  const schedule = () => {
    scheduled = true;
    setImmediate(route);
  };
  const route = () => {
    // Cleared first: were a route to throw, the next admitted search still schedules the rest.
    scheduled = false;
    const until = performance.now() + ROUTING_SLICE_MS;
    while (waiting.length > 0) {
      handle(...waiting.shift()!);
      if (performance.now() >= until) break;
    }
    if (waiting.length > 0 && !scheduled) schedule();
  };
  return (req, res, next) => {
    waiting.push([req, res, next]);
    if (!scheduled) schedule();
  };
}
