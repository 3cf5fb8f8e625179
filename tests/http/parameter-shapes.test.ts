/** Parameters given as arrays or objects (`q[]=`, `q[x]=`): a 400 that names them, never a silent empty search. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { FIXTURE_CORPUS, indexedApp, type IndexedApp } from '../helpers/indexed-app.ts';

let ctx: IndexedApp;
before(async () => {
  ctx = await indexedApp(FIXTURE_CORPUS);
});
after(async () => ctx.close());

describe('array- and object-shaped parameters', () => {
  for (const [query, name] of [
    ['q[]=truce', 'q'],
    ['q[x]=truce', 'q'],
    ['q=harbour&page[]=2', 'page'],
    ['q=harbour&year[]=2019', 'year'],
    ['q=harbour&outlet[name]=Coast', 'outlet'],
    ['q=harbour&sort[]=newest', 'sort'],
  ] as const) {
    it(`${query} is a 400 naming "${name}", as JSON and as a page`, async () => {
      const json = await request(ctx.app).get(`/api/search?${query}`).expect(400).expect('Content-Type', /json/);
      assert.equal(json.body.status, 400);
      assert.ok(
        json.body.details.some((d: string) => d.includes(`"${name}"`)),
        `names the parameter: ${JSON.stringify(json.body.details)}`,
      );
      const page = await request(ctx.app).get(`/?${query}`).expect(400).expect('Content-Type', /html/);
      assert.ok(page.text.includes(`&quot;${name}&quot;`), 'the page names it too');
    });
  }

  it('applies to the exports and the article page state as well', async () => {
    await request(ctx.app).get('/export.csv?q[]=harbour').expect(400);
    // An article page keeps working: a broken search state only loses the state.
    await request(ctx.app).get('/articles/harbour-strike?q[]=harbour').expect(200);
    // The plain forms still answer.
    await request(ctx.app).get('/api/search?q=harbour&year=2019&outlet=Coast%20Gazette').expect(200);
  });
});
