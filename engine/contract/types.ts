/**
 * The search engine contract. Both backends (embedded SQLite FTS5 and Meilisearch) implement
 * `SearchEngine`, and the contract tests in `tests/contract/` describe its behaviour once for both.
 * Nothing outside `engine/` knows which backend is running.
 */

export type ParagraphKind = 'body' | 'heading';

/**
 * Where an inferred metadata value came from, e.g. "manifest", "dateline 'Updated: 2012-11-21'".
 * Two keys record evidence rather than a settled field: `byline` (the credit line kept as metadata,
 * e.g. "By Jane Doe (line 3)") and `record` (which record of a `.json`/`.jsonl` file the article is).
 */
export type Provenance = Partial<
  Record<'title' | 'outlet' | 'date' | 'year' | 'agency' | 'carriedBy' | 'url' | 'language' | 'byline' | 'record', string>
>;

/** A line of the source file that was not indexed, and why (navigation, caption, copyright…). */
export interface DroppedLine {
  /** 1-based line number in the decoded source file. */
  line: number;
  reason: JunkReason;
  text: string;
}

export type JunkReason =
  /** The article's own headline: shown as its title, not indexed again as a paragraph. */
  | 'headline'
  | 'navigation'
  | 'breadcrumb'
  | 'title-decoration'
  | 'repeated-headline'
  | 'caption'
  | 'credit'
  | 'dateline'
  | 'promotion'
  | 'comments'
  | 'author-box'
  | 'syndication'
  | 'related-headlines'
  /** Below the story, a run of lines sharing none of its words: other stories' teasers, the page's tail (indexer/clean/topic-tail.ts). */
  | 'off-topic'
  | 'copyright'
  | 'counter'
  | 'punctuation-only'
  | 'front-matter'
  /** Script or markup that leaked into the scraped text. */
  | 'script'
  /** A line printed again on the same page (a caption under the photo and in the gallery, a teaser repeated): the first copy is kept. */
  | 'repeated-line'
  /** A short line found in many different articles of the corpus: a site's menus, prompts and footers (indexer/clean/furniture.ts). */
  | 'boilerplate'
  /** Judged page furniture by the learned line classifier (indexer/clean/junk-model.ts), no rule naming it. */
  | 'classifier';

/** Article-level metadata, as the indexer settles it. */
export interface ArticleMeta {
  /** Stable id derived from the corpus path: letters, digits, `-`, `_` only. */
  id: string;
  /** Path of the source file relative to the corpus folder, with `/` separators. */
  source: string;
  title: string;
  /** Who a reader would cite ("Reuters", "The New York Times"); "Unknown" when nothing says. */
  outlet: string;
  /** Wire agency credited, when one is ("Agencies", "AFP"), otherwise null. */
  agency: string | null;
  /** Site that carried the text when it is not the outlet (a republisher), otherwise null. */
  carriedBy: string | null;
  /** ISO 8601 date, possibly partial ("2012", "2012-11", "2012-11-21"), or null when unknown. */
  date: string | null;
  /** Publication year, or null when unknown (never guessed from a copyright notice). */
  year: number | null;
  url: string | null;
  /** BCP 47 primary language tag ("en"), or "und" when undetermined. */
  language: string;
  /** Where each inferred value came from. */
  provenance: Provenance;
  /** Hints that were recorded but not trusted, e.g. "copyright year 2024". */
  hints: string[];
  /** Hash of the source bytes plus any manifest entry: the key for incremental indexing. */
  contentHash: string;
}

export interface ParagraphInput {
  /** 0-based, in reading order, contiguous within an article. */
  position: number;
  kind: ParagraphKind;
  text: string;
  /** 1-based line number of the paragraph's first line in the decoded source. */
  line?: number;
}

/** What the indexer pushes: an article with its cleaned paragraphs and the junk it dropped. */
export interface ArticleInput extends ArticleMeta {
  paragraphs: ParagraphInput[];
  dropped: DroppedLine[];
}

