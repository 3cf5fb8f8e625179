import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { createApp } from '../../server/app.ts';
import { FIXTURE_CORPUS, facetSum, indexedApp, type IndexedApp } from '../helpers/indexed-app.ts';

let ctx: IndexedApp;
before(async () => {
  ctx = await indexedApp(FIXTURE_CORPUS);
});
after(async () => ctx.close());

describe('GET /api/search', () => {
  it('returns the documented shape with highlighted hits and facet counts', async () => {
    const res = await request(ctx.app).get('/api/search?q=strike').expect(200).expect('Content-Type', /json/);
    const body = res.body;
    for (const key of ['query', 'total', 'page', 'pages', 'perPage', 'tookMs', 'hits', 'facets']) assert.ok(key in body, key);
    assert.equal(body.query, 'strike');
    assert.ok(body.total >= 2);
    for (const hit of body.hits) {
      for (const key of ['id', 'articleId', 'position', 'kind', 'title', 'outlet', 'year', 'date', 'text', 'highlighted', 'url'])
        assert.ok(key in hit, key);
      assert.match(hit.highlighted, /<mark>strike<\/mark>/i);
      assert.equal(hit.url, `/articles/${hit.articleId}?q=strike#p-${hit.position}`);
    }
    assert.equal(facetSum(body.facets.year), body.total);
    assert.equal(facetSum(body.facets.outlet), body.total);
  });

  it('filters by year, and values of one facet are ORed', async () => {
    const one = await request(ctx.app).get('/api/search?q=harbour&year=2019').expect(200);
    assert.ok(one.body.total > 0);
    assert.ok(one.body.hits.every((h: { year: number }) => h.year === 2019));
    const both = await request(ctx.app).get('/api/search?q=harbour&outlet=Coast%20Gazette&outlet=Metro%20Herald').expect(200);
    const outlets = new Set(both.body.hits.map((h: { outlet: string }) => h.outlet));
    assert.deepEqual([...outlets].sort(), ['Coast Gazette', 'Metro Herald']);
  });

  it('filters by an outlet whose name has quotes and a backslash', async () => {
    const res = await request(ctx.app).get('/api/search').query({ q: 'river', outlet: 'Valley "Post" \\ Daily' }).expect(200);
    assert.ok(res.body.total > 0);
    assert.ok(res.body.hits.every((h: { outlet: string }) => h.outlet === 'Valley "Post" \\ Daily'));
  });

  it('reports paragraphs without a known year under "unknown"', async () => {
    const res = await request(ctx.app).get('/api/search?q=lighthouse').expect(200);
    assert.ok(res.body.total > 0);
    assert.equal(res.body.facets.year.unknown, res.body.total);
    const filtered = await request(ctx.app).get('/api/search?q=lighthouse&year=unknown').expect(200);
    assert.equal(filtered.body.total, res.body.total);
  });

  it('pages through results without overlap', async () => {
    const first = await request(ctx.app).get('/api/search?q=the&perPage=2&page=1').expect(200);
    const second = await request(ctx.app).get('/api/search?q=the&perPage=2&page=2').expect(200);
    assert.equal(first.body.perPage, 2);
    assert.equal(first.body.pages, Math.ceil(first.body.total / 2));
    const ids = new Set(first.body.hits.map((h: { id: string }) => h.id));
    assert.ok(second.body.hits.every((h: { id: string }) => !ids.has(h.id)));
  });

  it('does not index page junk', async () => {
    for (const junk of ['Share this article', 'All rights reserved', 'HOME NEWS SPORT', 'Read more']) {
      const res = await request(ctx.app)
        .get('/api/search')
        .query({ q: `"${junk}"` })
        .expect(200);
      assert.equal(res.body.total, 0, `"${junk}" should not be searchable`);
    }
  });
});

