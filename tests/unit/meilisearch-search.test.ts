import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { IncompatibleBackendError } from '../../engine/contract/errors.ts';
import { openMeilisearchEngine } from '../../engine/meilisearch/index.ts';
import { MAX_QUERY_CHARS, normaliseQuery as sanitizeQuery } from '../../engine/contract/request.ts';
import { MAX_TOTAL_HITS } from '../../engine/meilisearch/settings.ts';
import { SearchAbortedError } from '../../engine/contract/errors.ts';
import type { SearchEngine } from '../../engine/contract/types.ts';
import { markHtml } from '../../server/marks.ts';
import { matchesPosition, replay, searchResult, type CapturedRequest, type Replay } from './meilisearch-replay.ts';

const URL = 'http://meili.test:7700';
let current: Replay | undefined;
afterEach(() => current?.restore());

function server(): Promise<SearchEngine> {
  return openMeilisearchEngine({ meiliUrl: URL, meiliSearchKey: 'search-only-key', meiliApiKey: 'admin-key', role: 'server' });
}

function paragraph(id: string, extra: Record<string, unknown> = {}) {
  const [articleId, position] = [id.replace(/-\d+$/, ''), Number(id.split('-').pop())];
  return {
    id,
    articleId,
    position,
    kind: 'body',
    text: 'Talks on a Gaza truce resumed.',
    title: 'Truce talks',
    outlet: 'AFP',
    year: 2012,
    date: '2012-11-21',
    language: 'en',
    ...extra,
  };
}

const VOCAB_FILTER = 'docType IN ["vocab", "synonyms"]';
/** The recorded multi-search requests other than the stored-vocabulary read. */
const searches = (): CapturedRequest[] => current!.requests.filter((r) => r.body?.queries?.[0]?.filter !== VOCAB_FILTER);

/** Answers POST /multi-search with one result per query, built by `answer`. */
function multiSearch(answer: (query: any, i: number) => unknown) {
  return (req: CapturedRequest) => {
    assert.equal(req.path, '/multi-search');
    return { body: { results: req.body.queries.map(answer) } };
  };
}

