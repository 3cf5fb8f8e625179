/** Operations: request ids on every response, structured request logs, cache headers. */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import request from 'supertest';
import { createApp, ASSET_VERSION, HTMX_VERSION } from '../../server/app.ts';
import { FIXTURE_CORPUS, indexedApp, type IndexedApp } from '../helpers/indexed-app.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('operations', () => {
  let indexed: IndexedApp;
  const lines: Array<Record<string, unknown>> = [];
  let app: ReturnType<typeof createApp>;
  before(async () => {
    indexed = await indexedApp(FIXTURE_CORPUS);
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
        done();
      },
    });
    app = createApp({ engine: indexed.engine, logger: pino({ level: 'info' }, sink), log: () => {} });
  });
  after(() => indexed.close());

  it('gives every response a request id: pages, API, static files, 404s and 400s', async () => {
    for (const [url, status] of [
      ['/?q=budget', 200],
      ['/api/search?q=budget', 200],
      ['/healthz', 200],
      [`/static/v/${ASSET_VERSION}/app.css`, 200],
      ['/no/such/page', 404],
      ['/?page=zero', 400],
    ] as const) {
      const res = await request(app).get(url);
      assert.equal(res.status, status, url);
      assert.match(res.get('X-Request-Id') ?? '', UUID, url);
    }
  });

  it('echoes the request id in error pages and error JSON', async () => {
    const page = await request(app).get('/?page=zero');
    assert.ok(page.text.includes(page.get('X-Request-Id')!), 'the id is on the 400 page');
    const json = await request(app).get('/api/search?page=zero');
    assert.equal(json.body.requestId, json.get('X-Request-Id'));
    const missing = await request(app).get('/articles/nope');
    assert.ok(missing.text.includes(missing.get('X-Request-Id')!), 'the id is on the 404 page');
  });

  it('keeps a plain incoming X-Request-Id and replaces a hostile one', async () => {
    const kept = await request(app).get('/healthz').set('X-Request-Id', 'edge-1234abcd');
    assert.equal(kept.get('X-Request-Id'), 'edge-1234abcd');
    const replaced = await request(app).get('/healthz').set('X-Request-Id', '<script>alert(1)</script>');
    assert.match(replaced.get('X-Request-Id')!, UUID);
  });

  it('logs one JSON line per request with id, method, url, status and time', async () => {
    lines.length = 0;
    const res = await request(app).get('/api/search?q=budget').set('X-Request-Id', 'trace-abcdef01');
    assert.equal(res.status, 200);
    const line = lines.find((l) => (l.req as { id?: string } | undefined)?.id === 'trace-abcdef01');
    assert.ok(line, `no log line for the request: ${JSON.stringify(lines)}`);
    assert.equal(line.level, 30);
    assert.deepEqual((line.req as Record<string, unknown>).method, 'GET');
    assert.equal((line.req as Record<string, unknown>).url, '/api/search?q=budget');
    assert.equal((line.res as Record<string, unknown>).statusCode, 200);
    assert.equal(typeof line.responseTime, 'number');
    // Headers can carry cookies: they stay out of the log.
    assert.equal((line.req as Record<string, unknown>).headers, undefined);
    lines.length = 0;
    await request(app).get('/no/such/page');
    assert.equal(lines.at(-1)?.level, 40, '4xx is logged as a warning');
  });

  it('caches versioned assets forever and makes pages revalidate, varying on the representation', async () => {
    for (const url of [
      `/static/v/${ASSET_VERSION}/app.css`,
      `/static/v/${ASSET_VERSION}/app.js`,
      `/static/htmx/${HTMX_VERSION}/htmx.min.js`,
    ]) {
      const res = await request(app).get(url);
      assert.equal(res.status, 200, url);
      assert.match(res.get('Cache-Control')!, /max-age=31536000, immutable/, url);
    }
    const unversioned = await request(app).get('/static/app.css');
    assert.equal(unversioned.get('Cache-Control'), 'no-cache');
    const page = await request(app).get('/?q=budget');
    assert.equal(page.get('Cache-Control'), 'no-cache');
    assert.match(page.get('Vary')!, /HX-Request.*HX-Request-Type.*Accept/);
    assert.match(page.text, new RegExp(`/static/v/${ASSET_VERSION}/app\\.css`), 'the page links the versioned stylesheet');
    const api = await request(app).get('/api/search?q=budget');
    assert.equal(api.get('Cache-Control'), 'no-cache');
    assert.equal((await request(app).get('/healthz')).get('Cache-Control'), 'no-store');
  });

  it('keeps helmet defaults beside the strict CSP', async () => {
    const res = await request(app).get('/');
    assert.match(res.get('Content-Security-Policy')!, /script-src 'self'(;|$)/);
    assert.match(res.get('Content-Security-Policy')!, /object-src 'none'/);
    assert.equal(res.get('X-Content-Type-Options'), 'nosniff');
    assert.equal(res.get('X-Frame-Options'), 'SAMEORIGIN');
    assert.ok(res.get('Strict-Transport-Security'));
    assert.equal(res.get('X-Powered-By'), undefined);
  });
});
