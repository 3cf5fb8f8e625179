/**
 * Copies over HTTP (issue 24): `dedupe=1` in the page and the JSON API, the counts, and the
 * `copy_group` column of the exports, over tests/fixtures/copies-corpus.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { FIXTURE_CORPUS, indexedApp, type IndexedApp } from '../helpers/indexed-app.ts';

const CORPUS = path.join(import.meta.dirname, '..', 'fixtures', 'copies-corpus');

let ctx: IndexedApp;
before(async () => {
  ctx = await indexedApp(CORPUS);
});
after(async () => ctx.close());

describe('collapsing copies over HTTP', () => {
  it('collapses by default once the corpus has copies, and says so in the API', async () => {
    const res = await request(ctx.app).get('/api/search?q=mortgage').expect(200);
    assert.deepEqual([res.body.total, res.body.distinctTotal, res.body.hits.length], [3, 1, 1]);
    assert.equal(res.body.collapsed, true);
    assert.equal(res.body.collapsedByDefault, true);
    const [hit] = res.body.hits;
    // Reuters and The Herald both ran it on 7 March, the Courier a day later: the first indexed of the earliest.
    assert.equal(hit.outlet, 'The Herald');
    assert.deepEqual(hit.copies, { count: 2, articles: 2, outlets: ['Daily Courier', 'Reuters'] });
    assert.deepEqual(res.body.facets.outlet, { 'The Herald': 1 }, 'facets count distinct paragraphs');
    assert.deepEqual(res.body.facets.year, { '2024': 1 }, 'and so does the timeline, built from the year counts');
  });

  it('dedupe=0 lists every copy, each carrying its copy group; dedupe=1 is the default said aloud', async () => {
    const res = await request(ctx.app).get('/api/search?q=mortgage&dedupe=0').expect(200);
    assert.deepEqual([res.body.total, res.body.distinctTotal, res.body.collapsed, res.body.collapsedByDefault], [3, null, false, true]);
    assert.equal(new Set(res.body.hits.map((h: { copyGroup: string }) => h.copyGroup)).size, 1);
    assert.equal(res.body.hits[0].copies, undefined);
    const on = await request(ctx.app).get('/api/search?q=mortgage&dedupe=1').expect(200);
    assert.deepEqual([on.body.distinctTotal, on.body.collapsed], [1, true]);
  });

  it('one hit per article does not also collapse (on either engine), and says so', async () => {
    const res = await request(ctx.app).get('/api/search?q=mortgage&group=article').expect(200);
    assert.deepEqual([res.body.total, res.body.distinctTotal, res.body.collapsed], [3, null, false]);
    const page = await request(ctx.app).get('/?q=mortgage&group=article').expect(200);
    assert.match(page.text, /Collapse copies <span class="note">\(not with one per article\)<\/span>/);
  });

  it('says so on the page: the switch ticked, "3 paragraphs (1 distinct)", and a link to the copies', async () => {
    const res = await request(ctx.app).get('/?q=mortgage').expect(200);
    assert.match(
      res.text,
      /<input type="hidden" name="dedupe" value="0">\s*<label class="dedupe"[^>]*><input type="checkbox" name="dedupe" value="1" checked>/,
    );
    // The three copies are in three articles: the article count is of the paragraphs counted, not of the hits shown.
    assert.match(res.text, /<strong>3<\/strong> paragraphs\s*\(<strong>1<\/strong> distinct\)\s*in <strong>3<\/strong> articles/);
    assert.match(res.text, /class="copies copies-toggle" href="\/copies\/courier-rates-2\?q=mortgage&amp;hit=herald-rates-2"/);
    assert.match(res.text, /hx-get="\/copies\/courier-rates-2\?q=mortgage&amp;hit=herald-rates-2" hx-target="#copies-herald-rates-2"/);
    assert.match(
      res.text,
      /aria-expanded="false" aria-controls="copies-herald-rates-2"[^>]*>also in 2 other articles \(2 outlets: Daily Courier, Reuters\)<\/a>/,
    );
    const off = await request(ctx.app).get('/?q=mortgage&dedupe=0').expect(200);
    assert.match(off.text, /<input type="checkbox" name="dedupe" value="1">/);
    assert.doesNotMatch(off.text, /distinct\)/);
  });

  it("keeps the URL canonical: the form's hidden 0 and ticked 1 mean the default, unticked means dedupe=0", async () => {
    // A plain form submission sends the hidden field and, when ticked, the box after it.
    const ticked = await request(ctx.app).get('/?q=mortgage&dedupe=0&dedupe=1').expect(303);
    assert.equal(ticked.headers.location, '/?q=mortgage');
    await request(ctx.app).get('/?q=mortgage&dedupe=0').expect(200);
    const redundant = await request(ctx.app).get('/?q=mortgage&dedupe=1').expect(303);
    assert.equal(redundant.headers.location, '/?q=mortgage');
    // htmx pushes the canonical URL of what it shows; links keep an explicit choice.
    const fragment = await request(ctx.app)
      .get('/?q=mortgage&dedupe=0')
      .set('HX-Request', 'true')
      .set('HX-Request-Type', 'partial')
      .expect(200);
    assert.equal(fragment.headers['hx-push-url'], '/?q=mortgage&dedupe=0');
    assert.match(fragment.text, /href="\/export\.csv\?q=mortgage&amp;dedupe=0"/, 'links keep the choice');
  });

  it("unfolds a hit's copies in place: the other matching copies, earliest first, as a fragment", async () => {
    const res = await request(ctx.app)
      .get('/copies/courier-rates-2?q=mortgage&hit=herald-rates-2')
      .set('HX-Request', 'true')
      .set('HX-Request-Type', 'partial')
      .expect(200);
    assert.doesNotMatch(res.text, /<html/);
    const outlets = [...res.text.matchAll(/<span class="outlet">([^<]+)<\/span>/g)].map((m) => m[1]);
    assert.deepEqual(outlets, ['Reuters', 'Daily Courier']);
    assert.match(res.text, /<a href="\/articles\/courier-rates\?q=mortgage#p-2" dir="auto">Norland central bank lifts rates<\/a>/);
    assert.match(res.text, /<mark>[Mm]ortgage<\/mark>/);
    assert.match(res.text, /<button type="button" class="copies-hide">Hide copies<\/button>/);
  });

  it('without JavaScript the same link is a page of the copies, with the way back to the hit', async () => {
    const res = await request(ctx.app).get('/copies/courier-rates-2?q=mortgage&hit=herald-rates-2').expect(200);
    assert.match(res.text, /<html/);
    assert.match(res.text, /2 other copies of the same paragraph/);
    assert.match(res.text, /href="\/\?q=mortgage#hit-herald-rates-2"/);
    assert.doesNotMatch(res.text, /copies-hide/);
    const json = await request(ctx.app)
      .get('/copies/courier-rates-2?q=mortgage&hit=herald-rates-2')
      .set('Accept', 'application/json')
      .expect(200);
    assert.deepEqual([json.body.others, json.body.copies.map((c: { id: string }) => c.id)], [2, ['reuters-rates-2', 'courier-rates-2']]);
  });

  it('lists only the copies the filters let through, and refuses what is no copy group', async () => {
    const res = await request(ctx.app)
      .get('/copies/courier-rates-2?q=mortgage&outlet=Reuters&outlet=The+Herald&hit=herald-rates-2')
      .set('Accept', 'application/json')
      .expect(200);
    assert.deepEqual([res.body.others, res.body.copies.map((c: { id: string }) => c.id)], [1, ['reuters-rates-2']]);
    await request(ctx.app).get('/copies/not%20a%20group?q=mortgage').expect(404);
    await request(ctx.app).get('/copies/courier-rates-2?q=mortgage&dedupe=maybe').expect(400);
    await request(ctx.app).post('/copies/reuters-rates-2').expect(405);
  });

  it('rejects a dedupe value it does not know', async () => {
    await request(ctx.app).get('/api/search?q=mortgage&dedupe=yes').expect(400);
  });

  it('exports carry the copy group, collapsed by default like the page', async () => {
    const csv = await request(ctx.app).get('/export.csv?q=ferry&dedupe=0').expect(200);
    const [header, ...rows] = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    assert.ok(header!.split(',').includes('copy_group'));
    assert.equal(rows.length, 2);
    const json = await request(ctx.app).get('/export.json?q=ferry').expect(200);
    const body = JSON.parse(json.text);
    assert.deepEqual([body.total, body.distinctTotal, body.dedupe, body.hits.length], [2, 1, true, 1]);
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
    assert.deepEqual(
      api.body.sharedWith.map((a: { id: string; shared: number }) => [a.id, a.shared]),
      [['ferry-copy', 2]],
    );
  });
});

describe('a corpus without copies', () => {
  let plain: IndexedApp;
  before(async () => {
    plain = await indexedApp(FIXTURE_CORPUS);
  });
  after(async () => plain.close());

  it('does not collapse by default, and shows no switch until a URL asks for it', async () => {
    const api = await request(plain.app).get('/api/search?q=harbour').expect(200);
    assert.deepEqual([api.body.collapsed, api.body.collapsedByDefault, api.body.distinctTotal], [false, false, null]);
    const page = await request(plain.app).get('/?q=harbour').expect(200);
    assert.doesNotMatch(page.text, /name="dedupe"/);
    // Asked for anyway: collapsed (every paragraph its own group), and the switch is there to undo it.
    const asked = await request(plain.app).get('/?q=harbour&dedupe=1').expect(200);
    assert.match(asked.text, /<input type="checkbox" name="dedupe" value="1" checked>/);
    assert.match(asked.text, /href="\/export\.csv\?q=harbour&amp;dedupe=1"/, 'links keep the choice');
    await request(plain.app).get('/?q=harbour&dedupe=0').expect(303).expect('Location', '/?q=harbour');
  });
});