describe('Meilisearch search request', () => {
  it('asks for one page under every filter, with text-only matching, words dropped from the end, and match positions', async () => {
    current = replay(multiSearch((q) => searchResult(q.indexUid, { hitsPerPage: q.hitsPerPage })));
    const engine = await server();
    await engine.search({
      q: 'gaza truce',
      filters: { year: [2012, 'unknown'], outlet: ['Al "Quds" \\ News'] },
      page: 2,
      perPage: 10,
      sort: 'newest',
    });
    // The stored vocabulary first (once, then cached: it decides how words are sent), then the search.
    assert.equal(current.requests.length, 2);
    assert.equal(current.requests[0]!.body.queries[0].filter, VOCAB_FILTER);
    const [req] = searches();
    assert.equal(req!.method, 'POST');
    assert.equal(req!.headers.get('authorization'), 'Bearer search-only-key');
    const [hits, articles, yearFacet, outletFacet, ...rest] = req!.body.queries;
    assert.equal(rest.length, 0);
    const bothFilters = String.raw`(yearFacet IN ["2012", "unknown"]) AND (outlet IN ["Al \"Quds\" \\ News"])`;
    assert.deepEqual(hits, {
      indexUid: 'paragraphs',
      // Words taken as written go as one-word phrases: no typo, no prefix.
      q: '"gaza" "truce"',
      // Sorted by date: only paragraphs with every word.
      matchingStrategy: 'all',
      attributesToSearchOn: ['text'],
      page: 2,
      hitsPerPage: 10,
      attributesToRetrieve: [
        'id',
        'articleId',
        'position',
        'kind',
        'text',
        'title',
        'outlet',
        'year',
        'date',
        'language',
        'articleParagraphs',
        'copyGroup',
      ],
      showMatchesPosition: true,
      showRankingScoreDetails: true,
      filter: bothFilters,
      sort: ['dateOrdinal:desc', 'articleId:asc', 'position:asc'],
      // No language is selected, so the language counts share the page query's filter.
      facets: ['language'],
    });
    // Distinct articles among the matches, under the same filters.
    assert.deepEqual(articles, {
      indexUid: 'paragraphs',
      q: '"gaza" "truce"',
      matchingStrategy: 'all',
      attributesToSearchOn: ['text'],
      hitsPerPage: 0,
      distinct: 'articleId',
      filter: bothFilters,
    });
    // Each facet's counts ignore that facet's own selection but keep the other's.
    assert.equal(yearFacet.filter, String.raw`outlet IN ["Al \"Quds\" \\ News"]`);
    assert.deepEqual(yearFacet.facets, ['yearFacet']);
    assert.equal(yearFacet.hitsPerPage, 0);
    assert.equal(outletFacet.filter, 'yearFacet IN ["2012", "unknown"]');
    assert.deepEqual(outletFacet.facets, ['outlet']);
  });

  it('without filters, facets ride on the page query itself', async () => {
    current = replay(multiSearch((q) => searchResult(q.indexUid, {})));
    await (await server()).search({ q: 'truce' });
    const queries = searches()[0]!.body.queries;
    assert.equal(queries.length, 2);
    assert.deepEqual(queries[0].facets, ['yearFacet', 'outlet', 'language']);
    assert.equal(queries[0].filter, undefined);
    assert.equal(queries[0].sort, undefined, 'relevance with a query: no sort');
    assert.equal(queries[0].page, 1);
    assert.equal(queries[0].hitsPerPage, 20);
  });

  it('lists one copy group with a filter on copyGroup on the page and every count query (issue 24)', async () => {
    current = replay(multiSearch((q) => searchResult(q.indexUid, {})));
    await (await server()).search({ q: 'truce', filters: { outlet: ['AFP'], copyGroup: 'wire-3' } });
    const queries = searches()[0]!.body.queries as Array<{ filter?: string; facets?: string[] }>;
    assert.ok(queries.length >= 3);
    for (const query of queries) assert.match(query.filter ?? '', /copyGroup = "wire-3"/);
    assert.equal(queries.find((q) => q.facets?.includes('outlet'))!.filter, 'copyGroup = "wire-3"');
  });

  it('sorts an empty query newest first, then by position; "oldest" ascends', async () => {
    current = replay(multiSearch((q) => searchResult(q.indexUid, {})));
    const engine = await server();
    await engine.search({ q: '   ' });
    await engine.search({ q: 'truce', sort: 'oldest' });
    assert.deepEqual(searches()[0]!.body.queries[0].sort, ['dateOrdinal:desc', 'articleId:asc', 'position:asc']);
    assert.equal(searches()[0]!.body.queries[0].q, '');
    assert.deepEqual(searches()[1]!.body.queries[0].sort, ['dateOrdinal:asc', 'articleId:asc', 'position:asc']);
  });

  it('clamps paging to sane values', async () => {
    current = replay(multiSearch((q) => searchResult(q.indexUid, {})));
    const engine = await server();
    const r = await engine.search({ q: 'x', page: -4, perPage: 10_000 });
    const sent = searches()[0]!.body.queries[0];
    assert.equal(sent.page, 1);
    assert.equal(sent.hitsPerPage, 100);
    assert.equal(r.page, 1);
    assert.equal(r.perPage, 100);
  });

  it('reads paging as the embedded engine does (engine/contract/request.ts): numeric strings too, rounded down', async () => {
    current = replay(multiSearch((q) => searchResult(q.indexUid, {})));
    const engine = await server();
    const r = await engine.search({ q: 'x', page: '3' as unknown as number, perPage: '7.9' as unknown as number });
    const sent = searches()[0]!.body.queries[0];
    assert.deepEqual([sent.page, sent.hitsPerPage, r.page, r.perPage], [3, 7, 3, 7]);
  });

  it('passes the query through, minus control characters and past the length cap', () => {
    assert.equal(sanitizeQuery('"gaza truce" -hamas netan'), '"gaza truce" -hamas netan');
    assert.equal(sanitizeQuery('a\u0001b\u0000\nc\td'), 'a b c d');
    const long = 'ä'.repeat(MAX_QUERY_CHARS + 50);
    assert.equal(Array.from(sanitizeQuery(long)).length, MAX_QUERY_CHARS);
    assert.equal(sanitizeQuery('😀'.repeat(MAX_QUERY_CHARS + 1)), '😀'.repeat(MAX_QUERY_CHARS));
    assert.equal(sanitizeQuery(undefined), '');
    assert.equal(sanitizeQuery('harbor \uD800 \uDFFF\uFFFF'), 'harbor \uFFFF');
  });
});

