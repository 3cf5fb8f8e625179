/**
 * The start-up warm-up (server/warm-up.ts): searches refused through a throwaway copy of the app
 * over real loopback sockets, without searching and without touching the
 * serving app's gate or log.
 */
import assert from 'node:assert/strict';
import dc from 'node:diagnostics_channel';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import type { SearchEngine } from '../../engine/contract/types.ts';
import { createApp, createViews } from '../../server/app.ts';
import { warmDistinctSearches, warmRefusals, warmSearches } from '../../server/warm-up.ts';
import { FIXTURE_CORPUS, indexedApp, type IndexedApp } from '../helpers/indexed-app.ts';

describe('start-up warm-up', () => {
  let indexed: IndexedApp;
  before(async () => {
    indexed = await indexedApp(FIXTURE_CORPUS);
  });
  after(async () => {
    await indexed.close();
  });

  it('refuses the searches it sends, asks the engine nothing, and leaves the serving app untouched', async () => {
    const serving = createApp({ engine: indexed.engine, log: () => {} });
    let searched = 0;
    const engine: SearchEngine = Object.create(indexed.engine);
    engine.search = (...args) => (searched++, indexed.engine.search(...args));
    const warmed = await warmRefusals(engine, 301);
    assert.equal(warmed.refusals, 301);
    assert.ok(warmed.ms > 0);
    assert.equal(searched, 0, 'no search reached the engine');
    const health = (await request(serving).get('/healthz').expect(200)).body;
    assert.deepEqual([health.searches.admitted, health.searches.refused], [0, 0]);
    // Still a working engine and app afterwards.
    assert.equal((await request(serving).get('/api/search?q=harbour').expect(200)).body.total > 0, true);
  });

  it("answers real searches with the serving app's templates, leaving its gate and log untouched", async () => {
    const views = createViews({ compileViews: true });
    const logged: string[] = [];
    const serving = createApp({ engine: indexed.engine, views, log: (message) => logged.push(message) });
    const asked: string[] = [];
    const engine: SearchEngine = Object.create(indexed.engine);
    engine.search = (request, options) => (asked.push(String(request.q ?? '')), indexed.engine.search(request, options));
    const rendered: string[] = [];
    const render = views.env.render.bind(views.env);
    views.env.render = ((name: string, context?: object) => (rendered.push(name), render(name, context))) as typeof views.env.render;
    const warmed = await warmSearches(engine, views, 30);
    assert.equal(warmed.answered, 30);
    // The empty query (every index has its hits), then a word of its first hit: searches with marks.
    assert.equal(asked[0], '');
    assert.ok(
      asked.some((q) => /^\p{L}{3,}$/u.test(q)),
      asked.join(' | '),
    );
    // Rendered by the environment the serving app renders with: its compiled templates are the ones made hot.
    assert.ok(rendered.includes('search.njk') && rendered.includes('partials/results.njk'), rendered.join(' '));
    const health = (await request(serving).get('/healthz').expect(200)).body;
    assert.deepEqual([health.searches.admitted, health.searches.refused], [0, 0]);
    assert.deepEqual(logged, []);
  });

  it('rejects when a search is not answered, so start-up says so (and serves anyway)', async () => {
    const engine: SearchEngine = Object.create(indexed.engine);
    engine.search = () => Promise.reject(new Error('broken'));
    await assert.rejects(warmSearches(engine, createViews(), 3), /warm-up: \/api\/search answered 500/);
  });

  it('opens a new connection every few searches, as a spike opens its connections', async () => {
    let accepted = 0;
    const count = () => accepted++;
    dc.subscribe('net.server.socket', count);
    try {
      await warmRefusals(indexed.engine, 400);
    } finally {
      dc.unsubscribe('net.server.socket', count);
    }
    assert.ok(accepted >= 40, `${accepted} connections for 400 refusals`);
  });
  it("asks distinct searches of the index's own words as a spike's, straight on the engine, and every one is answered", async () => {
    const asked: Array<{ request: string; spike: boolean }> = [];
    const engine: SearchEngine = Object.create(indexed.engine);
    engine.search = (request, options) => (
      asked.push({ request: JSON.stringify(request), spike: options?.spike === true }), indexed.engine.search(request, options)
    );
    const warmed = await warmDistinctSearches(engine, 64);
    assert.equal(warmed.answered, 64);
    // First the empty query's pages for words, then the searches, each flagged as a spike's, so that
    // what they leave in the caches stays on probation (engine/sqlite/guarded-cache.ts).
    const searches = asked.filter((a) => a.spike);
    assert.equal(searches.length, 64);
    assert.ok(asked.slice(0, asked.length - 64).every((a) => !a.spike && JSON.parse(a.request).q === ''));
    const distinct = new Set(searches.map((a) => a.request)).size;
    assert.ok(distinct >= 60, `${distinct} distinct of 64`);
    assert.ok(
      searches.some((a) => /"q":"\\"/.test(a.request)),
      'a phrase among them',
    );
    assert.ok(
      searches.some((a) => /"year":\[/.test(a.request)),
      'a year among them',
    );
    // And no longer than its time allows: start-up goes on with what was filled.
    const cut = await warmDistinctSearches(engine, 10_000, 0);
    assert.equal(cut.answered, 0);
  });
});
