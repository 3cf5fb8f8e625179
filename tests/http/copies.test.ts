/**
 * Copies over HTTP (issue 24): `dedupe=1` in the page and the JSON API, the counts, and the
 * `copy_group` column of the exports, over tests/fixtures/copies-corpus.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { indexedApp, type IndexedApp } from '../helpers/indexed-app.ts';

const CORPUS = path.join(import.meta.dirname, '..', 'fixtures', 'copies-corpus');

let ctx: IndexedApp;
before(async () => {
  ctx = await indexedApp(CORPUS);
});
after(async () => ctx.close());

describe('collapsing copies over HTTP', () => {
  it('lists every copy by default, each carrying its copy group', async () => {
    const res = await request(ctx.app).get('/api/search?q=mortgage').expect(200);
    assert.equal(res.body.total, 3);
    assert.equal(res.body.distinctTotal, null);
    assert.equal(new Set(res.body.hits.map((h: { copyGroup: string }) => h.copyGroup)).size, 1);
    assert.equal(res.body.hits[0].copies, undefined);
  });

  it('dedupe=1: one hit per group, the earliest dated copy, and where else it ran', async () => {
    const res = await request(ctx.app).get('/api/search?q=mortgage&dedupe=1').expect(200);
    assert.deepEqual([res.body.total, res.body.distinctTotal, res.body.hits.length], [3, 1, 1]);
    const [hit] = res.body.hits;
    // Reuters and The Herald both ran it on 7 March, the Courier a day later: the first indexed of the earliest.
    assert.equal(hit.outlet, 'The Herald');
    assert.deepEqual(hit.copies, { count: 2, outlets: ['Daily Courier', 'Reuters'] });
    assert.deepEqual(res.body.facets.outlet, { 'The Herald': 1 });
  });

  it('says so on the page: the switch, "3 paragraphs (1 distinct)", and a plain link to every copy', async () => {
    const res = await request(ctx.app).get('/?q=mortgage&dedupe=1').expect(200);
    assert.match(res.text, /<input type="checkbox" name="dedupe" value="1" checked>/);
    assert.match(res.text, /<strong>3<\/strong> paragraphs\s*\(<strong>1<\/strong> distinct\)/);
    assert.match(res.text, /class="copies"[^>]*>also in 2 other articles \(2 outlets: Daily Courier, Reuters\)/);
    assert.match(res.text, /href="\/\?q=mortgage" class="copies"/);
  });

  it('rejects a dedupe value it does not know', async () => {
    await request(ctx.app).get('/api/search?q=mortgage&dedupe=yes').expect(400);
  });

  it('exports carry the copy group', async () => {
    const csv = await request(ctx.app).get('/export.csv?q=ferry').expect(200);
    const [header, ...rows] = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    assert.ok(header!.split(',').includes('copy_group'));
    assert.equal(rows.length, 2);
    const json = await request(ctx.app).get('/export.json?q=ferry&dedupe=1').expect(200);
    const body = JSON.parse(json.text);
    assert.deepEqual([body.total, body.distinctTotal, body.hits.length], [2, 1, 1]);
    assert.equal(body.hits[0].copyGroup, 'ferry-copy-0');
  });
});

describe('copies on the article page', () => {
  it('says which articles share its paragraphs and marks each copied paragraph', async () => {
    const res = await request(ctx.app).get('/articles/courier-rates').expect(200);
    assert.match(res.text, /This article shares\s*<strong>3 of 3<\/strong> paragraphs with <a href="\/articles\/herald-rates">/);
    assert.match(res.text, /and <strong>3 of 3<\/strong>\s*with <a href="\/articles\/reuters-rates">/);
    assert.equal((res.text.match(/class="copied-in"[^>]*>also in 2 other articles</g) ?? []).length, 3);
    const api = await request(ctx.app).get('/api/articles/ferry').expect(200);
    assert.deepEqual(api.body.copyOf, { id: 'ferry-copy', shared: 2 });
    assert.deepEqual(api.body.sharedWith.map((a: { id: string; shared: number }) => [a.id, a.shared]), [['ferry-copy', 2]]);
  });
});