describe('Meilisearch response mapping', () => {
  it('flags partial matches from the ranking details, and suggests from the stored vocabulary', async () => {
    current = replay(
      multiSearch((q, i) =>
        q.filter === 'docType IN ["vocab", "synonyms"]'
          ? searchResult(q.indexUid, {
              hits: [
                { id: '__paragraph_search_vocab_0__', docType: 'vocab', words: ['gaza', 'truce'], docs: [3, 2] },
                { id: '__paragraph_search_synonyms__', docType: 'synonyms', rules: { groups: [], oneWay: [] } },
              ],
            })
          : searchResult(
              q.indexUid,
              i === 0
                ? {
                    hits: [
                      {
                        ...paragraph('a-0'),
                        articleParagraphs: 7,
                        _rankingScoreDetails: { words: { order: 0, matchingWords: 2, maxMatchingWords: 2, score: 1 } },
                      },
                      {
                        ...paragraph('b-3'),
                        articleParagraphs: 4,
                        _rankingScoreDetails: { words: { order: 1, matchingWords: 1, maxMatchingWords: 2, score: 0.5 } },
                      },
                    ],
                  }
                : {},
            ),
      ),
    );
    const result = await (await server()).search({ q: 'gaza truse' });
    assert.deepEqual(
      result.hits.map((h) => [h.matchedAllTerms, h.articleParagraphs]),
      [
        [true, 7],
        [false, 4],
      ],
    );
    assert.deepEqual(result.suggestions, ['gaza truce']);
  });

  it('maps hits, totals, pages and facets (a missing year counted under "unknown")', async () => {
    current = replay(
      multiSearch((q, i) =>
        i === 0
          ? searchResult(q.indexUid, {
              hitsPerPage: 2,
              totalHits: 5,
              hits: [
                { ...paragraph('a-0'), _matchesPosition: matchesPosition('Talks on a Gaza \u0001truce\u0002 resumed.') },
                {
                  ...paragraph('b-3', { year: null, date: null, copyGroup: 'a-9' }),
                  _matchesPosition: matchesPosition('Talks on a Gaza \u0001truce\u0002 resumed.'),
                },
              ],
              facetDistribution: { yearFacet: { '2012': 4, unknown: 1 }, outlet: { AFP: 5 }, language: { en: 4, fr: 1 } },
            })
          : searchResult(q.indexUid, { hitsPerPage: 0, totalHits: 2 }),
      ),
    );
    const result = await (await server()).search({ q: 'truce', perPage: 2 });
    assert.equal(result.total, 5);
    assert.equal(result.totalCapped, false);
    assert.equal(result.articleTotal, 2);
    assert.equal(result.pages, 3);
    assert.equal(result.page, 1);
    assert.equal(result.groupedByArticle, false);
    assert.equal(result.sort, 'relevance');
    assert.equal(result.query, 'truce');
    assert.deepEqual(result.facets, { year: { '2012': 4, unknown: 1 }, outlet: { AFP: 5 }, language: { en: 4, fr: 1 } });
    assert.deepEqual(result.hits[1], {
      ...paragraph('b-3', { year: null, date: null, copyGroup: 'a-9' }),
      matches: [[16, 21]],
      matchedAllTerms: true,
      match: 'exact',
    });
    assert.deepEqual(result.suggestions, []);
    assert.equal(typeof result.tookMs, 'number');
  });

  it('maps _matchesPosition to ranges the server renders, leaving only its <mark> tags live', async () => {
    const text = 'Use <b>bold</b> & "quotes" for the truce <script>alert(1)</script>';
    current = replay(
      multiSearch((q, i) =>
        searchResult(
          q.indexUid,
          i === 0
            ? {
                hits: [
                  {
                    ...paragraph('a-0', { text }),
                    _matchesPosition: matchesPosition('Use <b>bold</b> & "quotes" for the \u0001truce\u0002 <script>alert(1)</script>'),
                  },
                ],
              }
            : {},
        ),
      ),
    );
    const [hit] = (await (await server()).search({ q: 'truce' })).hits;
    assert.equal(
      markHtml(hit!.text, hit!.matches),
      'Use &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quotes&quot; for the <mark>truce</mark> &lt;script&gt;alert(1)&lt;/script&gt;',
    );
    assert.equal(hit!.text, text, 'the plain text stays as indexed');
  });

  it('reports a total that reached maxTotalHits as capped', async () => {
    current = replay(multiSearch((q) => searchResult(q.indexUid, { totalHits: MAX_TOTAL_HITS, hitsPerPage: q.hitsPerPage })));
    const result = await (await server()).search({ q: 'the' });
    assert.equal(result.total, MAX_TOTAL_HITS);
    assert.equal(result.totalCapped, true);
    assert.equal(result.pages, MAX_TOTAL_HITS / 20);
  });

  it('groups by article with distinct, counts articles, and fills moreInArticle from per-article counts', async () => {
    current = replay((req) => {
      const queries = req.body.queries;
      if (queries.length === 1) {
        // The follow-up: matching paragraphs per article on this page.
        return {
          body: {
            results: [searchResult('paragraphs', { hitsPerPage: 0, totalHits: 6, facetDistribution: { articleId: { a: 4, b: 1 } } })],
          },
        };
      }
      return {
        body: {
          results: queries.map((q: any, i: number) =>
            i === 0
              ? searchResult(q.indexUid, { totalHits: 2, hits: [paragraph('a-2'), paragraph('b-0')] })
              : searchResult(q.indexUid, {
                  hitsPerPage: 0,
                  totalHits: 6,
                  facetDistribution: { yearFacet: { '2012': 6 }, outlet: { AFP: 6 } },
                }),
          ),
        },
      };
    });
    const result = await (await server()).search({ q: 'truce', groupByArticle: true, filters: { outlet: ['AFP'] } });
    const [first, second] = searches();
    assert.equal(first!.body.queries[0].distinct, 'articleId');
    assert.ok(
      first!.body.queries.slice(1).every((q: any) => q.distinct === undefined),
      'facets are counted over all paragraphs',
    );
    assert.equal(second!.body.queries[0].filter, '(outlet IN ["AFP"]) AND (articleId IN ["a", "b"])');
    assert.deepEqual(second!.body.queries[0].facets, ['articleId']);
    assert.equal(result.groupedByArticle, true);
    assert.equal(result.total, 2);
    assert.equal(result.articleTotal, 2);
    assert.deepEqual(
      result.hits.map((h) => [h.id, h.moreInArticle]),
      [
        ['a-2', 3],
        ['b-0', 0],
      ],
    );
    assert.deepEqual(result.facets.outlet, { AFP: 6 });
  });
});

