/** Wrong methods on addresses that exist: 405 with an Allow header, not "There is no page at this address". */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { FIXTURE_CORPUS, indexedApp, type IndexedApp } from '../helpers/indexed-app.ts';

let ctx: IndexedApp;
before(async () => {
  ctx = await indexedApp(FIXTURE_CORPUS);
});
after(async () => ctx.close());

const ROUTES = [
  '/',
  '/api/search',
  '/articles/harbour-strike',
  '/api/articles',
  '/api/articles/harbour-strike',
  '/articles/harbour-strike/context?position=0',
  '/export.csv',
  '/export.json',
  '/healthz',
];

describe('methods', () => {
  for (const path of ROUTES) {
    for (const method of ['post', 'put', 'delete', 'patch'] as const) {
      it(`${method.toUpperCase()} ${path} is 405 with Allow: GET, HEAD`, async () => {
        const res = await request(ctx.app)[method](path).expect(405);
        assert.equal(res.headers.allow, 'GET, HEAD');
        assert.equal(res.headers['cache-control'], 'no-store');
      });
    }
  }

  it('says what is wrong, as a page or as JSON', async () => {
    const page = await request(ctx.app).post('/').expect(405).expect('Content-Type', /html/);
    assert.match(page.text, /This address answers GET requests only/);
    assert.doesNotMatch(page.text, /There is no page at this address/);
    const json = await request(ctx.app).put('/api/search').expect(405).expect('Content-Type', /json/);
    assert.equal(json.body.status, 405);
    assert.ok(json.body.requestId);
  });

  it('answers OPTIONS with the methods allowed', async () => {
    const res = await request(ctx.app).options('/api/search').expect(204);
    assert.equal(res.headers.allow, 'GET, HEAD');
    // GET and HEAD still answer, and an address that does not exist is still a 404 for any method.
    await request(ctx.app).get('/api/search?q=harbour').expect(200);
    await request(ctx.app).head('/api/search?q=harbour').expect(200);
    await request(ctx.app).post('/no/such/page').expect(404);
    await request(ctx.app).post('/articles/harbour-strike/extra').expect(404);
  });
});
