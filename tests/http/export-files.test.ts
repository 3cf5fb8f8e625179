/** Export downloads: a file name that says what was searched and filtered, and absolute article URLs. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { createApp } from '../../server/app.ts';
import { FIXTURE_CORPUS, indexedApp, type IndexedApp } from '../helpers/indexed-app.ts';

let ctx: IndexedApp;
before(async () => {
  ctx = await indexedApp(FIXTURE_CORPUS);
});
after(async () => ctx.close());

const fileName = (res: request.Response) => /filename="([^"]+)"/.exec(res.headers['content-disposition'] ?? '')?.[1];
const csvRows = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));

describe('export file names', () => {
  it('carry the query and each filter, so two different searches never share a name', async () => {
    const plain = await request(ctx.app).get('/export.csv?q=harbour').expect(200);
    assert.equal(fileName(plain), 'nutgraf-harbour.csv');
    const filtered = await request(ctx.app).get('/export.csv?q=harbour&year=2021&year=2019&outlet=Coast%20Gazette').expect(200);
    assert.equal(fileName(filtered), 'nutgraf-harbour-year-2021-2019-outlet-coast-gazette.csv');
    const json = await request(ctx.app).get('/export.json?q=harbour&language=en&sort=newest&group=article').expect(200);
    assert.equal(fileName(json), 'nutgraf-harbour-language-en-newest-by-article.json');
    const all = await request(ctx.app).get('/export.csv?year=2021').expect(200);
    assert.equal(fileName(all), 'nutgraf-year-2021.csv');
  });

  it('stay short when many filters are on, and still differ', async () => {
    const outlets = (from: number) => Array.from({ length: 40 }, (_, i) => `outlet=Outlet%20number%20${from + i}`).join('&');
    const a = fileName(
      await request(ctx.app)
        .get(`/export.csv?q=harbour&${outlets(0)}`)
        .expect(200),
    )!;
    const b = fileName(
      await request(ctx.app)
        .get(`/export.csv?q=harbour&${outlets(1)}`)
        .expect(200),
    )!;
    assert.ok(a.length <= 130, a);
    assert.notEqual(a, b);
    assert.match(a, /^nutgraf-harbour-outlet-outlet-number-0-.*\.csv$/);
  });
});

describe('article URLs in exports', () => {
  it('are absolute, on the host the request came to, when no public URL is configured', async () => {
    const res = await request(ctx.app).get('/export.csv?q=strike').set('Host', 'search.example.net:8080').expect(200);
    const [head, ...rows] = csvRows(res.text);
    const column = head!.indexOf('article_url');
    assert.ok(rows.length > 0);
    for (const row of rows) assert.match(row[column]!, /^http:\/\/search\.example\.net:8080\/articles\/[\w-]+\?q=strike#p-\d+$/);
    const json = await request(ctx.app).get('/export.json?q=strike').set('Host', 'search.example.net:8080').expect(200);
    for (const hit of JSON.parse(json.text).hits) assert.match(hit.url, /^http:\/\/search\.example\.net:8080\/articles\//);
    // A Host header that is no host cannot make a URL: the download still works, with paths.
    const odd = await request(ctx.app).get('/export.csv?q=strike').set('Host', 'bad host/../x').expect(200);
    const oddRows = csvRows(odd.text).slice(1);
    assert.ok(oddRows.length > 0);
    for (const row of oddRows) assert.match(row[column]!, /^\/articles\//);
  });

  it('start with the configured public base URL (path included) when there is one', async () => {
    const app = createApp({ engine: ctx.engine, log: () => {}, publicBaseUrl: 'https://news.example.org/nutgraf' });
    const res = await request(app).get('/export.csv?q=strike&year=2019').set('Host', 'internal:3000').expect(200);
    const [head, ...rows] = csvRows(res.text);
    const column = head!.indexOf('article_url');
    for (const row of rows)
      assert.match(row[column]!, /^https:\/\/news\.example\.org\/nutgraf\/articles\/[\w-]+\?q=strike&year=2019#p-\d+$/);
  });
});
