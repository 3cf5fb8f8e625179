import type { Settings } from 'meilisearch';
import { SynonymTable } from '../query/synonyms.ts';
import type { SynonymRules } from '../contract/types.ts';

/**
 * Index settings, applied to a fresh index before any document and read back afterwards.
 * https://www.meilisearch.com/docs/reference/api/settings
 */

/**
 * `totalHits` stops counting here. Raised from the default 1,000 so totals are exact for any
 * realistic query on a news corpus; beyond it the result says `totalCapped` ("100,000+").
 */
export const MAX_TOTAL_HITS = 100_000;

/**
 * Facet values returned per facet. Outlets are the widest facet (hundreds in a large corpus); the
 * per-page `articleId` facet used for `moreInArticle` needs at most one page of values.
 */
export const MAX_VALUES_PER_FACET = 10_000;

/** The articles index is listed whole by `listArticles`, so its cap is set far above any corpus here. */
export const ARTICLES_MAX_TOTAL_HITS = 1_000_000;

/**
 * How long Meilisearch may rank one query before it returns what it has (its default, when unset,
 * is 1,500 ms). A search is up to five queries in one multi-search, run one after the other, and
 * the server gives up on Meilisearch after 2 s (`readTimeoutMs`): 300 ms each keeps a slow search
 * an honest, marked partial answer (`degraded`) rather than a timeout.
 * https://www.meilisearch.com/docs/reference/api/settings#search-cutoff
 */
export const SEARCH_CUTOFF_MS = 300;

/**
 * `sort` first: with a sort requested ("newest"/"oldest") dates decide strictly, as in the embedded
 * engine; without one the rule is a no-op and relevance ranks as usual. Then the embedded engine's
 * order: every word first, the words as written before variants (`typo`: the query asks exact
 * words as phrases, so only synonyms and splits differ here), words close together, then body
 * paragraphs before headings and short lines (`brief:asc`, engine/text/brief.ts), which `exactness`
 * would otherwise favour for being short.
 * https://www.meilisearch.com/docs/learn/relevancy/custom_ranking_rules
 */
export const RANKING_RULES = ['sort', 'words', 'typo', 'proximity', 'brief:asc', 'attribute', 'exactness'];

/**
 * Meilisearch's `synonyms` setting from the corpus rules, through the same `SynonymTable` the
 * embedded engine expands queries with: keys in index form (lower case, no accents), and a
 * multi-word key also under its joined spelling, so both engines apply a rule to the same queries.
 * https://www.meilisearch.com/docs/learn/relevancy/synonyms
 */
export function toMeiliSynonyms(rules: SynonymRules | undefined): Record<string, string[]> {
  return Object.fromEntries(new SynonymTable(rules).entries().map(([key, alts]) => [key, alts.map((a) => a.join(' '))]));
}

/**
 * The words a query sends bare because they have declared synonyms (query.ts: Meilisearch gives a
 * phrase none), as `typoTolerance.disableOnWords`: Meilisearch then allows them no typo (milli's
 * `number_of_typos_allowed` returns 0 for them), so "Gaddafi" finds its synonyms and itself, never
 * a word one typo away, as on the embedded engine. The single-word keys of the same table.
 * https://www.meilisearch.com/docs/reference/api/settings#typo-tolerance
 */
export function typoFreeWords(rules: SynonymRules | undefined): string[] {
  return new SynonymTable(rules)
    .entries()
    .map(([key]) => key)
    .filter((key) => !key.includes(' '))
    .sort();
}

/** The settings that follow the synonym rules, for `setSynonyms` to replace together. */
export function synonymSettings(rules: SynonymRules | undefined): Settings {
  return { synonyms: toMeiliSynonyms(rules), typoTolerance: { disableOnWords: typoFreeWords(rules) } };
}

