import type { MultiSearchQuery } from 'meilisearch';
import type {
  ArticleParagraph,
  ArticleSummary,
  ArticleView,
  CopyOf,
  DroppedLine,
  MatchRange,
  ParagraphKind,
  SharedArticle,
} from '../contract/types.ts';
import { META_ID, toArticleMeta, type MetaDocument } from './documents.ts';
import { equals, oneOf } from './filters.ts';
import { interpret, type Lexicon } from '../query/interpret.ts';
import { isEmptyQuery, parseQuery } from '../query/parse.ts';
import { unitedRanges } from '../contract/match-ranges.ts';
import { matchesOf } from './matches.ts';
import { normaliseQuery } from '../contract/request.ts';
import { meiliQueries, termForms } from './query.ts';
import { paragraphId } from '../contract/paragraph-id.ts';

/**
 * Article reads go through search, not the documents API, so the server's search-only key
 * (action `search`) is enough for every read.
 */

/** Page size when reading every paragraph of an article or every article. */
export const READ_PAGE = 1_000;

export const ARTICLE_FILTER = equals('docType', 'article');
export const META_FILTER = equals('docType', 'meta');
/** The vocabulary chunks and the synonym rules, read together for suggestions. */
export const WORDS_FILTER = `docType IN ["vocab", "synonyms"]`;

/**
 * Meilisearch's `=` and `IN` on strings ignore case (and normalise spaces and accents), so a
 * filter on an id also matches ids that differ from it only that way. The indexer never makes two
 * such ids (indexer/article-id.ts), but reads keep only the exact id all the same: the filter
 * narrows, this decides. https://www.meilisearch.com/docs/learn/filtering_and_sorting/filter_expression_reference
 */
export function exactly<T extends Record<string, unknown>>(field: string, ids: ReadonlySet<string>, docs: T[]): T[] {
  return docs.filter((doc) => typeof doc[field] === 'string' && ids.has(doc[field]));
}

/** How many article documents one id's filter may match, case variants included. */
const CASE_VARIANTS = 20;

/**
 * What the article page asks for a query, read as search reads it (the corrected word, the
 * completion, `a|b` spellings, synonyms): `match` are search's own `q`s, every word required, so a
 * paragraph is "matched" when search counts it; `marks` one `q` per word (and per spelling), so
 * every occurrence of any of them is marked, as the embedded engine marks them.
 */
export interface ArticleReading {
  match: string[];
  marks: string[];
}

export function articleReading(q: string | undefined, lexicon: Lexicon): ArticleReading {
  const parsed = parseQuery(normaliseQuery(q));
  if (isEmptyQuery(parsed)) return { match: [], marks: [] };
  const interpretation = interpret(parsed, lexicon);
  const marks = parsed.terms.flatMap((term, i) => {
    const reading = interpretation.readings[i]!;
    // Alone in its query a bare word is last: a trailing space keeps it from completing (query.ts).
    return termForms(term, reading, lexicon.synonyms).map((form) =>
      reading.kind === 'prefix' || form.startsWith('"') ? form : `${form} `,
    );
  });
  return { match: meiliQueries(parsed, interpretation, lexicon.synonyms), marks };
}

/** The article, its paragraphs, then one query per distinct `q` of the reading (see `readingQs`). */
export function articleQueries(
  names: { paragraphs: string; articles: string },
  id: string,
  reading: ArticleReading = { match: [], marks: [] },
): MultiSearchQuery[] {
  const ofArticle = equals('articleId', id);
  const queries: MultiSearchQuery[] = [
    // Filters compare strings ignoring case: the exact id is picked from the hits (see `exactly`).
    { indexUid: names.articles, q: '', filter: `${equals('id', id)} AND ${ARTICLE_FILTER}`, hitsPerPage: CASE_VARIANTS },
    {
      indexUid: names.paragraphs,
      q: '',
      filter: ofArticle,
      sort: ['position:asc'],
      hitsPerPage: READ_PAGE,
      page: 1,
      attributesToRetrieve: ['articleId', 'position', 'kind', 'text', 'copyGroup'],
    },
  ];
  for (const q of readingQs(reading)) {
    queries.push({
      indexUid: names.paragraphs,
      q,
      matchingStrategy: 'all',
      attributesToSearchOn: ['text'],
      filter: ofArticle,
      hitsPerPage: READ_PAGE,
      page: 1,
      attributesToRetrieve: ['articleId', 'position'],
      // Where each paragraph matched, in bytes of its text (matches.ts).
      showMatchesPosition: true,
    });
  }
  return queries;
}

/** The `q`s to send for a reading, each once (a one-word query is both a match and a mark query). */
export const readingQs = (reading: ArticleReading): string[] => [...new Set([...reading.match, ...reading.marks])];

export interface RawParagraph {
  position: number;
  kind: ParagraphKind;
  text: string;
  copyGroup?: string;
}

/** Most copies of one article's paragraphs read back for the article page's copy marks. */
export const COPIES_READ = 1_000;

/** The other articles' copies of these copy groups (the article's own are dropped by the caller). */
export function copiesOfGroupsQuery(names: { paragraphs: string }, groups: string[]): MultiSearchQuery {
  return {
    indexUid: names.paragraphs,
    q: '',
    filter: oneOf('copyGroup', groups),
    hitsPerPage: COPIES_READ,
    page: 1,
    attributesToRetrieve: ['articleId', 'copyGroup'],
  };
}

