/**
 * The door in front of the app (server/admission.ts): when a spike's requests are read in one
 * event-loop turn, the refusals among them are answered before any admitted search is routed, and
 * a long run of admitted searches is routed a slice at a time, the loop getting back to its other
 * work (reading the next requests) in between.
 */
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { stat } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, it } from 'node:test';
import type express from 'express';
import { inFrontOf, searchDoor } from '../../server/admission.ts';
import type { BusyAnswers } from '../../server/busy.ts';
import { SearchGate } from '../../server/search-gate.ts';

function get(url: string): IncomingMessage {
  return { method: 'GET', url, headers: { accept: 'text/html' } } as unknown as IncomingMessage;
}

describe('the search door', () => {
  it('answers the refusals read in the same turn before the app routes an admitted search', async () => {
    const events: string[] = [];
    // One slot and a 1 ms budget: the first search is admitted, every search after it refused.
    const gate = new SearchGate({ slots: 1, queueMs: 1 });
    const busy: BusyAnswers = (_kind, req) => void events.push(`refused ${req.url}`);
    const app = { handle: (req: IncomingMessage) => void events.push(`routed ${req.url}`) };
    inFrontOf(
      app as unknown as express.Express,
      searchDoor(gate, busy, () => {}),
    );
    const handle = (app as unknown as { handle: (req: IncomingMessage, res: ServerResponse) => void }).handle;
    // What Node does with requests read together: one handler call after another, in one turn.
    for (const url of ['/?q=first', '/api/search?q=second', '/healthz', '/?q=third'])
      handle(get(url), new EventEmitter() as unknown as ServerResponse);
    assert.deepEqual(events, ['refused /api/search?q=second', 'routed /healthz', 'refused /?q=third']);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(events.slice(3), ['routed /?q=first'], 'the admitted search is routed once the turn is over');
    assert.equal(gate.stats().waiting, 1, 'its ticket is still held for its search');
  });

  it('routes a long admitted run a slice at a time, letting the loop get back to its other work in between', async () => {
    const events: string[] = [];
    const gate = new SearchGate({ slots: 1, queueMs: 60_000 });
    const busy: BusyAnswers = (_kind, req) => void events.push(`refused ${req.url}`);
    const app = {
      handle: (req: IncomingMessage) => {
        // Routing a search, cold: a few milliseconds of the serving thread.
        const until = performance.now() + 3;
        while (performance.now() < until);
        events.push(`routed ${req.url}`);
      },
    };
    inFrontOf(
      app as unknown as express.Express,
      searchDoor(gate, busy, () => {}),
    );
    const handle = (app as unknown as { handle: (req: IncomingMessage, res: ServerResponse) => void }).handle;
    // Read in the loop's I/O phase, as Node reads a socket's requests: the admitted run is routed
    // after it, and work due in the next turn (a timer here, as the next socket read would be)
    // comes before the run is over.
    stat('.', () => {
      for (const url of ['/?q=one', '/?q=two', '/?q=three']) handle(get(url), new EventEmitter() as unknown as ServerResponse);
      setTimeout(() => events.push('next turn'), 0);
    });
    while (events.length < 4) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepEqual(
      events.filter((e) => e.startsWith('routed')),
      ['routed /?q=one', 'routed /?q=two', 'routed /?q=three'],
    );
    assert.ok(events.indexOf('next turn') < 3, `the loop's next turn came after the whole run: ${events.join(', ')}`);
  });
});
