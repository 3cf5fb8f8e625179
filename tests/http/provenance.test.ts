/** The article page says where a record came from and who wrote it, when the source says so. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { ROOT, indexedApp, type IndexedApp } from '../helpers/indexed-app.ts';

let ctx: IndexedApp;
before(async () => {
  ctx = await indexedApp(path.join(ROOT, 'tests', 'fixtures', 'ingestion'));
});
after(async () => ctx.close());

describe('provenance on the article page', () => {
  it('names the record of a JSONL file an article came from', async () => {
    const articles = (await request(ctx.app).get('/api/articles').expect(200)).body as Array<{ id: string; source: string; title: string }>;
    const barges = articles.find((a) => a.title === 'Grain barges stuck as river level falls');
    assert.ok(barges, 'the JSONL record is an article');
    const json = await request(ctx.app).get(`/api/articles/${barges.id}`).expect(200);
    assert.ok(json.body.provenance.record, 'provenance names the record');
    const page = await request(ctx.app).get(`/articles/${barges.id}`).expect(200);
    assert.match(page.text, /Record in file/);
    assert.ok(page.text.includes(json.body.provenance.record.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')));
  });

  it('shows a byline the page stated', async () => {
    const articles = (await request(ctx.app).get('/api/articles').expect(200)).body as Array<{ id: string }>;
    const withByline = [];
    for (const a of articles) {
      const json = await request(ctx.app).get(`/api/articles/${a.id}`).expect(200);
      if (json.body.provenance.byline) withByline.push(a.id);
    }
    assert.ok(withByline.length > 0, 'a fixture states a byline');
    const page = await request(ctx.app).get(`/articles/${withByline[0]}`).expect(200);
    assert.match(page.text, /Byline/);
  });
});
