/**
 * A spike's refusals, each complete and correct (issue 25): a burst of searches written on many raw
 * connections in one turn, to the server `npm start` runs (`serverFor`), with the one search slot
 * taken and a tiny queue budget, so every search of the burst is refused at the door. Each refusal
 * must be a whole HTTP answer: 503, Retry-After, its own request id, the security headers every other
 * answer of the app carries, the busy page, fragment or JSON error the request asked for (by path and
 * Accept, as for an answered search), a body as long as its Content-Length, and the connection kept
 * open for the next request.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { SearchEngine, SearchOptions, SearchRequest } from '../../engine/contract/types.ts';
import { createApp } from '../../server/app.ts';
import { BUSY_TITLE } from '../../server/busy.ts';
import { serverFor } from '../../server/http-server.ts';
import { FIXTURE_CORPUS, indexedApp, type IndexedApp } from '../helpers/indexed-app.ts';

interface Answer {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/** Read `expected.length` whole answers off `socket`; `expected[i]` says whether answer i has a body (not HEAD). */
function answers(socket: Socket, expected: boolean[]): Promise<Answer[]> {
  return new Promise((resolve, reject) => {
    const read: Answer[] = [];
    let pending = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        const end = pending.indexOf('\r\n\r\n');
        if (end < 0 || read.length === expected.length) break;
        const [statusLine, ...lines] = pending.subarray(0, end).toString('latin1').split('\r\n');
        const headers = new Map(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
        const length = expected[read.length] ? Number(headers.get('content-length')) : 0;
        if (pending.length < end + 4 + length) break;
        read.push({
          status: Number(statusLine!.split(' ')[1]),
          headers,
          body: pending.subarray(end + 4, end + 4 + length).toString('utf8'),
        });
        pending = pending.subarray(end + 4 + length);
      }
      if (read.length === expected.length) {
        socket.off('data', onData);
        if (pending.length > 0) reject(new Error(`bytes after the last answer: ${pending.toString('latin1').slice(0, 80)}`));
        else resolve(read);
      }
    };
    socket.on('data', onData);
    socket.once('error', reject);
    socket.once('close', () => reject(new Error(`connection closed after ${read.length} of ${expected.length} answers`)));
  });
}

/** The burst's kinds of search request, with what a refusal of each must be. */
const KINDS = [
  { head: 'GET /?q=strike', headers: 'Accept: text/html,application/xhtml+xml,*/*;q=0.8', as: 'page' },
  { head: 'GET /?q=strike', headers: 'Accept: */*\r\nHX-Request: true\r\nHX-Request-Type: partial', as: 'fragment' },
  { head: 'GET /?q=strike', headers: 'HX-Request: true\r\nHX-Request-Type: partial\r\nHX-History-Restore-Request: true', as: 'page' },
  { head: 'GET /api/search?q=strike&page=0', headers: 'Accept: text/html', as: 'json' },
  { head: 'GET /?q=strike', headers: 'Accept: application/json', as: 'json' },
  { head: 'GET /articles/x/in-results?q=strike', headers: 'Accept: text/html', as: 'page' },
  { head: 'HEAD /api/search?q=strike', headers: '', as: 'json' },
  { head: 'GET /api/search?q=strike', headers: 'X-Request-Id: proxy-given.id-0001', as: 'json' },
] as const;

const requestText = (kind: (typeof KINDS)[number]) =>
  `${kind.head} HTTP/1.1\r\nHost: localhost\r\n${kind.headers ? `${kind.headers}\r\n` : ''}\r\n`;

/** Headers that belong to one answer (its length, type, date, caching, id), not to every answer the app sends. */
const PER_ANSWER = new Set(['date', 'connection', 'keep-alive', 'content-type', 'content-length', 'cache-control', 'vary', 'x-request-id']);