describe('Meilisearch search under a caller signal', () => {
  it('aborts the HTTP request when the caller gives up, without a retry, as SearchAbortedError', async () => {
    current = replay(() => 'hang');
    const engine = await server();
    const controller = new AbortController();
    const reason = new Error('the client left');
    const pending = engine.search({ q: 'truce' }, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 20);
    await assert.rejects(pending, (e: unknown) => e instanceof SearchAbortedError && e.reason === reason);
    assert.equal(current.requests.length, 1, 'an abandoned search is not retried');
  });

  it('sends nothing for a signal that has already aborted, and reports its parallelism', async () => {
    current = replay(() => 'hang');
    const engine = await server();
    await assert.rejects(engine.search({ q: 'truce' }, { signal: AbortSignal.abort() }), SearchAbortedError);
    assert.equal(current.requests.length, 0);
    assert.equal(engine.parallelism, 4);
  });
});

describe('Meilisearch answers cut short by searchCutoffMs', () => {
  const hitsWith = (details: Record<string, unknown>) =>
    multiSearch((q, i) =>
      searchResult(
        q.indexUid,
        i === 0 ? { totalHits: 40, hits: [{ ...paragraph('a-0'), _rankingScoreDetails: details }] } : { hitsPerPage: 0, totalHits: 40 },
      ),
    );

  it('marks the result degraded when Meilisearch skipped ranking rules to answer in time', async () => {
    // Meilisearch reports a cut-off search only in the ranking score details: every rule it had no
    // time for appears as "skipped" (meilisearch/meilisearch#4466).
    current = replay(hitsWith({ words: { order: 0, matchingWords: 1, maxMatchingWords: 1, score: 1 }, skipped: { order: 1 } }));
    const result = await (await server()).search({ q: 'truce' });
    assert.equal(result.degraded, true);
    assert.equal(searches()[0]!.body.queries[0].showRankingScoreDetails, true, 'the details are asked for');
  });

  it('honours a response-level degraded flag too', async () => {
    current = replay(multiSearch((q) => ({ ...searchResult(q.indexUid, {}), degraded: true })));
    assert.equal((await (await server()).search({ q: 'truce' })).degraded, true);
  });

  it('says a complete answer is not degraded', async () => {
    current = replay(
      hitsWith({
        words: { order: 0, matchingWords: 1, maxMatchingWords: 1, score: 1 },
        typo: { order: 1, typoCount: 0, maxTypoCount: 1, score: 1 },
      }),
    );
    assert.equal((await (await server()).search({ q: 'truce' })).degraded, false);
  });
});