/** The unit of search: one paragraph, with its article's facets copied in. */
export interface ParagraphDoc {
  /** `<articleId>-<position>`. */
  id: string;
  articleId: string;
  position: number;
  kind: ParagraphKind;
  text: string;
  title: string;
  outlet: string;
  year: number | null;
  date: string | null;
  language: string;
  /**
   * The paragraph's copy group: the id of the first indexed paragraph whose text it repeats up to
   * case, whitespace, punctuation and small edits (engine/text/copies.ts), or its own id when no
   * earlier paragraph is a copy of it. Every copy carries the same id; it changes only when that
   * first paragraph leaves the index (the next copy in index order then leads the group).
   */
  copyGroup: string;
}

export type SortOrder = 'relevance' | 'newest' | 'oldest';

/** Facet value used for paragraphs whose year is unknown, so facet counts always add up. */
export const UNKNOWN_YEAR = 'unknown';

export interface SearchFilters {
  /** Years to keep (OR). `UNKNOWN_YEAR` selects paragraphs with no year. Empty or absent: no filter. */
  year?: Array<number | typeof UNKNOWN_YEAR>;
  /** Outlets to keep (OR), matched exactly. Empty or absent: no filter. */
  outlet?: string[];
  /** Languages to keep (OR), as stored on articles ("en", "fr", "und"). Empty or absent: no filter. */
  language?: string[];
  /**
   * Only the paragraphs of this copy group (a `ParagraphDoc.copyGroup` id): the copies behind a
   * collapsed hit's "also in N outlets". Not a facet: it never ignores itself and has no counts.
   * An id that leads no group matches nothing. Absent or empty: no filter.
   */
  copyGroup?: string;
}

export interface SearchRequest {
  /**
   * The user's query, verbatim. Words must all match as written or through declared variants (the
   * last completes as a prefix only when it is not a corpus word), `"quoted phrases"` match
   * exactly, `a|b` accepts either spelling, `-word` excludes. Empty: every paragraph matches.
   * Never throws on any input.
   */
  q: string;
  /** Different facets are ANDed, values of one facet are ORed. */
  filters?: SearchFilters;
  /** 1-based. */
  page?: number;
  perPage?: number;
  sort?: SortOrder;
  /** Show each article once, with its best paragraph; `total` then counts articles. */
  groupByArticle?: boolean;
  /**
   * Collapse copies: one hit per copy group (see `ParagraphDoc.copyGroup`) among the matches, the
   * earliest dated copy, else the first indexed; `distinctTotal` counts the groups, pages and
   * facet counts count them too, and each hit says where else its text appears (`copies`).
   */
  dedupe?: boolean;
}

/**
 * How a hit matched what was asked: `exact` (every word as written, or one of the user's `|`
 * spellings), `variant` (through a declared variant: a synonym, a joined or split compound), or
 * `approximate` (some words missing, or the query was corrected or completed as a prefix).
 */
export type HitMatch = 'exact' | 'variant' | 'approximate';

/** What the engine did with the query's words beyond matching them as written. */
export interface QueryReading {
  /** Words the corpus does not contain, replaced by the word clearly meant (counts are those of the corrected search). */
  corrected: Array<{ from: string; to: string }>;
  /** Last words that are not corpus words, completed as the beginning of longer words. */
  completed: string[];
  /** Words the corpus does not contain, with no clear correction: nothing matches them. */
  absent: string[];
}

/** Spellings near one query word that the corpus holds, for "Also spelled: Morsy (4)". */
export interface Spelling {
  /** The query word, as the index reads it (lower case, no accents). */
  word: string;
  /** Paragraphs containing the word itself. */
  count: number;
  options: Array<{
    word: string;
    /** Paragraphs containing this spelling (whatever the filters). */
    count: number;
    /** A declared synonym: already searched with the word. */
    included: boolean;
    /** Already added to the query as a `|` alternative. */
    selected: boolean;
  }>;
}

