/**
 * bench/scale/prebuilt-requests.ts: the stress tool's requests built before the clock and swapped
 * into autocannon's one static request. A server must receive exactly the planned requests, in turn,
 * with their own headers, the same bytes autocannon builds itself for a `setupRequest`.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import autocannon from 'autocannon';
import { PrebuiltRequests, STATIC_REQUEST } from '../../bench/scale/prebuilt-requests.ts';

const planned = [
  { path: '/?q=harbour' },
  { path: '/api/search?q=%22tide%20table%22', headers: { 'HX-Request': 'true' } },
  { path: '/?q=ferry&year=2001' },
];

/** A server that keeps each request's raw head (request line and headers) and answers 503 with Retry-After. */
async function recording(): Promise<{ url: string; heads: string[]; close: () => Promise<void> }> {
  const heads: string[] = [];
  const server = http.createServer((req, res) => {
    const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
    for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
    heads.push(lines.join('\r\n'));
    res.writeHead(503, { 'Retry-After': '1' }).end('busy');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    heads,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

const run = (options: autocannon.Options) =>
  new Promise<autocannon.Result>((resolve, reject) => autocannon(options, (error, result) => (error ? reject(error) : resolve(result))));

describe('PrebuiltRequests', () => {
  it("sends the planned requests in turn, byte for byte what autocannon's setupRequest path sends", async () => {
    const server = await recording();
    try {
      const requests = new PrebuiltRequests(server.url, planned, { accept: 'text/html' });
      const sent: string[] = [];
      await run({
        url: server.url,
        connections: 1,
        amount: 6,
        requests: [STATIC_REQUEST],
        setupClient: (client) => requests.attach(client, (r) => sent.push(r.path)),
      });
      const prebuiltHeads = server.heads.splice(0);
      assert.deepEqual(
        sent,
        [...planned, ...planned].map((r) => r.path),
      );
      assert.deepEqual(
        prebuiltHeads.map((head) => head.split('\r\n')[0]),
        sent.map((path) => `GET ${path} HTTP/1.1`),
      );
      assert.match(prebuiltHeads[1]!, /\r\nHX-Request: true\r\n/);
      assert.doesNotMatch(prebuiltHeads[0]!, /HX-Request/);
      // The same plan through autocannon's own per-request building.
      let next = 0;
      await run({
        url: server.url,
        connections: 1,
        amount: 6,
        requests: [
          {
            setupRequest: (req) => {
              const r = planned[next++ % planned.length]!;
              return { ...req, method: 'GET', path: r.path, headers: { ...(r.headers ?? {}), accept: 'text/html' } };
            },
          },
        ],
      });
      assert.deepEqual(prebuiltHeads, server.heads);
    } finally {
      await server.close();
    }
  });

  it('refuses a client that has no single static request to swap', () => {
    const requests = new PrebuiltRequests('http://127.0.0.1:9', planned);
    assert.throws(() => requests.attach({ requestIterator: { requests: [{}, {}] }, on() {} }), /one static request/);
  });
});
