import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { openMeilisearchEngine } from '../../engine/meilisearch/index.ts';
import type { SearchEngine } from '../../engine/contract/types.ts';
import { markHtml } from '../../server/marks.ts';
import { matchesPosition, replay, searchResult, type Replay } from './meilisearch-replay.ts';

let current: Replay | undefined;

const VOCAB_FILTER = 'docType IN ["vocab", "synonyms"]';
/** The answer to the stored-vocabulary read: these words with their paragraph counts, and these rules. */
function vocabulary(words: Record<string, number>, rules = { groups: [] as string[][], oneWay: [] }) {
  return {
    body: {
      results: [
        searchResult('paragraphs_articles', {
          hits: [
            { id: '__paragraph_search_vocab_0__', docType: 'vocab', words: Object.keys(words), docs: Object.values(words) },
            { id: '__paragraph_search_synonyms__', docType: 'synonyms', rules },
          ],
        }),
      ],
    },
  };
}
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
  if (String(query.filter).startsWith('copyGroup IN'))
    return { body: { results: [searchResult(query.indexUid, { hits: copies, hitsPerPage: 1000 })] } };
  if (String(query.filter).startsWith('id IN')) {
    const ids = [...String(query.filter).matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    return {
      body: {
        results: [
          searchResult(query.indexUid, {
            hits: ids.map((id) => ({ ...articleDoc(id, `${id}.txt`), title: `Title ${id}` })),
            hitsPerPage: 1000,
          }),
        ],
      },
    };
  }
  return null;
}