/**
 * Where a paragraph matched the query: `[start, end)` offsets into its `text` in UTF-16 code units
 * (JavaScript string indices, so `text.slice(start, end)` is the matched span), ascending, not
 * overlapping, never empty. Both backends report the same spans: the embedded engine from FTS5's
 * `highlight()`, Meilisearch from `_matchesPosition` (which counts UTF-8 bytes: converted in
 * engine/contract/match-ranges.ts). The engine returns no markup; the server renders `<mark>` (server/marks.ts).
 */
export type MatchRange = [start: number, end: number];

export interface SearchHit extends ParagraphDoc {
  /** Where the paragraph matched the query's words (see `MatchRange`); empty when nothing is marked. */
  matches: MatchRange[];
  /** With `groupByArticle`: how many other matching paragraphs the article has. */
  moreInArticle?: number;
  /** How many paragraphs the hit's article has, for "¶ 7 of 19". Both backends set it. */
  articleParagraphs?: number;
  /**
   * False when the paragraph matched only some of the query's words (Meilisearch's
   * `matchingStrategy: "last"`): such hits come after every counted hit and are not counted.
   */
  matchedAllTerms?: boolean;
  /** How the paragraph matched what was asked. */
  match: HitMatch;
  /**
   * With `dedupe`: the other matching paragraphs of its copy group (filters applied) — `count`
   * paragraphs, in `articles` distinct articles other than the hit's own (a paragraph repeated
   * within one article is one more paragraph, not one more article) — and the distinct outlets that
   * printed them, most frequent first. Absent without `dedupe`.
   */
  copies?: HitCopies;
}

/** A collapsed hit's other matching copies (`SearchHit.copies`). */
export interface HitCopies {
  /** Other matching paragraphs of the group. */
  count: number;
  /** Distinct articles holding them, the hit's own article not counted. */
  articles: number;
  /** Distinct outlets of those paragraphs, most frequent first. */
  outlets: string[];
}

/** Facet value → number of matches. Counts for a facet ignore that facet's own filter (disjunctive). */
export type FacetCounts = Record<string, number>;

export interface SearchResult {
  query: string;
  /**
   * Paragraphs (or articles, with `groupByArticle`) that contain every word of the query, as
   * written or through its declared variants, under all filters: the figure to cite. When the
   * query was corrected or completed (`reading`), the count of the search actually made.
   */
  total: number;
  /**
   * Hits listed after the counted ones, in relevance order only, that lack some of the words
   * (not counted anywhere: not in `total`, the facets or the exports). 0 when sorted by date or
   * grouped by article.
   */
  looseTotal: number;
  /** Corrections, completions and absent words (all empty when the words were taken as written). */
  reading: QueryReading;
  /** Near spellings the corpus holds for each query word, for the user to add as alternatives. */
  spellings: Spelling[];
  /** True when the backend stopped counting (Meilisearch's maxTotalHits): `total` is a lower bound. */
  totalCapped: boolean;
  /** Distinct articles among the `total` matching paragraphs (collapsed or not: the articles the counted paragraphs are in). */
  articleTotal: number;
  /**
   * With `dedupe`: the copy groups among the `total` paragraphs, one hit each ("412 paragraphs
   * (268 distinct)"); pages and facet counts then count these. Null without `dedupe`.
   */
  distinctTotal: number | null;
  page: number;
  perPage: number;
  /** Pages of counted and then loose hits. */
  pages: number;
  sort: SortOrder;
  groupedByArticle: boolean;
  tookMs: number;
  /**
   * True when the backend stopped early to answer in time (Meilisearch's `searchCutoffMs`): the
   * hits are the best it found, but ranking, counts and facets may be incomplete. The embedded
   * engine never stops early, so it always says false.
   */
  degraded: boolean;
  /** "Did you mean" queries built from the index's own vocabulary; empty when none is better. */
  suggestions?: string[];
  hits: SearchHit[];
  facets: { year: FacetCounts; outlet: FacetCounts; language: FacetCounts };
}

