/**
 * A corpus written to attack the pages: markup and script tags in titles, text and outlets,
 * javascript: URLs, bidirectional and zero-width characters, and one 2 MB paragraph. All of it is
 * indexed and comes back as text; nothing becomes markup or a link.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { openEngine } from '../../engine/contract/open-engine.ts';
import { indexCorpus } from '../../indexer/run.ts';
import { MAX_PARAGRAPH_CHARS } from '../../indexer/split/paragraphs.ts';
import { ENORMOUS_CHARS, HOSTILE_FIXTURES, hostileCorpus } from '../helpers/hostile-corpus.ts';
import { indexedApp, type IndexedApp } from '../helpers/indexed-app.ts';

/** Raw markup from the fixtures that must never reach a page unescaped. */
const RAW = [
  /<script>window\.__pwned/,
  /<img src=x onerror/,
  /<svg onload/,
  /<b onmouseover/,
  /href="javascript:/i,
  /href='javascript:/i,
  /"><script>/,
];

function assertHarmless(html: string, where: string): void {
  for (const pattern of RAW) assert.doesNotMatch(html, pattern, `${where}: ${pattern}`);
  // Every <a> goes somewhere safe: a path on this site, a fragment, or an http(s) address.
  for (const m of html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)) assert.match(m[1]!, /^(\/|#|https?:\/\/)/, `${where}: link to ${m[1]}`);
}

describe('hostile corpus', () => {
  let corpus: Awaited<ReturnType<typeof hostileCorpus>>;
  let h: IndexedApp;
  before(async () => {
    corpus = await hostileCorpus();
    h = await indexedApp(corpus.dir);
  });
  after(async () => {
    await h.close();
    await corpus.remove();
  });

  it('indexes every hostile article', async () => {
    const ids = (await h.engine.listArticles()).map((a) => a.id).sort();
    assert.deepEqual(ids, ['enormous', 'javascript-url', 'rtl-zero-width', 'script-tags']);
  });

  it('shows markup from titles, text and outlets as text on the results page, the fragment and the article pages', async () => {
    const pages = [
      '/?q=lighthouse',
      '/?q=pwned',
      '/?q=script',
      `/?q=lighthouse&outlet=${encodeURIComponent('Quayside <script>window.__pwned=1</script> News')}`,
    ];
    for (const id of ['script-tags', 'javascript-url', 'rtl-zero-width']) pages.push(`/articles/${id}`, `/articles/${id}?q=lighthouse`);
    for (const url of pages) {
      const page = await request(h.app).get(url);
      assert.equal(page.status, 200, url);
      assertHarmless(page.text, url);
      const fragment = await request(h.app).get(url).set('HX-Request', 'true').set('HX-Request-Type', 'partial');
      assertHarmless(fragment.text, `${url} (fragment)`);
    }
    const article = await request(h.app).get('/articles/script-tags');
    // Shown, escaped: the reader sees exactly what the page said.
    assert.ok(article.text.includes('&lt;script&gt;window.__pwned=1;alert(&#39;pwned&#39;)&lt;/script&gt;'));
    assert.ok(article.text.includes('Quayside &lt;script&gt;window.__pwned=1&lt;/script&gt; News'));
  });

  it('never links a javascript: URL, from front matter or anywhere else', async () => {
    const json = (await request(h.app).get('/api/articles/javascript-url')).body as { url: string | null };
    const page = await request(h.app).get('/articles/javascript-url?q=pilot');
    assertHarmless(page.text, 'article with a javascript: url');
    if (json.url !== null) assert.ok(!page.text.includes(`href="${json.url}`));
  });

  it('the manifest refuses a javascript: URL, naming the file and line', async () => {
    const manifest = (await readFile(path.join(HOSTILE_FIXTURES, 'manifest.yaml'), 'utf8')).replace(
      'url: https://example.org/lighthouse',
      'url: javascript:window.__pwned=1//',
    );
    const dir = await mkdtemp(path.join(os.tmpdir(), 'nutgraf-hostile-manifest-'));
    try {
      await cp(HOSTILE_FIXTURES, dir, { recursive: true });
      await writeFile(path.join(dir, 'manifest.yaml'), manifest);
      const engine = await openEngine({ dataDir: path.join(dir, '.data'), role: 'indexer' });
      await assert.rejects(indexCorpus({ corpusDir: dir, engine }), /manifest\.yaml:\d+: .*url: must be an http\(s\) URL/);
      await engine.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps right-to-left and zero-width characters as text', async () => {
    const article = (await request(h.app).get('/api/articles/rtl-zero-width')).body as {
      title: string;
      outlet: string;
      paragraphs: Array<{ text: string }>;
    };
    const text = article.paragraphs.map((p) => p.text).join('\n');
    assert.match(article.title + text, /\u202E/);
    assert.match(text, /\u200B/);
    assert.match(text, /العبارة/);
    const page = await request(h.app).get('/articles/rtl-zero-width');
    assert.equal(page.status, 200);
    assert.ok(page.text.includes('\u202E'), 'the override is shown as it was, not dropped or turned into markup');
  });

  it('cuts the 2 MB paragraph into pieces: results stay small and fast, the article page shows all of it', async () => {
    const stats = await h.engine.stats();
    const pieces = (await h.engine.listArticles()).find((a) => a.id === 'enormous')!.paragraphs;
    assert.ok(pieces >= ENORMOUS_CHARS / MAX_PARAGRAPH_CHARS, `${pieces} pieces`);
    assert.ok(stats.paragraphs > pieces);
    for (const q of ['anchor', 'lighthouse', 'tide gull']) {
      const started = performance.now();
      const page = await request(h.app).get(`/?q=${encodeURIComponent(q)}`);
      const ms = performance.now() - started;
      assert.equal(page.status, 200);
      assert.ok(page.text.length < 500_000, `results page for "${q}" is ${page.text.length} bytes`);
      assert.ok(ms < 2000, `results page for "${q}" took ${ms.toFixed(0)} ms`);
      assertHarmless(page.text, q);
      const api = (await request(h.app).get(`/api/search?q=${encodeURIComponent(q)}`)).body as { hits: Array<{ text: string }> };
      assert.ok(api.hits.every((hit) => hit.text.length <= MAX_PARAGRAPH_CHARS));
    }
    const article = await request(h.app).get('/articles/enormous?q=anchor');
    assert.equal(article.status, 200);
    assert.ok(article.text.length > ENORMOUS_CHARS, 'the whole text is on the article page');
    assertHarmless(article.text, 'enormous article');
  });
});