/** The titles, outlets and dates of the articles sharing paragraphs. */
export function sharedArticlesQuery(names: { articles: string }, ids: string[]): MultiSearchQuery {
  return {
    indexUid: names.articles,
    q: '',
    filter: `${oneOf('id', ids)} AND ${ARTICLE_FILTER}`,
    hitsPerPage: COPIES_READ,
    page: 1,
    attributesToRetrieve: ['id', 'title', 'outlet', 'date'],
  };
}

/** What the copy queries found: other articles' copies (articleId, copyGroup) and those articles' documents. */
export interface ArticleCopyHits {
  copies: Array<Record<string, unknown>>;
  articles: Array<Record<string, unknown>>;
}

/** Builds the article view: `marks` maps a paragraph's position to its match ranges. */
export function toArticleView(
  articleDoc: Record<string, unknown>,
  paragraphs: RawParagraph[],
  marks: Map<number, MatchRange[]>,
  matched: ReadonlySet<number>,
  copyHits: ArticleCopyHits = { copies: [], articles: [] },
): ArticleView {
  const self = String(articleDoc.id);
  const articlesIn = new Map<string, Set<string>>();
  for (const c of copyHits.copies) {
    if (c.articleId === self || typeof c.copyGroup !== 'string') continue;
    articlesIn.set(c.copyGroup, (articlesIn.get(c.copyGroup) ?? new Set()).add(String(c.articleId)));
  }
  const ordered = [...paragraphs].sort((a, b) => a.position - b.position);
  const out: ArticleParagraph[] = ordered.map((p) => {
    return {
      position: p.position,
      kind: p.kind,
      text: p.text,
      matches: marks.get(p.position) ?? [],
      matched: matched.has(p.position),
      copyGroup: typeof p.copyGroup === 'string' ? p.copyGroup : paragraphId(self, p.position),
      copiedIn: 0,
    };
  });
  const shared = new Map<string, number>();
  for (const p of out) {
    const others = articlesIn.get(p.copyGroup) ?? new Set<string>();
    p.copiedIn = others.size;
    for (const id of others) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  const docs = new Map(copyHits.articles.map((a) => [String(a.id), a]));
  const sharedWith: SharedArticle[] = [...shared].map(([id, count]) => {
    const a = docs.get(id) ?? {};
    return {
      id,
      title: String(a.title ?? id),
      outlet: String(a.outlet ?? ''),
      date: typeof a.date === 'string' ? a.date : null,
      shared: count,
    };
  });
  sharedWith.sort((a, b) => b.shared - a.shared || (a.id < b.id ? -1 : 1));
  const dropped = (articleDoc.dropped as DroppedLine[] | undefined) ?? [];
  return { ...toArticleMeta(articleDoc), paragraphs: out, dropped, copyOf: storedCopyOf(articleDoc), sharedWith };
}

/** Positions of the paragraphs that are hits of any of these queries. */
export function positionsOf(hitLists: ReadonlyArray<Array<Record<string, unknown>>>): Set<number> {
  return new Set(hitLists.flat().flatMap((hit) => (typeof hit.position === 'number' ? [hit.position] : [])));
}

/**
 * Each paragraph's match ranges from all the mark queries together: Meilisearch reports a hit's
 * matches for its own query's words only, so the ranges of several queries are united.
 */
export function unitedMatches(
  paragraphs: RawParagraph[],
  hitLists: ReadonlyArray<Array<Record<string, unknown>>>,
): Map<number, MatchRange[]> {
  const texts = new Map(paragraphs.map((p) => [p.position, p.text]));
  const found = new Map<number, MatchRange[]>();
  for (const hit of hitLists.flat()) {
    const text = typeof hit.position === 'number' ? texts.get(hit.position) : undefined;
    if (text === undefined) continue;
    const ranges = matchesOf(hit, text);
    if (ranges.length > 0) found.set(hit.position as number, [...(found.get(hit.position as number) ?? []), ...ranges]);
  }
  const out = new Map<number, MatchRange[]>();
  for (const [position, ranges] of found) out.set(position, unitedRanges(ranges));
  return out;
}

export const SUMMARY_FIELDS = [
  'id',
  'source',
  'title',
  'outlet',
  'agency',
  'carriedBy',
  'date',
  'year',
  'url',
  'language',
  'provenance',
  'hints',
  'contentHash',
  'paragraphCount',
  'copyOf',
];

/** The article's stored `copyOf` (copies.ts), null when absent or malformed. */
export function storedCopyOf(doc: Record<string, unknown>): CopyOf | null {
  const c = doc.copyOf as { id?: unknown; shared?: unknown } | null | undefined;
  return c && typeof c.id === 'string' && typeof c.shared === 'number' ? { id: c.id, shared: c.shared } : null;
}

export function toArticleSummary(doc: Record<string, unknown>): ArticleSummary {
  return { ...toArticleMeta(doc), paragraphs: typeof doc.paragraphCount === 'number' ? doc.paragraphCount : 0, copyOf: storedCopyOf(doc) };
}

/** Plain code-unit order, like SQL's binary collation, so both engines list articles the same way. */
export function bySource(a: { source: string }, b: { source: string }): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

export function metaDocument(articles: number, paragraphs: number, hasCopies: boolean, builtAt = new Date()): MetaDocument {
  return { id: META_ID, docType: 'meta', builtAt: builtAt.toISOString(), articles, paragraphs, hasCopies };
}