export interface ArticleParagraph {
  position: number;
  kind: ParagraphKind;
  text: string;
  /** Where the paragraph matched the query's words (see `MatchRange`); empty without a query. */
  matches: MatchRange[];
  /** Whether this paragraph matches the query given to `getArticle` (false without a query). */
  matched: boolean;
  /** Its copy group (see `ParagraphDoc.copyGroup`). */
  copyGroup: string;
  /** Other articles holding a copy of this paragraph ("also in 3 other articles"). */
  copiedIn: number;
}

/** Another article sharing paragraphs with the one shown ("shares 9 of 11 paragraphs with …"). */
export interface SharedArticle {
  id: string;
  title: string;
  outlet: string;
  date: string | null;
  /** This article's paragraphs that have a copy there. */
  shared: number;
}

/**
 * An article whose paragraphs are mostly copies of an earlier article's (more than half of them in
 * copy groups that article's paragraphs lead): the article it copies, and how many paragraphs.
 */
export interface CopyOf {
  /** The earlier article's id (the first indexed of the story's copies). */
  id: string;
  /** Paragraphs of this article in groups led by that article's paragraphs. */
  shared: number;
}

export interface ArticleView extends ArticleMeta {
  paragraphs: ArticleParagraph[];
  dropped: DroppedLine[];
  /** The earlier article this one copies, or null. */
  copyOf: CopyOf | null;
  /** Other articles sharing at least one paragraph with this one, most shared first. */
  sharedWith: SharedArticle[];
}

export interface ArticleSummary extends ArticleMeta {
  /** Number of indexed paragraphs. */
  paragraphs: number;
  /** The earlier article this one copies, or null. */
  copyOf: CopyOf | null;
}

export interface EngineStats {
  articles: number;
  paragraphs: number;
  /** When the current index was completed (ISO), or null when there is none. */
  builtAt: string | null;
  /** Bytes on disk, when the backend can tell. */
  sizeBytes?: number;
  /**
   * Whether some copy group has two paragraphs or more: what decides that searches collapse copies
   * by default (server/copies-default.ts). Kept by every write, so as cheap to read as the counts.
   */
  hasCopies: boolean;
}

/** The index's copy groups as a whole, for the indexer's report. */
export interface CopyStats {
  /** Copy groups with two paragraphs or more. */
  groups: number;
  /** Paragraphs in those groups. */
  paragraphs: number;
  /** The group with the most paragraphs (its id and size), or null when there are no copies. */
  largest: { group: string; paragraphs: number } | null;
}

export interface EngineHealth {
  status: 'ok' | 'empty' | 'unavailable';
  engine: EngineName;
  detail?: string;
}

export type EngineName = 'sqlite' | 'meilisearch';

export interface ReplaceStats {
  articles: number;
  paragraphs: number;
}

/** Synonym rules as read from the corpus: groups of equivalent terms, and one-way expansions. */
export interface SynonymRules {
  groups: string[][];
  oneWay: Array<{ from: string; to: string[] }>;
}

export interface ReplaceOptions {
  /**
   * Synonym rules stored with the new index (they are index data: the server applies them without
   * reading the corpus). Absent: the rules the engine was opened with, if any, else none.
   */
  synonyms?: SynonymRules;
}

/** How a caller bounds one search. */
export interface SearchOptions {
  /**
   * Abort the search: a queued search is dropped, a running one stopped where the backend allows
   * (SQLite: between phases, and its worker replaced if it does not stop; Meilisearch: the HTTP
   * request is aborted). The promise then rejects with `SearchAbortedError`.
   */
  signal?: AbortSignal;
  /**
   * The server is refusing searches (a traffic spike): what this search works out should not push
   * out what steady traffic reuses, nor grow the backend's memory. SQLite: its search caches keep
   * this search's new entries on a small probation segment until a later search asks for them
   * (engine/sqlite/guarded-cache.ts). Meilisearch: nothing to do (its caches are its server's).
   */
  spike?: boolean;
}