export function paragraphSettings(synonyms: SynonymRules | undefined, searchCutoffMs = SEARCH_CUTOFF_MS): Settings {
  return {
    // Order matters for the attribute ranking rule; searches use attributesToSearchOn ["text"].
    searchableAttributes: ['text', 'title'],
    // copyGroup: the `distinct` attribute of collapsed searches (copies.ts), which Meilisearch requires to be filterable.
    filterableAttributes: ['year', 'yearFacet', 'outlet', 'articleId', 'kind', 'language', 'copyGroup'],
    // copySeq: a collapsed search shows a group's earliest dated copy, then the first indexed.
    sortableAttributes: ['date', 'dateOrdinal', 'year', 'position', 'articleId', 'copySeq'],
    displayedAttributes: ['*'],
    rankingRules: RANKING_RULES,
    synonyms: toMeiliSynonyms(synonyms),
    // Meilisearch's defaults, stated so the contract ("1 typo from 5 letters, 2 from 9") is explicit.
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnWords: typoFreeWords(synonyms) },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
    searchCutoffMs,
  };
}

/**
 * The settings a live index is checked against before an incremental write: all of them but the
 * synonyms, which belong to the index's data (they change with `setSynonyms`, never here).
 */
export function withoutSynonyms(settings: Settings): Settings {
  const { synonyms: _rules, ...rest } = settings;
  if (rest.typoTolerance) {
    const { disableOnWords: _words, ...typos } = rest.typoTolerance;
    rest.typoTolerance = typos;
  }
  return rest;
}

export function articleSettings(): Settings {
  return {
    searchableAttributes: ['title'],
    filterableAttributes: ['id', 'docType'],
    sortableAttributes: ['source'],
    pagination: { maxTotalHits: ARTICLES_MAX_TOTAL_HITS },
  };
}

const sameSet = (a: readonly unknown[] | null | undefined, b: readonly unknown[] | null | undefined) => {
  const sa = new Set((a ?? []).map(String));
  const sb = new Set((b ?? []).map(String));
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
};
const sameList = (a: readonly unknown[] | null | undefined, b: readonly unknown[] | null | undefined) =>
  JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

/**
 * What the server reports differently from what we asked for, as readable lines (empty: all
 * applied). Synonym keys are compared case-insensitively because the server may normalise them.
 */
export function settingsMismatches(expected: Settings, actual: Settings): string[] {
  const problems: string[] = [];
  const check = (name: string, ok: boolean) => {
    if (!ok) problems.push(name);
  };
  if (expected.searchableAttributes) check('searchableAttributes', sameList(expected.searchableAttributes, actual.searchableAttributes));
  if (expected.filterableAttributes) check('filterableAttributes', sameSet(expected.filterableAttributes, actual.filterableAttributes));
  if (expected.sortableAttributes) check('sortableAttributes', sameSet(expected.sortableAttributes, actual.sortableAttributes));
  if (expected.rankingRules) check('rankingRules', sameList(expected.rankingRules, actual.rankingRules));
  if (expected.synonyms) {
    const keys = (s: Settings['synonyms']) => Object.keys(s ?? {}).map((k) => k.toLowerCase());
    check('synonyms', sameSet(keys(expected.synonyms), keys(actual.synonyms)));
  }
  if (expected.typoTolerance) {
    // Only the parts asked for (`setSynonyms` sends `disableOnWords` alone). The words themselves
    // are not compared: Meilisearch stores them as its own tokenizer normalises them, which may
    // differ from ours outside plain Latin letters, and a rebuild must not fail on that.
    const e = expected.typoTolerance;
    const a = actual.typoTolerance;
    const same = (want: unknown, got: unknown) => want === undefined || want === got;
    check(
      'typoTolerance',
      same(e.enabled, a?.enabled) &&
        same(e.minWordSizeForTypos?.oneTypo, a?.minWordSizeForTypos?.oneTypo) &&
        same(e.minWordSizeForTypos?.twoTypos, a?.minWordSizeForTypos?.twoTypos),
    );
  }
  if (expected.searchCutoffMs !== undefined) check('searchCutoffMs', actual.searchCutoffMs === expected.searchCutoffMs);
  if (expected.pagination) check('pagination.maxTotalHits', actual.pagination?.maxTotalHits === expected.pagination.maxTotalHits);
  if (expected.faceting) {
    check('faceting.maxValuesPerFacet', actual.faceting?.maxValuesPerFacet === expected.faceting.maxValuesPerFacet);
    const order = expected.faceting.sortFacetValuesBy?.['*'];
    if (order) check('faceting.sortFacetValuesBy', actual.faceting?.sortFacetValuesBy?.['*'] === order);
  }
  return problems;
}
