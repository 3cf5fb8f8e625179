/**
 * Collapsed searches on Meilisearch (issue 24): the requests (`distinct` on copyGroup, a separate
 * paragraph count, facets after distinct, the page's copies read back earliest first) and how the
 * answers map onto the engine contract. No server: the functions are pure.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CopyNamer, copyStatsOf, fingerprinted, regroupPlan } from '../../engine/meilisearch/copies.ts';
import { metaDocument } from '../../engine/meilisearch/articles.ts';
import { damOriginal, damRepost, wireFollowup } from '../fixtures/contract/copies.ts';
import { RANKING_RULES } from '../../engine/meilisearch/settings.ts';
import { copiesQuery, mapSearchResponse, planSearch } from '../../engine/meilisearch/search.ts';
import { matchesPosition } from './meilisearch-replay.ts';
import { SynonymTable } from '../../engine/query/synonyms.ts';
import { Vocabulary } from '../../engine/query/vocabulary.ts';

const lexicon = { vocabulary: new Vocabulary(['strengthened'], [5]), synonyms: new SynonymTable(undefined) };

const doc = (id: string, outlet: string, copyGroup: string, extra: Record<string, unknown> = {}) => ({
  id,
  articleId: id.replace(/-\d+$/, ''),
  position: Number(id.split('-').pop()),
  kind: 'body',
  text: 'The crown strengthened.',
  title: 'T',
  outlet,
  year: 2024,
  date: '2024-03-07',
  language: 'en',
  copyGroup,
  ...extra,
});

describe('Meilisearch collapsed search', () => {
  it('asks for one paragraph per copy group, counts the paragraphs apart, and counts facets after distinct', () => {
    const plan = planSearch({ q: 'strengthened', dedupe: true, filters: { outlet: ['Reuters'] } }, 'paragraphs', lexicon);
    const [hits, count, ...rest] = plan.queries;
    assert.equal(hits!.distinct, 'copyGroup');
    assert.equal(count!.distinct, undefined);
    assert.equal(count!.hitsPerPage, 0);
    assert.equal(plan.countQuery, 1);
    const facetQueries = rest.filter((q) => q.facets !== undefined);
    assert.ok(facetQueries.length > 0);
    for (const q of facetQueries) assert.equal(q.distinct, 'copyGroup', `facets ${q.facets} count groups`);
    // Each group by the copy shown (the earliest), not the best-ranked one: `sort` ranks first.
    for (const q of facetQueries) assert.deepEqual(q.sort, ['dateOrdinal:asc', 'copySeq:asc', 'position:asc']);
    assert.equal(RANKING_RULES[0], 'sort');
    // No loose hits when collapsed: every listed group is counted.
    assert.equal(hits!.matchingStrategy, 'all');
    assert.equal(planSearch({ q: 'strengthened' }, 'paragraphs', lexicon).queries[0]!.distinct, undefined);
  });

  it("reads the page groups' copies earliest dated first, then in index order, under the same filters", () => {
    const plan = planSearch({ q: 'strengthened', dedupe: true, filters: { outlet: ['Reuters', 'AFP'] } }, 'paragraphs', lexicon);
    const q = copiesQuery(plan, ['a-3', 'b"-1']);
    assert.equal(q.filter, '(outlet IN ["Reuters", "AFP"]) AND (copyGroup IN ["a-3", "b\\"-1"])');
    assert.deepEqual(q.sort, ['dateOrdinal:asc', 'copySeq:asc', 'position:asc']);
    assert.equal(q.q, plan.queries[0]!.q);
  });

  it("shows each group's earliest copy and says where else it ran; totals count paragraphs and groups", () => {
    const plan = planSearch({ q: 'strengthened', dedupe: true }, 'paragraphs', lexicon);
    const page = { hits: [doc('herald-3', 'The Herald', 'reuters-3', { articleParagraphs: 5 })], totalHits: 1, facetDistribution: {} };
    const count = { hits: [], totalHits: 5 };
    const results = plan.queries.map((_, i) =>
      i === 0 ? page : i === plan.countQuery ? count : { hits: [], totalHits: 1, facetDistribution: { outlet: { Reuters: 1 } } },
    );
    const copies = [
      { ...doc('reuters-3', 'Reuters', 'reuters-3'), _matchesPosition: matchesPosition('The crown \u0001strengthened\u0002.') },
      doc('herald-3', 'The Herald', 'reuters-3'),
      doc('gazette-3', 'Evening Gazette', 'reuters-3'),
      doc('times-3', 'Norland Times', 'reuters-3', { date: null }),
    ];
    const result = mapSearchResponse(plan, results, 3, undefined, [], copies);
    assert.deepEqual([result.total, result.distinctTotal, result.looseTotal, result.pages], [5, 1, 0, 1]);
    assert.equal(result.hits.length, 1);
    const [hit] = result.hits;
    assert.equal(hit!.id, 'reuters-3');
    assert.deepEqual(hit!.matches, [[10, 22]]);
    assert.deepEqual(hit!.copies, { count: 3, articles: 3, outlets: ['Evening Gazette', 'Norland Times', 'The Herald'] });
    assert.equal(hit!.articleParagraphs, 5);
  });

  it('counts the other articles apart from the other copies: a repeat in one article is one article', () => {
    const plan = planSearch({ q: 'strengthened', dedupe: true }, 'paragraphs', lexicon);
    const page = { hits: [doc('live-0', 'City Live', 'first-0')], totalHits: 1, facetDistribution: {} };
    const results = plan.queries.map((_, i) => (i === 0 ? page : { hits: [], totalHits: 5, facetDistribution: {} }));
    const copies = [
      doc('first-0', 'Lane Post', 'first-0', { date: '2024-03-01', dateOrdinal: 1 }),
      doc('live-0', 'City Live', 'first-0', { dateOrdinal: 2 }),
      doc('live-4', 'City Live', 'first-0', { dateOrdinal: 2 }),
      doc('again-0', 'City Live', 'first-0', { dateOrdinal: 3 }),
      doc('again-2', 'City Live', 'first-0', { dateOrdinal: 3 }),
    ];
    const [hit] = mapSearchResponse(plan, results, 3, undefined, [], copies).hits;
    assert.equal(hit!.id, 'first-0');
    assert.deepEqual(hit!.copies, { count: 4, articles: 2, outlets: ['City Live'] });
    // Shown from inside an article that repeats it: the repeat is a copy, not another article.
    const own = [doc('live-0', 'City Live', 'first-0', { dateOrdinal: 2 }), doc('live-4', 'City Live', 'first-0', { dateOrdinal: 2 })];
    const [alone] = mapSearchResponse(plan, results, 3, undefined, [], own).hits;
    assert.deepEqual(alone!.copies, { count: 1, articles: 0, outlets: ['City Live'] });
  });
});

describe('Meilisearch copy stats', () => {
  it('counts the groups of two or more from the copyGroup facet, and names the largest', () => {
    assert.deepEqual(copyStatsOf({ 'a-0': 1, 'b-1': 3, 'c-2': 2, 'a-1': 3 }), {
      groups: 3,
      paragraphs: 8,
      largest: { group: 'a-1', paragraphs: 3 },
    });
    assert.deepEqual(copyStatsOf({ 'a-0': 1 }), { groups: 0, paragraphs: 0, largest: null });
  });
});

describe('Meilisearch hasCopies (EngineStats)', () => {
  const paragraphsOf = (a: typeof damOriginal) => fingerprinted(a);

  it('a full build knows it as it groups, and keeps it in the meta document', () => {
    const namer = new CopyNamer();
    namer.article(damOriginal.id, paragraphsOf(damOriginal));
    namer.article(wireFollowup.id, paragraphsOf(wireFollowup));
    assert.equal(namer.copied, false);
    namer.article(damRepost.id, paragraphsOf(damRepost));
    assert.equal(namer.copied, true);
    assert.equal(metaDocument(3, 10, true).hasCopies, true);
    assert.equal(metaDocument(3, 10, false).hasCopies, false);
  });

  it('an in-place write learns it from its regroup pass, added or deleted', () => {
    const stored = paragraphsOf(damOriginal).map((p) => ({
      id: `${damOriginal.id}-${p.position}`,
      articleId: damOriginal.id,
      position: p.position,
      copySeq: 0,
      copySig: p.copySig,
      copyGroup: `${damOriginal.id}-${p.position}`,
    }));
    const articles = [{ id: damOriginal.id, copySeq: 0, copyOf: null }];
    assert.equal(regroupPlan(stored, articles, []).hasCopies, false);
    assert.equal(regroupPlan(stored, articles, [{ articleId: damRepost.id, paragraphs: paragraphsOf(damRepost) }]).hasCopies, true);
    assert.equal(regroupPlan([], [], [{ articleId: damRepost.id, paragraphs: paragraphsOf(damRepost) }]).hasCopies, false);
  });
});