describe('GET / (the search page)', () => {
  it('renders a full page with the form, results, facets and htmx from node_modules', async () => {
    const res = await request(ctx.app).get('/?q=strike').expect(200).expect('Content-Type', /html/);
    assert.match(res.text, /<form[^>]+id="search"[^>]+hx-get="\/"/);
    assert.match(res.text, /<script src="\/static\/htmx\/[\d.]+\/htmx\.min\.js"/);
    assert.match(res.text, /id="results"/);
    assert.match(res.text, /name="year" value="2019"/);
    assert.match(res.text, /<mark>strike<\/mark>/i);
    const htmx = /src="(\/static\/htmx\/[^"]+)"/.exec(res.text)![1]!;
    const js = await request(ctx.app).get(htmx).expect(200);
    assert.match(String(js.headers['cache-control']), /immutable/);
  });

  it('answers an htmx partial request with just the results fragment', async () => {
    const res = await request(ctx.app).get('/?q=strike').set('HX-Request', 'true').set('HX-Request-Type', 'partial').expect(200);
    assert.match(res.text.trimStart(), /^<div id="results"/);
    assert.doesNotMatch(res.text, /<html/);
    assert.match(String(res.headers.vary), /HX-Request/);
    assert.match(String(res.headers.vary), /Accept/);
  });

  it('serves the same data as JSON when asked', async () => {
    const res = await request(ctx.app).get('/?q=strike').set('Accept', 'application/json').expect(200).expect('Content-Type', /json/);
    assert.equal(res.body.query, 'strike');
  });

  it('escapes the query it echoes and corpus text that looks like HTML', async () => {
    const res = await request(ctx.app).get('/').query({ q: '<script>alert(1)</script>' }).expect(200);
    assert.doesNotMatch(res.text, /<script>alert\(1\)<\/script>/);
    assert.match(res.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    const corpus = await request(ctx.app).get('/?q=protester').expect(200);
    assert.doesNotMatch(corpus.text, /<script>alert\('pwned'\)<\/script>/);
    assert.match(corpus.text, /&lt;script&gt;alert\(/);
  });

  it('sends a strict Content-Security-Policy with no inline script', async () => {
    const res = await request(ctx.app).get('/').expect(200);
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.doesNotMatch(res.text, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline <script> blocks');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });
});

describe('bad input gets a helpful answer, never a 5xx', () => {
  const cases: Array<[string, Record<string, string> | string]> = [
    ['unbalanced quote and parens', { q: '"((' }],
    ['bare operators', { q: 'AND OR NOT' }],
    ['a lone star', { q: '*' }],
    ['FTS syntax', { q: 'NEAR(a b) col:x ^y' }],
    ['a negative page', 'page=-3'],
    ['a word for a year', 'year=x'],
    ['a huge page size', 'perPage=100000'],
    ['an unknown sort', 'sort=sideways'],
    ['a 5,000-character query', { q: 'news '.repeat(1000) }],
    ['control characters', { q: '\u0000\u0001\u0002 strike' }],
    ['repeated scalars', 'q=a&q=b'],
  ];
  for (const [name, query] of cases) {
    it(`${name}`, async () => {
      for (const path of ['/', '/api/search']) {
        const res = await request(ctx.app).get(path).query(query);
        assert.ok(res.status < 500, `${path} answered ${res.status}`);
        assert.doesNotMatch(res.text, /at .+\.ts:\d+/, 'no stack trace');
      }
    });
  }

  it('explains invalid parameters on a 400 page in the site layout, keeping the form', async () => {
    const res = await request(ctx.app).get('/?q=harbour&page=-3&year=banana').expect(400);
    assert.match(res.text, /page/);
    assert.match(res.text, /banana/);
    assert.match(res.text, /<form[^>]+id="search"/);
    assert.match(res.text, /value="harbour"/);
    const json = await request(ctx.app).get('/api/search?year=banana').expect(400);
    assert.ok(Array.isArray(json.body.details));
  });

  it('says a query is too long rather than failing', async () => {
    const res = await request(ctx.app)
      .get('/api/search')
      .query({ q: 'x'.repeat(5000) })
      .expect(400);
    assert.match(res.body.details.join(' '), /longer than/);
  });

  it('answers unknown pages with a 404 page in the layout', async () => {
    const res = await request(ctx.app).get('/no/such/page').expect(404);
    assert.match(res.text, /class="site-header"/);
  });
});

describe('a degraded answer (the engine stopped early to answer in time)', () => {
  /**
   * The embedded engine never stops early, so its answer is marked degraded here the way the
   * Meilisearch backend marks a cut-off search (tests/unit/meilisearch-search.test.ts proves that).
   * What this checks is the server's side: the caller is told, in the page and in the JSON.
   */
  const degradedApp = () => {
    const engine = ctx.engine;
    const search: typeof engine.search = async (request) => ({ ...(await engine.search(request)), degraded: true });
    const cutOff = new Proxy(engine, {
      get: (target, name) => {
        if (name === 'search') return search;
        const value: unknown = Reflect.get(target, name, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    return createApp({ engine: cutOff, log: () => {} });
  };

  it('says so in the JSON', async () => {
    assert.equal((await request(ctx.app).get('/api/search?q=harbour').expect(200)).body.degraded, false);
    assert.equal((await request(degradedApp()).get('/api/search?q=harbour').expect(200)).body.degraded, true);
  });

  it('says so on the page and in the htmx fragment', async () => {
    const notice = /The search engine stopped early to answer in time/;
    assert.doesNotMatch((await request(ctx.app).get('/?q=harbour').expect(200)).text, notice);
    assert.match((await request(degradedApp()).get('/?q=harbour').expect(200)).text, notice);
    const fragment = await request(degradedApp())
      .get('/?q=harbour')
      .set('HX-Request', 'true')
      .set('HX-Request-Type', 'partial')
      .expect(200);
    assert.match(fragment.text, notice);
  });
});