describe('Meilisearch start-up checks of the web server', () => {
  it('refuses to start with a key that can manage keys (GET /keys answers it)', async () => {
    current = replay(() => assert.fail('nothing but the checks is sent'), { server: { keysStatus: 200 } });
    await assert.rejects(server(), (error: unknown) => {
      assert.ok(error instanceof IncompatibleBackendError);
      assert.match(error.message, /can manage API keys/);
      assert.ok(!error.message.includes('search-only-key'));
      return true;
    });
    assert.deepEqual(
      current.preflight.map((r) => `${r.method} ${r.path}`),
      ['GET /version', 'GET /keys'],
    );
    assert.equal(current.preflight[1]!.headers.get('authorization'), 'Bearer search-only-key');
  });

  it('starts with a search-only key (GET /keys refused) and checks nothing again', async () => {
    current = replay(multiSearch((q) => searchResult(q.indexUid, {})));
    const engine = await server();
    await engine.search({ q: 'truce' });
    await engine.search({ q: 'gaza' });
    assert.equal(current.preflight.length, 2);
  });

  it('refuses to start on a Meilisearch older than 1.40.0, naming the minimum', async () => {
    current = replay(() => assert.fail('nothing but the checks is sent'), { server: { version: '1.12.0' } });
    await assert.rejects(server(), /version 1\.12\.0; Nutgraf needs Meilisearch 1\.40\.0 or newer/);
  });

  it('starts while Meilisearch is down, and checks before its first search once it answers', async () => {
    let up = false;
    current = replay((req) => (up ? multiSearch((q) => searchResult(q.indexUid, {}))(req) : 'refuse'), { server: false });
    const engine = await server();
    assert.equal((await engine.health()).status, 'unavailable');
    up = true;
    const paths: string[] = [];
    current.restore();
    current = replay(
      (req) => {
        paths.push(req.path);
        return multiSearch((q) => searchResult(q.indexUid, {}))(req);
      },
      { server: { keysStatus: 200 } },
    );
    await assert.rejects(engine.search({ q: 'truce' }), IncompatibleBackendError);
    assert.deepEqual(paths, [], 'no search is sent with a key that can manage keys');
  });
});

describe('Meilisearch query words: exact first, honest counts (issue 19)', () => {
  const VOCAB = { fed: 33, federer: 36, negotiations: 44, negotiate: 15, morsi: 3, gaza: 9, truce: 4, talks: 12 };
  const RULES = { groups: [['Morsi', 'Mursi']], oneWay: [] };

  /** A server whose stored vocabulary is VOCAB; `page` answers the first query, `count` the others. */
  function withVocabulary(page: Record<string, unknown> = {}, count: Record<string, unknown> = {}) {
    current = replay(
      multiSearch((q, i) =>
        q.filter === VOCAB_FILTER
          ? searchResult(q.indexUid, {
              hits: [
                { id: '__paragraph_search_vocab_0__', docType: 'vocab', words: Object.keys(VOCAB), docs: Object.values(VOCAB) },
                { id: '__paragraph_search_synonyms__', docType: 'synonyms', rules: RULES },
              ],
            })
          : searchResult(q.indexUid, i === 0 ? page : count),
      ),
    );
    return server();
  }
  const sentQ = () => searches()[0]!.body.queries[0].q;

  it('asks a corpus word as a one-word phrase, so Meilisearch neither corrects nor completes it', async () => {
    const result = await (await withVocabulary()).search({ q: 'Fed' });
    assert.equal(sentQ(), '"fed"');
    assert.equal(searches()[0]!.body.queries[0].matchingStrategy, 'all');
    assert.deepEqual(result.reading, { corrected: [], completed: [], absent: [] });
  });

  it('leaves a last word that is no corpus word bare, for Meilisearch to complete, and says so', async () => {
    const result = await (await withVocabulary()).search({ q: 'gaza negot' });
    assert.equal(sentQ(), '"gaza" negot');
    assert.deepEqual(result.reading.completed, ['negot']);
  });

  it('sends a clear correction instead of the misspelt word, and an absent word as itself', async () => {
    const corrected = await (await withVocabulary()).search({ q: 'negotiatons' });
    assert.equal(sentQ(), '"negotiations"');
    assert.deepEqual(corrected.reading.corrected, [{ from: 'negotiatons', to: 'negotiations' }]);
    const absent = await (await withVocabulary()).search({ q: 'qwertyuiop' });
    assert.equal(sentQ(), '"qwertyuiop"');
    assert.deepEqual(absent.reading.absent, ['qwertyuiop']);
  });

  it('leaves a word with declared variants bare, so the index synonyms apply', async () => {
    await (await withVocabulary()).search({ q: 'Mursi talks' });
    assert.equal(sentQ(), 'mursi "talks"');
  });

  it('counts only paragraphs with every word: the page lists the others after them, a separate query counts', async () => {
    const engine = await withVocabulary(
      {
        totalHits: 7,
        hits: [
          { ...paragraph('a-0'), _rankingScoreDetails: { words: { matchingWords: 2, maxMatchingWords: 2 } } },
          {
            ...paragraph('b-1', { text: 'Gaza talks on a cease-fire.' }),
            _rankingScoreDetails: { words: { matchingWords: 1, maxMatchingWords: 2 } },
          },
        ],
      },
      { hitsPerPage: 0, totalHits: 3, facetDistribution: { yearFacet: { '2012': 3 }, outlet: { AFP: 3 }, language: { en: 3 } } },
    );
    const result = await engine.search({ q: 'gaza truce' });
    const [page, count] = searches()[0]!.body.queries;
    assert.equal(page.matchingStrategy, 'last');
    assert.equal(count.matchingStrategy, 'all');
    assert.equal(count.hitsPerPage, 0);
    assert.deepEqual(count.facets, ['yearFacet', 'outlet', 'language'], 'facets count the paragraphs with every word');
    assert.equal(page.facets, undefined);
    assert.equal(result.total, 3);
    assert.equal(result.looseTotal, 4);
    assert.equal(result.pages, 1);
    assert.deepEqual(result.facets.year, { '2012': 3 });
    assert.deepEqual(
      result.hits.map((h) => h.match),
      ['exact', 'approximate'],
    );
  });

  it('offers near spellings the corpus holds, with their counts, and declared synonyms as included', async () => {
    const result = await (await withVocabulary()).search({ q: 'morsi' });
    assert.deepEqual(result.spellings, [
      { word: 'morsi', count: 3, options: [{ word: 'mursi', count: 0, included: true, selected: false }] },
    ]);
  });
});

