/**
 * Under overload the server answers in time or refuses at once (docs/operations.md, "Under load"):
 * searches beyond the queue budget get a 503 with Retry-After, admitted ones are answered in full,
 * a search past its time limit is stopped and says so, a client that leaves takes its queued search
 * with it, and article pages and health stay served.
 *
 * The engine is the real embedded index over the fixture corpus, each search held back a little
 * (honouring its signal) so that searches overlap the same way on every machine.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import request from 'supertest';
import type { SearchEngine, SearchOptions, SearchRequest } from '../../engine/contract/types.ts';
import { createApp } from '../../server/app.ts';
import type { SearchLimits } from '../../server/config.ts';
import { FIXTURE_CORPUS, indexedApp, type IndexedApp } from '../helpers/indexed-app.ts';

interface Held {
  engine: SearchEngine;
  /** Every search the engine started, with whether its signal had aborted by the time it ended. */
  started: Array<{ q: string; aborted: boolean }>;
}

/** The real engine, each search starting `delayMs` late (or never, if its signal aborts first). */
function held(real: SearchEngine, delay: number | ((q: string) => number)): Held {
  const started: Held['started'] = [];
  const engine: SearchEngine = Object.create(real);
  engine.search = async (req: SearchRequest, options: SearchOptions = {}) => {
    const entry = { q: req.q, aborted: false };
    started.push(entry);
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, typeof delay === 'number' ? delay : delay(req.q));
        options.signal?.addEventListener('abort', () => (clearTimeout(timer), reject(options.signal!.reason)), { once: true });
      });
      return await real.search(req, options);
    } finally {
      entry.aborted = options.signal?.aborted === true;
    }
  };
  return { engine, started };
}

