/**
 * The server `npm start` listens with (server/http-server.ts): requests reach Express with the
 * prototypes Express would give them, the app answers as before, and a request's objects no longer
 * outlive the serving thread's young-generation collections (bytes promoted per request, counted by
 * V8's own GC trace in a child process: independent of CPU speed and load).
 */
import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { serverFor } from '../../server/http-server.ts';
import { FIXTURE_CORPUS, indexedApp, ROOT, type IndexedApp } from '../helpers/indexed-app.ts';
import { promotedBetweenMarks } from '../helpers/promotion.ts';

const PROBE = path.join(ROOT, 'tests', 'fixtures', 'promotion', 'probe.ts');
const REQUESTS = 3000;

/** KB the serving (main) isolate's scavenges promoted between the probe's MARK lines, per request. */
async function promotedPerRequest(server: 'plain' | 'express-prototypes'): Promise<number> {
  const { kb } = await promotedBetweenMarks(PROBE, { SERVER: server === 'plain' ? 'plain' : '', REQUESTS: String(REQUESTS) });
  return kb / REQUESTS;
}

describe('serverFor', () => {
  let indexed: IndexedApp;
  before(async () => {
    indexed = await indexedApp(FIXTURE_CORPUS);
  });
  after(() => indexed.close());

  it('hands Express requests and responses that already have its prototypes', async () => {
    const server = serverFor(indexed.app);
    const seen: boolean[] = [];
    // Listeners run in order: this one sees the objects before Express touches them.
    server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
      seen.push(Object.getPrototypeOf(req) === indexed.app.request, Object.getPrototypeOf(res) === indexed.app.response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const page = await request(`http://127.0.0.1:${port}`).get('/api/search?q=harbour');
      assert.equal(page.status, 200);
      assert.ok(page.body.total > 0, 'the search is answered in full');
      assert.ok(page.headers['x-request-id'], 'request logging still runs');
      assert.equal((await request(`http://127.0.0.1:${port}`).get('/no-such-page')).status, 404);
      assert.deepEqual(seen, [true, true, true, true]);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('a request promotes a fraction of what it does under http.createServer(app)', { timeout: 120_000 }, async () => {
    const plain = await promotedPerRequest('plain');
    const served = await promotedPerRequest('express-prototypes');
    // Measured: 7.4 KB against 0.3 KB per request (Node 20, one connection).
    assert.ok(plain > 2, `plain http.createServer promotes ${plain.toFixed(2)} KB per request`);
    assert.ok(served < plain / 4, `serverFor promotes ${served.toFixed(2)} KB per request against ${plain.toFixed(2)}`);
  });
});
