/** When a search finds little: "did you mean", partial matches, and the filters that hide matches. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { FIXTURE_CORPUS, indexedApp, type IndexedApp } from '../helpers/indexed-app.ts';

let ctx: IndexedApp;
before(async () => {
  ctx = await indexedApp(FIXTURE_CORPUS);
});
after(async () => ctx.close());

describe('help for searches that find little', () => {
  it('suggests a spelling from the index vocabulary, as a link to that search', async () => {
    const page = await request(ctx.app).get('/').query({ q: 'volunters lighthuose' }).expect(200);
    const suggestion = (await request(ctx.app).get('/api/search').query({ q: 'volunters lighthuose' })).body.suggestions[0];
    assert.ok(suggestion, 'a suggestion for a misspelled query');
    assert.match(suggestion, /volunteers/);
    assert.match(page.text, /Did you mean/);
    assert.match(page.text, new RegExp(`href="/\\?q=${encodeURIComponent(suggestion).replace(/%20/g, '\\+')}"`));
  });

  it('makes no suggestion when the query is spelled as the corpus spells it', async () => {
    const json = await request(ctx.app).get('/api/search').query({ q: 'lighthouse' }).expect(200);
    assert.deepEqual(json.body.suggestions, []);
  });

  it('names the filters that hide every match, with a link that drops each one', async () => {
    // "lighthouse" is only in an article with no known year and no manifest outlet.
    const res = await request(ctx.app).get('/').query({ q: 'lighthouse', year: '2019' }).expect(200);
    assert.match(res.text, /Your filters hide the matches/);
    assert.match(res.text, /without the year 2019 filter/);
    assert.match(res.text, /href="\/\?q=lighthouse"[^>]*>drop the year filter/);
  });

  it('marks hits that have only some of the words', async () => {
    const res = await request(ctx.app).get('/api/search').query({ q: 'harbour zzzqqq' }).expect(200);
    assert.ok(res.body.hits.length > 0, 'paragraphs with some of the words still come back');
    assert.ok(res.body.hits.every((h: { matchedAllTerms: boolean }) => h.matchedAllTerms === false));
    const page = await request(ctx.app).get('/').query({ q: 'harbour zzzqqq' }).expect(200);
    assert.match(page.text, /some words missing/);
  });

  it('links "more matches in this article" to the article with the query', async () => {
    const res = await request(ctx.app).get('/').query({ q: 'harbour', group: 'article' }).expect(200);
    assert.match(res.text, /class="more-in-article">\d+ more match/);
  });
});