describe('Meilisearch article reads (search-only key suffices)', () => {
  it('returns the article with every paragraph in order, matches highlighted and flagged', async () => {
    current = replay((req) => {
      const copies = copyReads(req, [
        { articleId: 'b', copyGroup: 'b-4' },
        { articleId: 'a', copyGroup: 'b-4' },
        { articleId: 'c', copyGroup: 'b-4' },
      ]);
      if (copies !== null) return copies;
      if (req.body.queries[0].filter === VOCAB_FILTER) return vocabulary({ truce: 2, gaza: 1 });
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
                { articleId: 'a', position: 0, _matchesPosition: matchesPosition('Gaza <\u0001truce\u0002>') },
                { articleId: 'a', position: 2, _matchesPosition: matchesPosition('The \u0001truce\u0002 held.') },
              ],
            }),
          ],
        },
      };
    });
    const view = await (await server()).getArticle('a', { q: 'truce' });
    const [, queries] = current.requests.map((r) => r.body.queries);
    assert.equal(queries[0].filter, 'id = "a" AND docType = "article"');
    assert.equal(queries[1].filter, 'articleId = "a"');
    assert.deepEqual(queries[1].sort, ['position:asc']);
    // Read as search reads it: a corpus word as written, every word required for "matched".
    assert.equal(queries[2].q, '"truce"');
    assert.equal(queries[2].matchingStrategy, 'all');
    assert.equal(queries.length, 3, 'one word: the same query matches and marks');
    assert.ok(view);
    assert.equal(view.outlet, 'AFP');
    assert.deepEqual(view.hints, ['copyright year 2024']);
    assert.deepEqual(view.dropped, [{ line: 2, reason: 'caption', text: 'Photo: AFP' }]);
    assert.equal('docType' in view, false);
    assert.deepEqual(view.paragraphs, [
      { position: 0, kind: 'heading', text: 'Gaza <truce>', matches: [[6, 11]], matched: true, copyGroup: 'a-0', copiedIn: 0 },
      // Stored: a copy of another article's paragraph; absent (an index built before copy groups): its own.
      { position: 1, kind: 'body', text: 'No match here.', matches: [], matched: false, copyGroup: 'b-4', copiedIn: 2 },
      { position: 2, kind: 'body', text: 'The truce held.', matches: [[4, 9]], matched: true, copyGroup: 'a-2', copiedIn: 0 },
    ]);
    // The copies of its groups are read in one query, the articles holding them in another; its own hit is not counted.
    const copyQuery = current.requests.map((r) => r.body.queries[0]).find((q: any) => String(q.filter).startsWith('copyGroup IN'));
    assert.equal(copyQuery.filter, 'copyGroup IN ["a-0", "b-4", "a-2"]');
    assert.deepEqual(
      view.sharedWith.map((a) => [a.id, a.title, a.shared]),
      [
        ['b', 'Title b', 1],
        ['c', 'Title c', 1],
      ],
    );
    assert.deepEqual(queries[1].attributesToRetrieve, ['articleId', 'position', 'kind', 'text', 'copyGroup']);
  });

  /** An article 'a' with these paragraph texts; `hitsFor(q)` are the positions a query with that q matches, with its marks. */
  function articleServer(
    texts: string[],
    words: Record<string, number>,
    hitsFor: (q: string) => Array<[number, string]>,
    rules?: { groups: string[][]; oneWay: [] },
  ) {
    current = replay((req) => {
      if (req.body.queries[0].filter === VOCAB_FILTER) return vocabulary(words, rules);
      const copies = copyReads(req);
      if (copies !== null) return copies;
      const [article, paragraphs, ...reads] = req.body.queries;
      return {
        body: {
          results: [
            searchResult(article.indexUid, { hits: [articleDoc('a', 'a.txt')], hitsPerPage: 1 }),
            searchResult(paragraphs.indexUid, {
              hitsPerPage: 1000,
              hits: texts.map((text, position) => ({ articleId: 'a', position, kind: 'body', text })),
            }),
            ...reads.map((read: any) =>
              searchResult(read.indexUid, {
                hitsPerPage: 1000,
                hits: hitsFor(read.q).map(([position, marked]) => ({
                  articleId: 'a',
                  position,
                  _matchesPosition: matchesPosition(marked),
                })),
              }),
            ),
          ],
        },
      };
    });
    return server();
  }
  /** The article read itself (the copy reads of issue 24 follow it). */
  const articleRead = () => current!.requests.findLast((r) => r.body.queries.length >= 2)!;
  const readQs = () =>
    articleRead()
      .body.queries.slice(2)
      .map((q: any) => q.q);

  it('marks the correction, not the misspelt word, and flags what search would count', async () => {
    const engine = await articleServer(['The negotiations resumed.', 'No talks.'], { negotiations: 44, talks: 3 }, (q) =>
      q === '"negotiations"' ? [[0, 'The \u0001negotiations\u0002 resumed.']] : [],
    );
    const view = await engine.getArticle('a', { q: 'negotiatons' });
    assert.deepEqual(readQs(), ['"negotiations"']);
    assert.deepEqual(
      view!.paragraphs.map((p) => [p.matched, markHtml(p.text, p.matches)]),
      [
        [true, 'The <mark>negotiations</mark> resumed.'],
        [false, 'No talks.'],
      ],
    );
  });

  it('asks every way of choosing a|b spellings for "matched", and each word alone for the marks, uniting them', async () => {
    const texts = ['Gaza truce and ceasefire.', 'A ceasefire elsewhere.', 'Gaza alone.'];
    const marks: Record<string, Array<[number, string]>> = {
      '"truce" "gaza"': [[0, '\u0001Gaza\u0002 \u0001truce\u0002 and ceasefire.']],
      '"ceasefire" "gaza"': [[0, '\u0001Gaza\u0002 truce and \u0001ceasefire\u0002.']],
      '"truce"': [[0, 'Gaza \u0001truce\u0002 and ceasefire.']],
      '"ceasefire"': [
        [0, 'Gaza truce and \u0001ceasefire\u0002.'],
        [1, 'A \u0001ceasefire\u0002 elsewhere.'],
      ],
      '"gaza"': [
        [0, '\u0001Gaza\u0002 truce and ceasefire.'],
        [2, '\u0001Gaza\u0002 alone.'],
      ],
    };
    const engine = await articleServer(texts, { gaza: 3, truce: 1, ceasefire: 2 }, (q) => marks[q] ?? []);
    const view = await engine.getArticle('a', { q: 'truce|ceasefire gaza' });
    assert.deepEqual(readQs(), ['"truce" "gaza"', '"ceasefire" "gaza"', '"truce"', '"ceasefire"', '"gaza"']);
    assert.ok(
      articleRead()
        .body.queries.slice(2)
        .every((q: any) => q.matchingStrategy === 'all' && q.filter === 'articleId = "a"'),
    );
    assert.deepEqual(
      view!.paragraphs.map((p) => [p.matched, markHtml(p.text, p.matches)]),
      [
        [true, '<mark>Gaza</mark> <mark>truce</mark> and <mark>ceasefire</mark>.'],
        [false, 'A <mark>ceasefire</mark> elsewhere.'],
        [false, '<mark>Gaza</mark> alone.'],
      ],
    );
  });

  it('leaves a word with synonyms bare so they apply, with a trailing space so it is not completed', async () => {
    const engine = await articleServer(['Gaddafi spoke.'], { gaddafi: 1, qadhafi: 1 }, () => [], {
      groups: [['Gaddafi', 'Qadhafi']],
      oneWay: [],
    });
    await engine.getArticle('a', { q: 'Gaddafi' });
    assert.deepEqual(readQs(), ['gaddafi ']);
    await engine.getArticle('a', { q: 'Gaddafi -spoke' });
    assert.deepEqual(readQs(), ['gaddafi -"spoke"', 'gaddafi '], 'excluded words weigh on "matched", not on the marks');
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
      const results =
        req.body.offset === 0
          ? [articleDoc('b', 'b/2.txt'), ...firstPage.slice(1)]
          : [articleDoc('c', 'B/3.txt'), articleDoc('a', 'a/1.txt')];
      return { body: { results, offset: req.body.offset, limit: req.body.limit, total: 10_002 } };
    });
    const list = await (await server()).listArticles();
    assert.equal(list.length, 10_002);
    assert.deepEqual(
      list.slice(0, 3).map((a) => a.source),
      ['B/3.txt', 'a/1.txt', 'b/2.txt'],
    );
    assert.equal(list[0]!.paragraphs, 3);
    assert.deepEqual(
      current.requests.map((r) => [r.method, r.body.offset, r.body.limit]),
      [
        ['POST', 0, 10_000],
        ['POST', 10_000, 10_000],
      ],
    );
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
            searchResult(article.indexUid, {
              hits: [articleDoc('world-Report', 'world/Report.txt'), articleDoc('world-report', 'world/report.txt')],
              hitsPerPage: 20,
            }),
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
    assert.deepEqual(
      view.paragraphs.map((p) => p.text),
      ['Lower.'],
    );
    assert.ok(current.requests[0]!.body.queries[1].attributesToRetrieve.includes('articleId'));
  });

  const meta = { id: '__paragraph_search_meta__', docType: 'meta', builtAt: '2024-05-01T10:00:00.000Z', articles: 2, paragraphs: 41 };
  /** The stats read: the meta record and the article count; then, if asked, the copyGroup facet. */
  const statsReplay = (record: Record<string, unknown>, copyGroups: Record<string, number>) =>
    replay((req) => ({
      body: {
        results:
          req.body.queries.length === 2
            ? [
                searchResult(req.body.queries[0].indexUid, { hits: [record] }),
                searchResult(req.body.queries[1].indexUid, { totalHits: 2, hitsPerPage: 0 }),
              ]
            : [searchResult(req.body.queries[0].indexUid, { totalHits: 41, hitsPerPage: 0, facetDistribution: { copyGroup: copyGroups } })],
      },
    }));

  it('reads stats from the index metadata record, whether it has copies included', async () => {
    current = statsReplay({ ...meta, hasCopies: true }, {});
    assert.deepEqual(await (await server()).stats(), { articles: 2, paragraphs: 41, builtAt: '2024-05-01T10:00:00.000Z', hasCopies: true });
    assert.equal(current.requests.length, 1, 'one read: no pass over the copy groups');
    current = statsReplay({ ...meta, hasCopies: false }, { 'a-0': 2 });
    assert.equal((await (await server()).stats()).hasCopies, false);
  });

  it('asks the copyGroup facet whether it has copies when the record predates the flag', async () => {
    current = statsReplay(meta, { 'a-0': 1, 'a-1': 2 });
    assert.equal((await (await server()).stats()).hasCopies, true);
    assert.deepEqual(current.requests[1]!.body.queries[0].facets, ['copyGroup']);
    current = statsReplay(meta, { 'a-0': 1, 'a-1': 1 });
    assert.equal((await (await server()).stats()).hasCopies, false);
  });
});
