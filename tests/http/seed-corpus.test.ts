/** The product's own corpus, end to end: what a person sees after `npm start`. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { SEED_CORPUS, decodeEntities, facetSum, indexedApp, textOfId, type IndexedApp } from '../helpers/indexed-app.ts';

let ctx: IndexedApp;
before(async () => {
  ctx = await indexedApp(SEED_CORPUS);
});
after(async () => ctx.close());

describe('the seed corpus', () => {
  it('finds "truce" in paragraphs from at least three outlets, highlighted, with facets adding up', async () => {
    const res = await request(ctx.app).get('/api/search?q=truce&perPage=100').expect(200);
    const outlets = new Set(res.body.hits.map((h: { outlet: string }) => h.outlet));
    assert.ok(outlets.size >= 3, `outlets: ${[...outlets].join(', ')}`);
    for (const hit of res.body.hits) {
      // corpus/synonyms.yaml makes truce and cease-fire (any spelling) one group.
      assert.match(hit.highlighted, /<mark>(?:truce|cease-?fire|cease)<\/mark>/i);
      assert.equal(decodeEntities(hit.highlighted.replace(/<\/?mark>/g, '')), hit.text, "highlighted is the hit's own text");
    }
    assert.equal(facetSum(res.body.facets.year), res.body.total);
    assert.equal(facetSum(res.body.facets.outlet), res.body.total);
  });

  it('narrows netanyahu to 2012, and to AFP or Reuters', async () => {
    const y = await request(ctx.app).get('/api/search?q=netanyahu&year=2012&perPage=100').expect(200);
    assert.ok(y.body.total > 0);
    assert.ok(y.body.hits.every((h: { year: number }) => h.year === 2012));
    assert.ok(Object.keys(y.body.facets.year).length > 1, 'year counts ignore the year filter itself');
    const o = await request(ctx.app).get('/api/search?q=netanyahu&outlet=AFP&outlet=Reuters&perPage=100').expect(200);
    assert.ok(o.body.total > 0);
    const outlets = new Set(o.body.hits.map((h: { outlet: string }) => h.outlet));
    assert.deepEqual([...outlets].sort(), ['AFP', 'Reuters']);
    assert.ok(Object.values(o.body.facets.outlet).every((n) => typeof n === 'number'));
  });

  it('indexes no page junk', async () => {
    const junk = [
      'Click for full JPost coverage',
      'free website hit counter',
      'Most Popular',
      'Comments are closed',
      'About admin',
      'Copyright AFP',
      'Trudeau visits Sina Weibo',
    ];
    for (const phrase of junk) {
      const res = await request(ctx.app)
        .get('/api/search')
        .query({ q: `"${phrase}"` })
        .expect(200);
      assert.equal(res.body.total, 0, `"${phrase}" is searchable`);
    }
  });

  it('every hit opens its article at a paragraph holding the hit text', async () => {
    const res = await request(ctx.app).get('/api/search?q=gaza&perPage=100').expect(200);
    assert.ok(res.body.total > 10);
    for (const hit of res.body.hits) {
      const [path, fragment] = hit.url.split('#');
      const page = await request(ctx.app).get(path).expect(200);
      assert.ok(textOfId(page.text, fragment)?.includes(hit.text), hit.url);
    }
  });

  it('lists the five articles with the manifest metadata', async () => {
    const res = await request(ctx.app).get('/api/articles').expect(200);
    assert.equal(res.body.length, 5);
    const byOutlet = Object.fromEntries(res.body.map((a: { outlet: string; year: number }) => [a.outlet, a.year]));
    assert.deepEqual(byOutlet, { 'China Daily': 2012, 'The Jerusalem Post': 2012, 'The New York Times': 2024, Reuters: 2024, AFP: 2023 });
  });
});