/** Wait (polling) until `condition` holds: orders events without guessing how long they take. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

function appWith(engine: SearchEngine, limits: Partial<SearchLimits>) {
  return createApp({ engine, log: () => {}, limits });
}

describe('under overload', () => {
  let indexed: IndexedApp;
  before(async () => {
    indexed = await indexedApp(FIXTURE_CORPUS);
  });
  after(async () => {
    await indexed.close();
  });

  it('refuses searches beyond the queue budget at once with 503 and Retry-After, and answers the admitted ones in full', async () => {
    const reference = (await request(indexed.app).get('/api/search?q=harbour&perPage=2').expect(200)).body;
    assert.ok(reference.total > 2, 'the query needs more than one page for the check to mean something');
    const { engine } = held(indexed.engine, 150);
    const app = appWith(engine, { concurrency: 1, queueMs: 150 });
    const burst = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        i % 3 === 0
          ? request(app).get('/?q=harbour&perPage=2').set('Accept', 'text/html')
          : request(app).get('/api/search?q=harbour&perPage=2'),
      ),
    );
    const admitted = burst.filter((r) => r.status === 200);
    const refused = burst.filter((r) => r.status === 503);
    assert.equal(admitted.length + refused.length, burst.length, `only 200 and 503: ${burst.map((r) => r.status).join(' ')}`);
    assert.ok(admitted.length >= 1 && refused.length >= 1, `some admitted (${admitted.length}), some refused (${refused.length})`);
    for (const r of refused) {
      assert.match(r.headers['retry-after'] ?? '', /^[1-9]\d*$/);
      if (r.type === 'application/json') assert.equal(r.body.error, 'Busy — try again in a moment');
      else assert.match(r.text, /Busy — try again in a moment/);
    }
    for (const r of admitted.filter((a) => a.type === 'application/json')) {
      assert.equal(r.body.total, reference.total);
      assert.deepEqual(
        r.body.hits.map((h: { id: string }) => h.id),
        reference.hits.map((h: { id: string }) => h.id),
      );
      assert.deepEqual(r.body.facets, reference.facets);
    }
    const health = (await request(app).get('/healthz').expect(200)).body;
    assert.equal(health.searches.refused, refused.length);
    assert.equal(health.searches.admitted, admitted.length);
    assert.equal(health.searches.waiting, 0);
  });

  it('tells the engine it is refusing at each refusal (SearchEngine.refusing), and never while it admits', async () => {
    const { engine } = held(indexed.engine, 150);
    let hints = 0;
    engine.refusing = () => hints++;
    const app = appWith(engine, { concurrency: 1, queueMs: 150 });
    await request(app).get('/api/search?q=harbour').expect(200);
    assert.equal(hints, 0, 'a hint without a refusal');
    const burst = await Promise.all(Array.from({ length: 16 }, () => request(app).get('/api/search?q=harbour')));
    const refused = burst.filter((r) => r.status === 503).length;
    assert.ok(refused >= 1, `none of ${burst.length} refused`);
    assert.equal(hints, refused);
  });

  it('tells onRefused of each search refused at the door, with its request and its 503 written, and of nothing else', async () => {
    const { engine } = held(indexed.engine, 150);
    const told: Array<{ url: string | undefined; status: number; written: boolean }> = [];
    const app = createApp({
      engine,
      log: () => {},
      limits: { concurrency: 1, queueMs: 150 },
      onRefused: (req, res) => {
        told.push({ url: req.url, status: res.statusCode, written: res.writableEnded });
      },
    });
    await request(app).get('/api/search?q=harbour').expect(200);
    await request(app).get('/healthz').expect(200);
    assert.equal(told.length, 0, 'told of an admitted search or a health check');
    const burst = await Promise.all(Array.from({ length: 16 }, (_, i) => request(app).get(`/api/search?q=harbour&n=${i}`)));
    const refused = burst.filter((r) => r.status === 503);
    assert.ok(refused.length >= 1, `none of ${burst.length} refused`);
    assert.equal(told.length, refused.length);
    for (const t of told) {
      assert.match(t.url ?? '', /^\/api\/search\?q=harbour&n=\d+$/);
      assert.deepEqual([t.status, t.written], [503, true]);
    }
  });

  it('refuses at the door: before request logging and routing, one summary log line, yet with its request id and security headers', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    const { engine, started } = held(indexed.engine, 300);
    const app = createApp({ engine, log: () => {}, logger: pino({ level: 'info' }, sink), limits: { concurrency: 1, queueMs: 150 } });
    const first = request(app)
      .get('/api/search?q=harbour')
      .then((r) => r);
    await until(() => started.length === 1);
    // The slot is taken and a search takes ~100 ms by the gate's first guess: these wait too long.
    const refused = await Promise.all([
      request(app).get('/api/search?q=strike'),
      request(app).get('/?q=strike').set('Accept', 'text/html'),
      request(app).get('/?q=strike').set('HX-Request', 'true').set('HX-Request-Type', 'partial'),
      // Refused before its query is read: the route would have answered 400 for page=0.
      request(app).get('/api/search?q=strike&page=0'),
    ]);
    for (const r of refused) {
      assert.equal(r.status, 503);
      assert.match(r.headers['retry-after'] ?? '', /^[1-9]\d*$/);
      assert.match(r.headers['x-request-id'] ?? '', /^[0-9a-f-]{36}$/);
      assert.match(r.headers['content-security-policy'] ?? '', /script-src 'self'/);
      assert.equal(r.headers['cache-control'], 'no-store');
    }
    assert.equal(refused[0]!.body.error, 'Busy — try again in a moment');
    assert.match(refused[1]!.text, /<html[\s\S]*Busy — try again in a moment/);
    assert.doesNotMatch(refused[2]!.text, /<html/);
    assert.equal((await first).status, 200);
    await until(() => lines.some((l) => typeof l.refused === 'number'));
    const perRequest = lines.filter((l) => l.res !== undefined);
    assert.deepEqual(
      perRequest.map((l) => (l.res as { statusCode: number }).statusCode),
      [200],
      'only the admitted search has a line of its own',
    );
    assert.deepEqual(
      lines.filter((l) => typeof l.refused === 'number').map((l) => [l.level, l.refused]),
      [[40, 4]],
    );
  });

  it('refuses before Express sets the request up, in the representation Express would have negotiated', async () => {
    const { engine, started } = held(indexed.engine, 300);
    const app = appWith(engine, { concurrency: 1, queueMs: 150 });
    // Express gives each request it handles its own prototype (app.request) before any middleware
    // runs: a refusal at the door leaves the request as Node made it. (An admitted search reaches
    // Express after the current turn, so each request is looked at once all have been answered.)
    const requests: http.IncomingMessage[] = [];
    const server = (req: http.IncomingMessage, res: http.ServerResponse) => {
      requests.push(req);
      app(req, res);
    };
    const first = request(server)
      .get('/api/search?q=harbour')
      .then((r) => r);
    await until(() => started.length === 1);
    const refused = await Promise.all([
      request(server).get('/?q=strike').set('Accept', 'application/json'),
      request(server).get('/?q=strike').set('Accept', 'text/html;q=0.5, application/json'),
      request(server).get('/?q=strike').set('Accept', 'application/json;q=0.1, text/html'),
      request(server).get('/articles/x/in-results?q=strike').set('Accept', '*/*'),
      request(server).head('/api/search?q=strike'),
    ]);
    assert.deepEqual(
      refused.map((r) => [r.status, r.type]),
      [
        [503, 'application/json'],
        [503, 'application/json'],
        [503, 'text/html'],
        [503, 'text/html'],
        [503, 'application/json'],
      ],
    );
    for (const r of refused) assert.match(r.headers['retry-after'] ?? '', /^[1-9]\d*$/);
    assert.equal(refused[0]!.body.error, 'Busy — try again in a moment');
    assert.match(refused[2]!.text, /<html[\s\S]*Busy — try again in a moment/);
    assert.equal(refused[4]!.text, undefined, 'no body for HEAD');
    assert.equal((await first).status, 200);
    assert.deepEqual(
      requests.map((req) => Object.getPrototypeOf(req) !== http.IncomingMessage.prototype),
      [true, false, false, false, false, false],
      'only the admitted search reached Express',
    );
  });

  it('stops a running search that passes the queue budget while another waits behind it, and answers it busy', async () => {
    // "strike" stands for a slow search (a common word at 1M paragraphs); "harbour" for a quick one.
    const { engine, started } = held(indexed.engine, (q) => (q === 'strike' ? 5_000 : 20));
    const app = appWith(engine, { concurrency: 1, queueMs: 400 });
    const slow = request(app)
      .get('/api/search?q=strike')
      .then((r) => r);
    await until(() => started.length === 1);
    const t0 = performance.now();
    const quick = await request(app).get('/api/search?q=harbour');
    assert.equal(quick.status, 200, `the search behind the slow one is answered: ${quick.status} ${JSON.stringify(quick.body)}`);
    // Not after the slow search's 5 s (the margin is for a loaded machine).
    assert.ok(performance.now() - t0 < 4_000, `answered once the slow search was shed (${Math.round(performance.now() - t0)} ms)`);
    const shed = await slow;
    assert.equal(shed.status, 503);
    assert.equal(shed.body.error, 'Busy — try again in a moment');
    assert.match(shed.headers['retry-after'] ?? '', /^[1-9]\d*$/);
    assert.deepEqual(
      started.map((s) => [s.q, s.aborted]),
      [
        ['strike', true],
        ['harbour', false],
      ],
      'the slow search was stopped in the engine',
    );
    const health = (await request(app).get('/healthz').expect(200)).body;
    assert.equal(health.searches.shed, 1);
  });

  it('answers busy, with Retry-After, admitted searches that waited behind dearer ones until their time was nearly out', async () => {
    // "strike" stands for a dear search; "harbour" for a quick one that sets the gate's estimate.
    const { engine, started } = held(indexed.engine, (q) => (q === 'strike' ? 150 : 1));
    const app = appWith(engine, { concurrency: 1, queueMs: 300, timeoutMs: 1_000 });
    for (let i = 0; i < 30; i++) await request(app).get('/api/search?q=harbour').expect(200);
    // Admitted at the quick searches' pace, they take ten times longer: the last wait past the time limit.
    const burst = await Promise.all(Array.from({ length: 16 }, () => request(app).get('/api/search?q=strike')));
    const busy = burst.filter((r) => r.status === 503);
    assert.deepEqual(
      burst.filter((r) => r.status !== 200 && r.status !== 503).map((r) => r.status),
      [],
    );
    assert.ok(busy.length >= 1, `the burst outlasted the time limit (${burst.map((r) => r.status).join(' ')})`);
    for (const r of busy) {
      assert.equal(r.body.error, 'Busy — try again in a moment', `not "${r.body.error}"`);
      assert.match(r.headers['retry-after'] ?? '', /^[1-9]\d*$/);
    }
    // Those that waited too long never reached the engine.
    assert.equal(started.filter((s) => s.q === 'strike').length, burst.length - busy.length);
  });

  it('lets a search run past the queue budget when nothing waits behind it', async () => {
    const { engine } = held(indexed.engine, (q) => (q === 'strike' ? 500 : 20));
    const app = appWith(engine, { concurrency: 1, queueMs: 100 });
    await request(app).get('/api/search?q=strike').expect(200);
  });

  it('stops a search that passes its time limit and answers with a page that says so', async () => {
    const { engine, started } = held(indexed.engine, 2_000);
    const app = appWith(engine, { timeoutMs: 40 });
    const page = await request(app).get('/?q=harbour').set('Accept', 'text/html').expect(503);
    assert.match(page.text, /This search took too long/);
    assert.doesNotMatch(page.text, /at .*\.ts:\d+/);
    const api = await request(app).get('/api/search?q=harbour').expect(503);
    assert.equal(api.body.error, 'This search took too long');
    assert.deepEqual(
      started.map((s) => s.aborted),
      [true, true],
      'the engine saw both searches aborted',
    );
  });

  it('drops a queued search when its client disconnects, and keeps article pages and health served meanwhile', async () => {
    const { engine, started } = held(indexed.engine, 400);
    const app = appWith(engine, { concurrency: 1, queueMs: 60_000 });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const first = fetch(`http://127.0.0.1:${port}/api/search?q=harbour`);
      await until(() => started.length === 1);
      // A second search waits behind the first; its client gives up after 50 ms.
      await new Promise<void>((resolve) => {
        const req = http.get(`http://127.0.0.1:${port}/api/search?q=strike`, () => {});
        req.on('error', () => resolve());
        setTimeout(() => (req.destroy(), resolve()), 50);
      });
      // While the slot is taken: health and an article page answer at once.
      assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);
      const id = (await indexed.engine.listArticles())[0]!.id;
      assert.equal((await fetch(`http://127.0.0.1:${port}/articles/${id}`)).status, 200);
      assert.equal((await first).status, 200);
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.deepEqual(
        started.map((s) => s.q),
        ['harbour'],
        'the abandoned search never reached the engine',
      );
      const health = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { searches: { running: number; waiting: number } };
      assert.deepEqual([health.searches.running, health.searches.waiting], [0, 0]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses a download beyond the streams limit with 503 and Retry-After', async () => {
    const { engine, started } = held(indexed.engine, 300);
    const app = appWith(engine, { exportStreams: 1 });
    const [first, second] = await Promise.all([
      request(app).get('/export.csv?q=harbour'),
      until(() => started.length === 1).then(() => request(app).get('/export.csv?q=harbour')),
    ]);
    assert.equal(first.status, 200);
    assert.match(first.text, /paragraph_id/);
    assert.equal(second.status, 503);
    assert.match(second.headers['retry-after'] ?? '', /^[1-9]\d*$/);
    // Once the first has finished, a download is admitted again.
    await request(app).get('/export.csv?q=harbour').expect(200);
  });
});
