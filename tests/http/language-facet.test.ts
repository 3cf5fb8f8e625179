/** Language becomes a third facet once the corpus mixes languages. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { FIXTURE_CORPUS, ROOT, indexedApp, type IndexedApp } from '../helpers/indexed-app.ts';

let mixed: IndexedApp;
let english: IndexedApp;
before(async () => {
  mixed = await indexedApp(path.join(ROOT, 'tests', 'fixtures', 'languages'));
  english = await indexedApp(FIXTURE_CORPUS);
});
after(async () => {
  await mixed.close();
  await english.close();
});

describe('the language facet', () => {
  it('counts matches per detected language, and filters by it', async () => {
    const all = await request(mixed.app).get('/api/search').expect(200);
    assert.deepEqual(Object.keys(all.body.facets.language).sort(), ['de', 'en', 'fr']);
    const fr = await request(mixed.app).get('/api/search?language=fr').expect(200);
    assert.ok(fr.body.total > 0);
    assert.ok(fr.body.hits.every((h: { language: string }) => h.language === 'fr'));
    assert.deepEqual(Object.keys(fr.body.facets.language).sort(), ['de', 'en', 'fr'], 'a facet ignores its own filter');
    const two = await request(mixed.app).get('/api/search?language=fr&language=de').expect(200);
    assert.equal(two.body.total, fr.body.total + (await request(mixed.app).get('/api/search?language=de')).body.total);
  });

  it('shows on the page, named in words, with a chip when selected', async () => {
    const page = await request(mixed.app).get('/?language=fr').expect(200);
    assert.match(page.text, /<legend>Language<\/legend>/);
    assert.match(page.text, /name="language" value="fr" checked/);
    assert.match(page.text, /French/);
    assert.match(page.text, /class="chip"[^>]*>French/);
  });

  it('stays out of the way when the corpus has one language', async () => {
    const page = await request(english.app).get('/?q=harbour').expect(200);
    assert.doesNotMatch(page.text, /name="language"/);
  });

  it('rejects a value that is not a language tag', async () => {
    const res = await request(mixed.app).get('/api/search?language=%3Cscript%3E').expect(400);
    assert.match(res.body.details.join(' '), /language tag/);
  });
});
