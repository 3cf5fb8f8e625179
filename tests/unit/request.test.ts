/** The one request normaliser both backends apply first (engine/contract/request.ts). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE, MAX_QUERY_CHARS, normaliseQuery, normaliseRequest } from '../../engine/contract/request.ts';
import type { SearchRequest } from '../../engine/contract/types.ts';

const loose = (fields: Record<string, unknown>) => fields as unknown as SearchRequest;

describe('normaliseRequest', () => {
  it('fills every default', () => {
    assert.deepEqual(normaliseRequest({ q: 'truce' }), {
      query: 'truce',
      q: 'truce',
      filters: {},
      page: 1,
      perPage: DEFAULT_PER_PAGE,
      sort: 'relevance',
      groupByArticle: false,
      dedupe: false,
    });
  });

  it('brings paging into range: whole numbers or numeric strings, rounded down, clamped', () => {
    const paging = (page: unknown, perPage: unknown) => {
      const r = normaliseRequest(loose({ q: '', page, perPage }));
      return [r.page, r.perPage];
    };
    assert.deepEqual(paging(3, 50), [3, 50]);
    assert.deepEqual(paging('4', '7.9'), [4, 7]);
    assert.deepEqual(paging(2.7, 0), [2, 1]);
    assert.deepEqual(paging(-4, 10_000), [1, MAX_PER_PAGE]);
    assert.deepEqual(paging('x', 'y'), [1, DEFAULT_PER_PAGE]);
    assert.deepEqual(paging(Infinity, NaN), [1, DEFAULT_PER_PAGE]);
    assert.deepEqual(paging(null, ''), [1, DEFAULT_PER_PAGE]);
  });

  it('reads sort and flags strictly, and echoes the query as given', () => {
    const r = normaliseRequest(loose({ q: 42, sort: 'sideways', groupByArticle: 'yes', dedupe: 1 }));
    assert.deepEqual([r.query, r.q, r.sort, r.groupByArticle, r.dedupe], ['', '', 'relevance', false, false]);
    assert.equal(normaliseRequest({ q: ' a\u0001b ', sort: 'oldest' }).query, ' a\u0001b ');
    assert.equal(normaliseRequest({ q: ' a\u0001b ', sort: 'oldest' }).sort, 'oldest');
  });
});

describe('normaliseQuery', () => {
  it('turns control characters and lone surrogates into single spaces', () => {
    assert.equal(normaliseQuery('a\u0001b\u0000\nc\td'), 'a b c d');
    assert.equal(normaliseQuery('harbor \uD800 \uDFFF\uFFFF'), 'harbor \uFFFF');
    assert.equal(normaliseQuery(undefined), '');
  });

  it('caps the query at a word boundary, or at the cap inside one long word, never splitting a surrogate pair', () => {
    const words = 'harbor '.repeat(100);
    const capped = normaliseQuery(words);
    assert.ok(capped.length <= MAX_QUERY_CHARS);
    assert.match(capped, /^(harbor )*harbor$/, 'no word cut into a prefix');
    assert.equal(normaliseQuery('😀'.repeat(MAX_QUERY_CHARS + 1)), '😀'.repeat(MAX_QUERY_CHARS));
    assert.equal(Array.from(normaliseQuery('ä'.repeat(MAX_QUERY_CHARS + 50))).length, MAX_QUERY_CHARS);
  });
});
