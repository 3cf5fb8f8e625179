import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { FIXTURE_CORPUS, indexedApp, textOfId, type IndexedApp } from '../helpers/indexed-app.ts';

let ctx: IndexedApp;
before(async () => {
  ctx = await indexedApp(FIXTURE_CORPUS);
});
after(async () => ctx.close());

describe('article pages', () => {
  it('every hit links to its paragraph inside the article, marked and highlighted', async () => {
    const search = await request(ctx.app).get('/api/search?q=strike').expect(200);
    assert.ok(search.body.hits.length > 0);
    for (const hit of search.body.hits) {
      const [path, fragment] = hit.url.split('#');
      const page = await request(ctx.app).get(path).expect(200);
      const text = textOfId(page.text, fragment);
      assert.ok(text?.includes(hit.text), `#${fragment} holds the hit's text`);
      assert.match(page.text, new RegExp(`id="${fragment}"[^>]*class="para matched`));
      assert.match(page.text, /<mark>strike<\/mark>/i);
      assert.match(page.text, /href="\/\?q=strike"[^>]*>← Back to results/);
    }
  });

  it('shows every paragraph in order with ids, and the metadata', async () => {
    const res = await request(ctx.app).get('/api/articles').expect(200);
    const article = res.body.find((a: { source: string }) => a.source === 'harbour-strike.txt');
    assert.ok(article);
    assert.deepEqual(Object.keys(article).sort(), ['date', 'id', 'language', 'outlet', 'paragraphs', 'source', 'title', 'year'].sort());
    assert.equal(article.outlet, 'Coast Gazette');
    assert.equal(article.year, 2019);
    const json = await request(ctx.app).get(`/api/articles/${article.id}`).expect(200);
    assert.equal(json.body.paragraphs.length, article.paragraphs);
    assert.deepEqual(
      json.body.paragraphs.map((p: { position: number }) => p.position),
      [...Array(article.paragraphs).keys()],
    );
    const page = await request(ctx.app).get(`/articles/${article.id}`).expect(200);
    for (const p of json.body.paragraphs) assert.ok(textOfId(page.text, `p-${p.position}`)?.includes(p.text));
    assert.match(page.text, /Coast Gazette/);
    assert.match(page.text, /2019-05-02/);
    assert.match(page.text, /harbour-strike\.txt/, 'provenance names the source file');
  });

  it('keeps in-article subheadings as headings', async () => {
    const res = await request(ctx.app).get('/api/search').query({ q: '"what happens next"' }).expect(200);
    assert.equal(res.body.total, 1);
    assert.equal(res.body.hits[0].kind, 'heading');
  });

  it('shows corpus text that looks like HTML as text', async () => {
    const res = await request(ctx.app).get('/api/articles').expect(200);
    const council = res.body.find((a: { source: string }) => a.source === 'council-budget.txt');
    const page = await request(ctx.app).get(`/articles/${council.id}`).expect(200);
    assert.doesNotMatch(page.text, /<script>alert/);
    assert.match(page.text, /&lt;script&gt;alert\(/);
  });

  it('answers an unknown or malformed article id with a 404 page', async () => {
    const res = await request(ctx.app).get('/articles/nope').expect(404);
    assert.match(res.text, /class="site-header"/);
    assert.match(res.text, /nope/);
    await request(ctx.app).get('/articles/..%2F..%2Fetc%2Fpasswd').expect(404);
    await request(ctx.app).get('/api/articles/nope').expect(404).expect('Content-Type', /json/);
  });
});

describe('GET /healthz', () => {
  it('reports status, engine and counts', async () => {
    const res = await request(ctx.app).get('/healthz').expect(200);
    assert.equal(res.body.status, 'ok');
    assert.equal(res.body.engine, 'sqlite');
    assert.equal(res.body.articles, 4);
    assert.ok(res.body.paragraphs > 10);
  });
});