describe('a burst of refusals', () => {
  let indexed: IndexedApp;
  before(async () => {
    indexed = await indexedApp(FIXTURE_CORPUS);
  });
  after(async () => {
    await indexed.close();
  });

  it('answers every refused search in full: status, headers, request id, body by Accept, connection kept', async () => {
    let release!: () => void;
    const holding = new Promise<void>((resolve) => (release = resolve));
    const engine: SearchEngine = Object.create(indexed.engine);
    // The first search holds the only slot until the burst has been answered.
    engine.search = async (req: SearchRequest, options?: SearchOptions) => (await holding, indexed.engine.search(req, options));
    const app = createApp({ engine, log: () => {}, limits: { concurrency: 1, queueMs: 5 } });
    const server = serverFor(app).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const open = () =>
      new Promise<Socket>(
        (resolve) =>
          void connect(port, '127.0.0.1').once('connect', function (this: Socket) {
            resolve(this);
          }),
      );
    try {
      const reference = await fetch(`http://127.0.0.1:${port}/healthz`);
      const security = [...reference.headers].filter(([name]) => !PER_ANSWER.has(name));
      assert.ok(
        security.some(([name]) => name === 'content-security-policy'),
        'the reference carries the security headers',
      );
      const admitted = fetch(`http://127.0.0.1:${port}/api/search?q=harbour`);
      await new Promise((resolve) => setTimeout(resolve, 50));

      // 48 connections, one search each, and one connection with every kind pipelined; all written in one turn.
      const sockets = await Promise.all(Array.from({ length: 49 }, open));
      const sent = sockets.map((_, i) => (i === 48 ? [...KINDS] : [KINDS[i % KINDS.length]!]));
      const reading = sockets.map((socket, i) =>
        answers(
          socket,
          sent[i]!.map((k) => !k.head.startsWith('HEAD')),
        ),
      );
      sockets.forEach((socket, i) => socket.write(sent[i]!.map(requestText).join('')));
      const burst = await Promise.all(reading);

      const ids = new Set<string>();
      burst.forEach((answered, i) =>
        answered.forEach((answer, j) => {
          const kind = sent[i]![j]!;
          const what = `${kind.head} (${kind.headers.replace(/\r\n/g, '; ')})`;
          assert.equal(answer.status, 503, what);
          assert.match(answer.headers.get('retry-after') ?? '', /^[1-9]\d*$/, what);
          assert.equal(answer.headers.get('cache-control'), 'no-store', what);
          assert.equal(answer.headers.get('vary'), 'HX-Request, HX-Request-Type, Accept', what);
          assert.equal(answer.headers.get('connection'), 'keep-alive', what);
          for (const [name, value] of security) assert.equal(answer.headers.get(name), value, `${what}: ${name}`);
          const id = answer.headers.get('x-request-id') ?? '';
          if (kind.headers.includes('X-Request-Id')) assert.equal(id, 'proxy-given.id-0001', what);
          else {
            assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, what);
            assert.ok(!ids.has(id), `${what}: a request id of its own`);
            ids.add(id);
          }
          const type = kind.as === 'json' ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8';
          assert.equal(answer.headers.get('content-type'), type, what);
          if (kind.head.startsWith('HEAD')) {
            assert.equal(answer.body, '', `${what}: no body`);
            assert.ok(Number(answer.headers.get('content-length')) > 0, `${what}: the length a GET's body would have`);
            return;
          }
          assert.equal(Buffer.byteLength(answer.body), Number(answer.headers.get('content-length')), what);
          if (kind.as === 'json')
            assert.deepEqual(
              Object.keys(JSON.parse(answer.body)).map((k) => [k, JSON.parse(answer.body)[k] === BUSY_TITLE || k !== 'error']),
              [
                ['error', true],
                ['status', true],
                ['details', true],
              ],
              what,
            );
          else if (kind.as === 'page')
            assert.match(answer.body, new RegExp(`^<!doctype html>[\\s\\S]*<title>${BUSY_TITLE}[\\s\\S]*</html>\\s*$`, 'i'), what);
          else {
            assert.match(answer.body, new RegExp(BUSY_TITLE), what);
            assert.doesNotMatch(answer.body, /<html|<title/i, `${what}: a fragment, not a page`);
          }
        }),
      );
      assert.equal(burst.flat().length, 48 + KINDS.length);

      // Every connection is still open and answers its next request.
      release();
      assert.equal((await admitted).status, 200);
      const next = sockets.map((socket) => answers(socket, [true]));
      for (const socket of sockets) socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
      assert.deepEqual(
        (await Promise.all(next)).map(([answer]) => answer!.status),
        sockets.map(() => 200),
      );
      for (const socket of sockets) socket.destroy();
    } finally {
      release();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