describe('Meilisearch a|b spellings: one federated multi-search over every choice (issue 19)', () => {
  const VOCAB = { gaza: 9, truce: 4, talks: 12, ceasefire: 6 };
  const vocabHits = [
    { id: '__paragraph_search_vocab_0__', docType: 'vocab', words: Object.keys(VOCAB), docs: Object.values(VOCAB) },
    { id: '__paragraph_search_synonyms__', docType: 'synonyms', rules: { groups: [['Gaza', 'Ghazzah']], oneWay: [] } },
  ];

  interface Answer {
    hits?: unknown[];
    estimatedTotalHits?: number;
    distribution?: Record<string, Record<string, number> | undefined>;
  }
  /** A federated answer as Meilisearch sends it: offset/limit paging, facets by index. */
  const federatedResult = (fields: Answer, federation: any) => ({
    hits: fields.hits ?? [],
    processingTimeMs: 2,
    limit: federation.limit,
    offset: federation.offset,
    estimatedTotalHits: fields.estimatedTotalHits ?? 0,
    ...(fields.distribution ? { facetsByIndex: { paragraphs: { distribution: fields.distribution, stats: {} } } } : {}),
  });

  /** Answers the vocabulary read, and each federated request through `answer(federation, queries)`. */
  function spellingServer(answer: (federation: any, queries: any[]) => Answer) {
    current = replay((req) => {
      if (req.body.federation === undefined) {
        return {
          body: {
            results: req.body.queries.map((q: any) => searchResult(q.indexUid, q.filter === VOCAB_FILTER ? { hits: vocabHits } : {})),
          },
        };
      }
      return { body: federatedResult(answer(req.body.federation, req.body.queries), req.body.federation) };
    });
    return server();
  }
  const federated = () => current!.requests.filter((r) => r.body?.federation !== undefined).map((r) => r.body);
  const hit = (id: string, text: string, matching: number) => ({
    ...paragraph(id, { text }),
    _federation: { indexUid: 'paragraphs', queriesPosition: 0, weightedRankingScore: 0.9 },
    _rankingScoreDetails: { words: { order: 0, matchingWords: matching, maxMatchingWords: 2, score: matching / 2 } },
  });

  it('asks one query per choice of spellings, paging and facets on the federation, and counts each paragraph once', async () => {
    const engine = await spellingServer((federation) => {
      if (federation.limit === 20) {
        return { estimatedTotalHits: 7, hits: [hit('a-0', 'Gaza talks resumed.', 2), hit('b-1', 'A truce.', 1)] };
      }
      if (federation.facetsByIndex.paragraphs.includes('articleId'))
        return { estimatedTotalHits: 3, distribution: { articleId: { a: 2, c: 1 } } };
      return { estimatedTotalHits: 3, distribution: { yearFacet: { '2012': 3 }, outlet: { AFP: 2, Reuters: 1 }, language: { en: 3 } } };
    });
    const result = await engine.search({ q: 'truce|talks gaza' });
    const [page, count, articles] = federated();
    assert.equal(federated().length, 3, 'the page, the count with its facets, the distinct articles');
    for (const body of [page, count, articles]) {
      assert.deepEqual(
        body.queries.map((q: any) => q.q),
        ['"truce" gaza ', '"talks" gaza '],
        'a word with synonyms stays bare (and whole)',
      );
      for (const q of body.queries) {
        for (const field of ['page', 'hitsPerPage', 'limit', 'offset', 'facets', 'distinct']) assert.equal(q[field], undefined, field);
      }
    }
    assert.deepEqual(page.federation, { offset: 0, limit: 20 });
    assert.equal(page.queries[0].matchingStrategy, 'last');
    assert.equal(page.queries[0].showRankingScoreDetails, true);
    assert.equal(page.queries[0].showMatchesPosition, true);
    assert.deepEqual(count.federation, { offset: 0, limit: 0, facetsByIndex: { paragraphs: ['yearFacet', 'outlet', 'language'] } });
    assert.equal(count.queries[0].matchingStrategy, 'all');
    assert.deepEqual(articles.federation, { offset: 0, limit: 0, facetsByIndex: { paragraphs: ['articleId'] } });
    // The federation unites the queries' candidates: each paragraph counts once.
    assert.equal(result.total, 3);
    assert.equal(result.looseTotal, 4);
    assert.equal(result.articleTotal, 2, 'the articleId values of the united candidates');
    assert.deepEqual(result.facets, { year: { '2012': 3 }, outlet: { AFP: 2, Reuters: 1 }, language: { en: 3 } });
    assert.deepEqual(
      result.hits.map((h) => [h.id, h.match, h.matchedAllTerms]),
      [
        ['a-0', 'exact', true],
        ['b-1', 'approximate', false],
      ],
    );
    assert.deepEqual(
      result.spellings.find((s) => s.word === 'truce')?.options.find((o) => o.word === 'talks'),
      { word: 'talks', count: 12, included: false, selected: true },
    );
  });

  it('pages the federation, filters and sorts every query alike', async () => {
    const engine = await spellingServer(() => ({ estimatedTotalHits: 45 }));
    const result = await engine.search({ q: 'truce|ceasefire', page: 3, perPage: 10, sort: 'newest', filters: { outlet: ['AFP'] } });
    const [page] = federated();
    assert.deepEqual(page.federation, { offset: 20, limit: 10, facetsByIndex: { paragraphs: ['yearFacet', 'language'] } });
    assert.deepEqual(
      page.queries.map((q: any) => [q.q, q.filter, q.sort]),
      [
        ['"truce"', 'outlet IN ["AFP"]', ['dateOrdinal:desc', 'articleId:asc', 'position:asc']],
        ['"ceasefire"', 'outlet IN ["AFP"]', ['dateOrdinal:desc', 'articleId:asc', 'position:asc']],
      ],
    );
    assert.equal(result.total, 45);
    assert.equal(result.pages, 5);
  });

  it('groups by article with federation.distinct, counting articles from their facet, and more-in-article likewise', async () => {
    const engine = await spellingServer((federation) => {
      if (federation.distinct === 'articleId') return { estimatedTotalHits: 9, hits: [hit('a-2', 'A truce.', 1), hit('b-0', 'Talks.', 1)] };
      const facets = federation.facetsByIndex?.paragraphs ?? [];
      if (facets.length === 1 && facets[0] === 'articleId') return { distribution: { articleId: { a: 4, b: 1 } } };
      return { estimatedTotalHits: 6, distribution: { yearFacet: { '2012': 6 }, outlet: { AFP: 6 }, language: { en: 6 } } };
    });
    const result = await engine.search({ q: 'truce|talks', groupByArticle: true });
    const bodies = federated();
    assert.deepEqual(bodies[0]!.federation, { offset: 0, limit: 20, distinct: 'articleId' });
    const followUp = bodies.at(-1)!;
    assert.equal(followUp.queries[0].filter, 'articleId IN ["a", "b"]');
    assert.deepEqual(followUp.federation.facetsByIndex, { paragraphs: ['articleId'] });
    assert.equal(result.total, 2, 'two articles, from the articleId facet, not the page total');
    assert.equal(result.articleTotal, 2);
    assert.equal(result.looseTotal, 0);
    assert.deepEqual(
      result.hits.map((h) => [h.id, h.moreInArticle]),
      [
        ['a-2', 3],
        ['b-0', 0],
      ],
    );
  });

  it('collapses copies with federation.distinct on copyGroup, counting groups from their facet, earliest copy shown (issue 24)', async () => {
    const engine = await spellingServer((federation, queries) => {
      if (federation.distinct === 'copyGroup' && federation.limit === 20) {
        return {
          estimatedTotalHits: 5,
          hits: [hit('b-0', 'A truce.', 1), hit('c-1', 'Talks.', 1)].map((h, i) => ({ ...h, copyGroup: ['a-0', 'c-1'][i] })),
        };
      }
      if (String(queries[0].filter ?? '').startsWith('copyGroup IN')) {
        // Merged by score, not by date: the engine puts each group's earliest copy first itself.
        return {
          hits: [
            {
              ...paragraph('b-0', { text: 'A truce.', outlet: 'BBC', date: '2012-11-22' }),
              copyGroup: 'a-0',
              dateOrdinal: 20121122,
              copySeq: 2,
            },
            {
              ...paragraph('a-0', { text: 'A truce.', outlet: 'AFP', date: '2012-11-21' }),
              copyGroup: 'a-0',
              dateOrdinal: 20121121,
              copySeq: 1,
            },
            { ...paragraph('d-0', { text: 'A truce.', outlet: 'AFP', date: null }), copyGroup: 'a-0', copySeq: 4 },
            { ...paragraph('c-1', { text: 'Talks.' }), copyGroup: 'c-1', dateOrdinal: 20121121, copySeq: 3 },
          ],
        };
      }
      const facets = federation.facetsByIndex?.paragraphs ?? [];
      if (facets.length === 1 && facets[0] === 'copyGroup') return { distribution: { copyGroup: { 'a-0': 3, 'c-1': 1 } } };
      if (facets.length === 1 && facets[0] === 'articleId') return { distribution: { articleId: { a: 1, b: 1, c: 1, d: 1 } } };
      return { estimatedTotalHits: 4, distribution: { yearFacet: { '2012': 4 }, outlet: { AFP: 3, BBC: 1 }, language: { en: 4 } } };
    });
    const result = await engine.search({ q: 'truce|talks', dedupe: true });
    const bodies = federated();
    assert.deepEqual(bodies[0]!.federation, { offset: 0, limit: 20, distinct: 'copyGroup' });
    assert.ok(
      bodies.some(
        (b) => b.federation.distinct === undefined && JSON.stringify(b.federation.facetsByIndex) === '{"paragraphs":["copyGroup"]}',
      ),
      'groups counted from their facet',
    );
    const followUp = bodies.at(-1)!;
    assert.equal(followUp.queries.length, 2, 'the copies of the page groups are read for every spelling too');
    assert.equal(followUp.queries[0].filter, 'copyGroup IN ["a-0", "c-1"]');
    assert.equal(result.total, 4, 'paragraphs');
    assert.equal(result.distinctTotal, 2, 'copy groups, from the copyGroup facet, not the page total');
    assert.equal(result.looseTotal, 0);
    assert.equal(result.pages, 1);
    assert.deepEqual(
      result.hits.map((h) => [h.id, h.copies?.count, h.copies?.outlets]),
      [
        ['a-0', 2, ['AFP', 'BBC']],
        ['c-1', 0, []],
      ],
    );
  });

  it('excludes every spelling of an excluded a|b, in a single plain query', async () => {
    const engine = await spellingServer(() => assert.fail('no federation for one choice'));
    await engine.search({ q: 'gaza -truce|talks' });
    assert.equal(federated().length, 0);
    const sent = current!.requests.at(-1)!.body.queries[0];
    assert.equal(sent.q, 'gaza -"truce" -"talks"');
  });

  it('keeps a bare last word whole with a trailing space, unless it is being completed', async () => {
    const engine = await spellingServer(() => ({}));
    await engine.search({ q: 'truce Gaza' });
    assert.equal(current!.requests.at(-1)!.body.queries[0].q, '"truce" gaza ');
    await engine.search({ q: 'truce ceasef' });
    assert.equal(current!.requests.at(-1)!.body.queries[0].q, '"truce" ceasef');
  });
});
