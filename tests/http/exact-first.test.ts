/**
 * Issue 19 through the routes: the page says when a word was corrected, completed or is absent,
 * offers the corpus's near spellings as links that add a `|` alternative, labels each hit's match
 * in the JSON, and counts (summary, JSON, exports) only the paragraphs with every word.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { FIXTURE_CORPUS, indexedApp, type IndexedApp } from '../helpers/indexed-app.ts';

let ctx: IndexedApp;
before(async () => {
  ctx = await indexedApp(FIXTURE_CORPUS);
});
after(async () => ctx.close());

const hrefOf = (html: string, label: RegExp): string | undefined => {
  for (const m of html.matchAll(/<a href="([^"]+)"[^>]*>([^<]*)<\/a>/g)) if (label.test(m[2]!)) return m[1]!.replaceAll('&amp;', '&');
  return undefined;
};

describe('a word the corpus lacks', () => {
  it('is corrected only visibly: the page names the word, what it shows instead, and links to the word alone', async () => {
    // The fixtures write "harbour"; "harbor" is in none of them.
    const page = await request(ctx.app).get('/').query({ q: 'Harbor' }).expect(200);
    assert.match(page.text, /No paragraph contains <em>Harbor<\/em>\. Showing <em>harbour<\/em> instead/);
    const exactOnly = hrefOf(page.text, /search for Harbor only/);
    assert.equal(exactOnly, '/?q=%22Harbor%22');
    const json = await request(ctx.app).get('/api/search').query({ q: 'Harbor' }).expect(200);
    assert.deepEqual(json.body.reading.corrected, [{ from: 'harbor', to: 'harbour' }]);
    assert.equal(json.body.total, 4, 'the counts of the corrected search');
    assert.ok(json.body.hits.every((h: { match: string }) => h.match === 'approximate'));
    const only = await request(ctx.app).get(exactOnly!).set('Accept', 'application/json').expect(200);
    assert.equal(only.body.total, 0);
    const onlyPage = await request(ctx.app).get(exactOnly!).expect(200);
    assert.match(onlyPage.text, /No paragraphs match/);
  });

  it('with no clear correction, is said to be absent and shows nothing', async () => {
    const page = await request(ctx.app).get('/').query({ q: 'sessions' }).expect(200);
    assert.match(page.text, /No paragraph contains <em>sessions<\/em>\./);
    const json = await request(ctx.app).get('/api/search').query({ q: 'sessions' }).expect(200);
    assert.deepEqual(json.body.reading.absent, ['sessions']);
    assert.equal(json.body.total, 0);
  });
});

describe('"Also spelled"', () => {
  it('offers the near spellings the corpus holds, with counts, as links that add them as alternatives', async () => {
    const page = await request(ctx.app).get('/').query({ q: 'sessions' }).expect(200);
    assert.match(page.text, /Also spelled:/);
    const add = hrefOf(page.text, /☐ session \(1\)/);
    assert.equal(add, '/?q=sessions%7Csession');
    const added = await request(ctx.app).get(add!).set('Accept', 'application/json').expect(200);
    assert.equal(added.body.query, 'sessions|session');
    assert.equal(added.body.total, 1);
    assert.deepEqual(
      added.body.hits.map((h: { match: string }) => h.match),
      ['exact'],
    );
    const again = await request(ctx.app).get(add!).expect(200);
    assert.equal(hrefOf(again.text, /☑ session \(1\)/), '/?q=sessions', 'ticked, the link takes it out again');
  });
});

describe('counts', () => {
  it('leave out, and label, the paragraphs with only some of the words, in JSON and exports alike', async () => {
    const json = await request(ctx.app).get('/api/search').query({ q: 'harbour strike' }).expect(200);
    const counted = json.body.hits.filter((h: { matchedAllTerms: boolean }) => h.matchedAllTerms);
    assert.equal(json.body.total, counted.length);
    assert.ok(json.body.looseTotal > 0, 'paragraphs with "harbour" alone are listed after');
    assert.deepEqual([...new Set(json.body.hits.slice(counted.length).map((h: { match: string }) => h.match))], ['approximate']);
    const csv = await request(ctx.app).get('/export.csv').query({ q: 'harbour strike' }).expect(200);
    const rows = csv.text.trim().split('\n');
    assert.equal(rows.length - 1, json.body.total, 'one row per counted paragraph');
    assert.match(rows[0]!, /,match,/);
    const exported = await request(ctx.app).get('/export.json').query({ q: 'harbour strike' }).expect(200);
    const body = JSON.parse(exported.text) as { total: number; hits: unknown[] };
    assert.equal(body.hits.length, body.total);
    const page = await request(ctx.app).get('/').query({ q: 'harbour strike' }).expect(200);
    assert.match(page.text, /then \d+ with only some of the words \(not counted\)/);
  });
});
