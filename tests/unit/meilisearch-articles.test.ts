import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { openMeilisearchEngine } from '../../engine/meilisearch/index.ts';
import type { SearchEngine } from '../../engine/types.ts';
import { replay, searchResult, type Replay } from './meilisearch-replay.ts';

let current: Replay | undefined;
afterEach(() => current?.restore());

const server = (): Promise<SearchEngine> =>
  openMeilisearchEngine({ meiliUrl: 'http://meili.test:7700', meiliSearchKey: 'search-key', role: 'server' });

const articleDoc = (id: string, source: string) => ({
  id,
  docType: 'article',
  source,
  title: `Title ${id}`,
  outlet: 'AFP',
  agency: null,
  carriedBy: null,
  date: null,
  year: null,
  url: null,
  language: 'en',
  provenance: { outlet: 'manifest' },
  hints: ['copyright year 2024'],
  contentHash: 'h',
  paragraphCount: 3,
  dropped: [{ line: 2, reason: 'caption', text: 'Photo: AFP' }],
});

/**
 * The article page's copy reads (issue 24): the other articles' copies of its groups, then those
 * articles' titles. `copies` answers the first; every article asked for is answered as `articleDoc`.
 */
function copyReads(req: any, copies: unknown[] = []): { body: unknown } | null {
  const [query] = req.body.queries;
  if (String(query.filter).startsWith('copyGroup IN')) return { body: { results: [searchResult(query.indexUid, { hits: copies, hitsPerPage: 1000 })] } };
  if (String(query.filter).startsWith('id IN')) {
    const ids = [...String(query.filter).matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    return { body: { results: [searchResult(query.indexUid, { hits: ids.map((id) => ({ ...articleDoc(id, `${id}.txt`), title: `Title ${id}` })), hitsPerPage: 1000 })] } };
  }
  return null;
}

describe('Meilisearch article reads (search-only key suffices)', () => {
  it('returns the article with every paragraph in order, matches highlighted and flagged', async () => {
    current = replay((req) => {
      const copies = copyReads(req, [{ articleId: 'b', copyGroup: 'b-4' }, { articleId: 'a', copyGroup: 'b-4' }, { articleId: 'c', copyGroup: 'b-4' }]);
      if (copies !== null) return copies;
      const [article, paragraphs, matches] = req.body.queries;
      return {
        body: {
          results: [
            searchResult(article.indexUid, { hits: [articleDoc('a', 'a.txt')], hitsPerPage: 1 }),
            searchResult(paragraphs.indexUid, {
              hitsPerPage: 1000,
              hits: [
                { articleId: 'a', position: 0, kind: 'heading', text: 'Gaza <truce>' },
                { articleId: 'a', position: 1, kind: 'body', text: 'No match here.', copyGroup: 'b-4' },
                { articleId: 'a', position: 2, kind: 'body', text: 'The truce held.' },
              ],
            }),
            searchResult(matches.indexUid, {
              hitsPerPage: 1000,
              hits: [
                { articleId: 'a', position: 0, _formatted: { position: '0', text: 'Gaza <\u0001truce\u0002>' } },
                { articleId: 'a', position: 2, _formatted: { position: '2', text: 'The \u0001truce\u0002 held.' } },
              ],
            }),
          ],
        },
      };
    });
    const view = await (await server()).getArticle('a', { q: 'truce' });
    const [queries] = current.requests.map((r) => r.body.queries);
    assert.equal(queries[0].filter, 'id = "a" AND docType = "article"');
    assert.equal(queries[1].filter, 'articleId = "a"');
    assert.deepEqual(queries[1].sort, ['position:asc']);
    assert.equal(queries[2].q, 'truce');
    assert.equal(queries[2].matchingStrategy, 'last');
    assert.ok(view);
    assert.equal(view.outlet, 'AFP');
    assert.deepEqual(view.hints, ['copyright year 2024']);
    assert.deepEqual(view.dropped, [{ line: 2, reason: 'caption', text: 'Photo: AFP' }]);
    assert.equal('docType' in view, false);
    assert.deepEqual(view.paragraphs, [
      { position: 0, kind: 'heading', text: 'Gaza <truce>', highlighted: 'Gaza &lt;<mark>truce</mark>&gt;', matched: true, copyGroup: 'a-0', copiedIn: 0 },
      // Stored: a copy of another article's paragraph; absent (an index built before copy groups): its own.
      { position: 1, kind: 'body', text: 'No match here.', highlighted: 'No match here.', matched: false, copyGroup: 'b-4', copiedIn: 2 },
      { position: 2, kind: 'body', text: 'The truce held.', highlighted: 'The <mark>truce</mark> held.', matched: true, copyGroup: 'a-2', copiedIn: 0 },
    ]);
    // The copies of its groups are read in one query, the articles holding them in another; its own hit is not counted.
    const copyQuery = current.requests.map((r) => r.body.queries[0]).find((q: any) => String(q.filter).startsWith('copyGroup IN'));
    assert.equal(copyQuery.filter, 'copyGroup IN ["a-0", "b-4", "a-2"]');
    assert.deepEqual(view.sharedWith.map((a) => [a.id, a.title, a.shared]), [['b', 'Title b', 1], ['c', 'Title c', 1]]);
    assert.deepEqual(queries[1].attributesToRetrieve, ['articleId', 'position', 'kind', 'text', 'copyGroup']);
  });

  it('returns null for an unknown article, and sends no match query without q', async () => {
    current = replay((req) => ({ body: { results: req.body.queries.map((q: any) => searchResult(q.indexUid, {})) } }));
    assert.equal(await (await server()).getArticle('nope'), null);
    assert.equal(current.requests[0]!.body.queries.length, 2);
    assert.equal(current.requests[0]!.body.queries[0].filter, 'id = "nope" AND docType = "article"');
  });

  it('escapes an article id inside the filter', async () => {
    current = replay((req) => ({ body: { results: req.body.queries.map((q: any) => searchResult(q.indexUid, {})) } }));
    await (await server()).getArticle('a" OR docType = "meta');
    assert.equal(current.requests[0]!.body.queries[1].filter, String.raw`articleId = "a\" OR docType = \"meta"`);
  });

  it('lists every article through the documents API, page by page, without ranking, ordered by source path', async () => {
    // 10,000 documents a page: the first page is full, so a second is asked for.
    const firstPage = Array.from({ length: 10_000 }, (_, i) => articleDoc(`x${i}`, `x/${String(i).padStart(5, '0')}.txt`));
    current = replay((req) => {
      assert.equal(req.path, '/indexes/paragraphs_articles/documents/fetch');
      const results = req.body.offset === 0 ? [articleDoc('b', 'b/2.txt'), ...firstPage.slice(1)] : [articleDoc('c', 'B/3.txt'), articleDoc('a', 'a/1.txt')];
      return { body: { results, offset: req.body.offset, limit: req.body.limit, total: 10_002 } };
    });
    const list = await (await server()).listArticles();
    assert.equal(list.length, 10_002);
    assert.deepEqual(list.slice(0, 3).map((a) => a.source), ['B/3.txt', 'a/1.txt', 'b/2.txt']);
    assert.equal(list[0]!.paragraphs, 3);
    assert.deepEqual(current.requests.map((r) => [r.method, r.body.offset, r.body.limit]), [['POST', 0, 10_000], ['POST', 10_000, 10_000]]);
    const body = current.requests[0]!.body;
    assert.equal(body.filter, 'docType = "article"');
    assert.equal(body.sort, undefined, 'nothing is ranked or sorted by the server');
    assert.ok(!body.fields.includes('dropped'));
    assert.equal(current.requests[0]!.headers.get('authorization'), 'Bearer search-key');
  });

  it('shows only the exact article when another id differs from it only in case', async () => {
    // Meilisearch's = ignores case: the filters for "world-report" also return "world-Report".
    current = replay((req) => {
      const copies = copyReads(req);
      if (copies !== null) return copies;
      const [article, paragraphs] = req.body.queries;
      return {
        body: {
          results: [
            searchResult(article.indexUid, { hits: [articleDoc('world-Report', 'world/Report.txt'), articleDoc('world-report', 'world/report.txt')], hitsPerPage: 20 }),
            searchResult(paragraphs.indexUid, {
              hitsPerPage: 1000,
              hits: [
                { articleId: 'world-Report', position: 0, kind: 'body', text: 'Upper.' },
                { articleId: 'world-report', position: 0, kind: 'body', text: 'Lower.' },
                { articleId: 'world-Report', position: 1, kind: 'body', text: 'Upper again.' },
              ],
            }),
          ],
        },
      };
    });
    const view = await (await server()).getArticle('world-report');
    assert.ok(view);
    assert.equal(view.source, 'world/report.txt');
    assert.deepEqual(view.paragraphs.map((p) => p.text), ['Lower.']);
    assert.ok(current.requests[0]!.body.queries[1].attributesToRetrieve.includes('articleId'));
  });

  it('reads stats from the index metadata record', async () => {
    current = replay((req) => ({
      body: {
        results: [
          searchResult(req.body.queries[0].indexUid, { hits: [{ id: '__paragraph_search_meta__', docType: 'meta', builtAt: '2024-05-01T10:00:00.000Z', articles: 2, paragraphs: 41 }] }),
          searchResult(req.body.queries[1].indexUid, { totalHits: 2, hitsPerPage: 0 }),
        ],
      },
    }));
    assert.deepEqual(await (await server()).stats(), { articles: 2, paragraphs: 41, builtAt: '2024-05-01T10:00:00.000Z' });
  });
});