export interface SearchEngine {
  readonly name: EngineName;
  /**
   * How many searches the backend runs at once (SQLite: its search workers; Meilisearch: the
   * configured concurrency). A server queues further searches in front of the engine.
   */
  readonly parallelism: number;
  /**
   * Replace the whole index with these articles. Atomic: readers keep seeing the previous complete
   * index until the new one is fully built, then switch in one step.
   */
  replaceAll(articles: AsyncIterable<ArticleInput> | Iterable<ArticleInput>, options?: ReplaceOptions): Promise<ReplaceStats>;
  /**
   * Replace the live index's synonym rules in place (for incremental runs, where the corpus's
   * synonym list changed but no full rebuild happens). Applies to every search that follows.
   */
  setSynonyms(rules: SynonymRules): Promise<void>;
  /**
   * Insert or replace these articles (all their paragraphs), in place. A replaced article is a
   * changed one: it moves to the end of index order, so where it held the first copy of a
   * paragraph, the next copy in index order leads that group now (see `ParagraphDoc.copyGroup`).
   */
  upsertArticles(articles: ArticleInput[]): Promise<void>;
  /**
   * Replace stored articles by new versions of themselves, each where it stands in index order:
   * the same sources read again with more knowledge (the indexer's furniture fix-up, after a full
   * build learned the corpus's furniture and folder outlets). Copy groups and `copyOf` come out as
   * a full build that wrote the new versions at the old versions' places would give them, so the
   * index equals a build that knew it all from the start. An article whose paragraphs are the
   * stored ones changes its metadata and dropped lines alone. An id not stored is added at the
   * end, as `upsertArticles` adds it. For a changed source use `upsertArticles`.
   */
  reviseArticles(articles: ArticleInput[]): Promise<void>;
  /**
   * Give stored articles a new content hash, nothing else changed: the indexer's furniture fix-up,
   * for an article whose new version would be the stored one but for the key an incremental run
   * compares (its page rules had dropped every line the corpus taught was furniture). Stored bytes
   * are those `reviseArticles` of that new version would leave. An id not stored is passed over.
   */
  rehashArticles(hashes: ReadonlyArray<Pick<ArticleMeta, 'id' | 'contentHash'>>): Promise<void>;
  deleteArticles(ids: string[]): Promise<void>;
  search(request: SearchRequest, options?: SearchOptions): Promise<SearchResult>;
  /**
   * The server has just refused a search (a traffic spike): work nobody is waiting for should give
   * way from now on, not only once the spike's admitted searches reach the backend (under a spike
   * the serving thread routes them late). Called at every refusal, thousands a second, so it must
   * cost next to nothing and never throw. SQLite: bumps a counter its search workers share, and
   * their prefill waits until a quiet second has passed since they last saw it move
   * (engine/sqlite/background-steps.ts). Meilisearch: nothing (its background work is its server's).
   */
  refusing(): void;
  /**
   * Resolves once searches are answered at the engine's working speed, never rejects: a server
   * listens only after it (server/start.ts), so being reachable means being ready. SQLite: every
   * search worker has loaded the live index's snapshot (seconds at a million paragraphs, during
   * which a search would wait and be refused) and filled its match-set cache with the most frequent
   * words' sets (engine/sqlite/prefill.ts); a worker that fails meanwhile counts as done (the first
   * search reports it). Meilisearch: at once (its readiness is its server's, `health`).
   */
  ready(): Promise<void>;
  /** The article with its paragraphs in order; with `q`, matched terms are highlighted. */
  getArticle(id: string, options?: { q?: string }): Promise<ArticleView | null>;
  /** Every article's metadata, ordered by source path. */
  listArticles(): Promise<ArticleSummary[]>;
  stats(): Promise<EngineStats>;
  /** Copy groups over the whole index (one pass over the grouped paragraphs: for reports, not per request). */
  copyStats(): Promise<CopyStats>;
  health(): Promise<EngineHealth>;
  close(): Promise<void>;
}
