/**
 * The results page's hits (server/search-view.ts `pageHit`) are the API's hits, every field, plus
 * their links: the page hit is written out field by field (a spread cost ~2.5 KB of garbage a
 * hit), so a field added to the API hit must be added there too, or the page would lose it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { readCurrent, sqliteDir } from '../../engine/sqlite/generation-files.ts';
import { openSqliteEngine } from '../../engine/sqlite/index.ts';
import { Generation } from '../../engine/sqlite/open-generation.ts';
import { search } from '../../engine/sqlite/search.ts';
import { DEFAULT_PARAMS, searchQueryPairs, type SearchParams } from '../../server/search-params.ts';
import { articleUrl, buildSearchView, contextUrl, copiesUrl } from '../../server/search-view.ts';
import { copyArticles } from '../fixtures/contract/copies.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-view-hits-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('results page hits', () => {
  it('carry every field of the API hit, and their links', async () => {
    const engine = await openSqliteEngine({ dataDir });
    await engine.replaceAll(copyArticles);
    await engine.close();
    const dir = sqliteDir(dataDir);
    const g = new Generation(dir, readCurrent(dir)!);
    after(() => g.close());
    const asked = [
      { params: { ...DEFAULT_PARAMS, q: 'strengthened', dedupe: true }, request: { q: 'strengthened', dedupe: true } },
      { params: { ...DEFAULT_PARAMS, q: 'strengthened', groupByArticle: true }, request: { q: 'strengthened', groupByArticle: true } },
    ];
    const seen = new Set<string>();
    for (const { params, request } of asked) {
      const view = buildSearchView(params, search(g, request));
      assert.ok(view.hits.length > 0);
      view.hits.forEach((hit, i) => {
        const api = view.api.hits[i]!;
        for (const [key, value] of Object.entries(api)) {
          if (value !== undefined) seen.add(key);
          assert.deepEqual((hit as unknown as Record<string, unknown>)[key], value, key);
        }
        assert.match(hit.contextUrl, /^\/articles\/.+\/context\?/);
      });
    }
    // The fixture reaches the optional fields, so the comparison above covers them.
    for (const key of ['copies', 'moreInArticle', 'articleParagraphs']) assert.ok(seen.has(key), key);
  });

  it('links a hit with the whole search state, encoded as a form would (the state written once per page)', () => {
    const form = (pairs: Array<[string, string]>) => new URLSearchParams(pairs).toString();
    const states: SearchParams[] = [
      DEFAULT_PARAMS,
      { ...DEFAULT_PARAMS, q: `"wind farm" -tax (it's) ~ok! é\u{1F600}`, year: [2024], outlet: ['A & B'], page: 3, sort: 'newest' },
    ];
    for (const params of states) {
      const pairs = searchQueryPairs(params);
      const qs = form(pairs);
      assert.equal(articleUrl('a 1', 4, params), `/articles/a%201${qs ? `?${qs}` : ''}#p-4`);
      assert.equal(contextUrl('a 1', 4, params, 1), `/articles/a%201/context?${form([...pairs, ['position', '4'], ['around', '1']])}`);
      assert.equal(copiesUrl('g/1', 'a 1-4', params), `/copies/g%2F1?${form([...pairs, ['hit', 'a 1-4']])}`);
    }
  });
});
