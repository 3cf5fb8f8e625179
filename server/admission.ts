/**
 * Search admission at the door: the app's first middleware decides whether a search request is
 * admitted, before request logging, security headers, query parsing or routing. Under a spike the
 * serving thread is the bottleneck, and Node accepts one new connection per turn of its event
 * loop: every microsecond a refusal spends in middleware makes each turn longer, each refusal later,
 * and new connections wait in the kernel's queue (a client that gives up after 10 s sees a timeout,
 * not a 503). A refusal here is one prepared write (server/busy.ts) and one count; refusals are
 * logged as a summary line per second, not one line each.
 */
import type { RequestHandler } from 'express';
import type { BusyAnswers } from './busy.ts';
import { holdTicket, type SearchGate } from './search-gate.ts';

/** Addresses whose GET runs a search for the person waiting (server/routes/search.ts, articles.ts). */
const SEARCH_PATH = /^\/(?:api\/search\/?)?$|^\/articles\/[^/]+\/in-results\/?$/i;

export function searchAdmission(gate: SearchGate, busy: BusyAnswers, onRefused: () => void): RequestHandler {
  return (req, res, next) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && SEARCH_PATH.test(req.path)) {
      const admitted = gate.admitEarly();
      if (typeof admitted === 'number') {
        onRefused();
        busy(req, res, admitted);
        return;
      }
      holdTicket(res, admitted);
    }
    next();
  };
}
