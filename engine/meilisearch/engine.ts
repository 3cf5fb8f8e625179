import {
  articleCopies,
  CopyNamer,
  fingerprinted,
  type NewParagraphs,
  regroupPlan,
  type RegroupPlan,
  type StoredArticleCopy as ArticleCopyFields,
  type StoredCopyFields as CopyFields,
} from './copies.ts';
import {
  Meilisearch,
  type FederatedMultiSearchParams,
  type Settings,
  type EnqueuedTask,
  type IndexSwap,
  type MultiSearchQuery,
  type SearchResponse,
} from 'meilisearch';
import { EngineUnavailableError, IncompatibleBackendError, IndexingError, SearchAbortedError } from '../contract/errors.ts';
import type {
  ArticleInput,
  ArticleSummary,
  ArticleView,
  EngineHealth,
  CopyStats,
  EngineStats,
  FacetCounts,
  ReplaceOptions,
  ReplaceStats,
  SearchEngine,
  SearchOptions,
  SearchRequest,
  SearchResult,
  SynonymRules,
} from '../contract/types.ts';
import {
  ARTICLE_FILTER,
  META_FILTER,
  WORDS_FILTER,
  READ_PAGE,
  SUMMARY_FIELDS,
  articleQueries,
  articleReading,
  positionsOf,
  unitedMatches,
  type RawParagraph,
  bySource,
  exactly,
  metaDocument,
  toArticleSummary,
  toArticleView,
  copiesOfGroupsQuery,
  sharedArticlesQuery,
  type ArticleCopyHits,
} from './articles.ts';
import type { IndexNames, MeilisearchTuning } from './config.ts';
import { paragraphId } from '../contract/paragraph-id.ts';
import {
  SYNONYMS_ID,
  countWords,
  uncountWords,
  vocabularyCounts,
  toArticleDocument,
  toParagraphDocuments,
  vocabularyDocuments,
  type ArticleCopies,
  type ArticleDocument,
  type ParagraphDocument,
  type SynonymsDocument,
  type VocabularyDocument,
} from './documents.ts';
import { suggestQueries } from '../query/suggest.ts';
import type { Lexicon } from '../query/interpret.ts';
import { SynonymTable } from '../query/synonyms.ts';
import { Vocabulary } from '../query/vocabulary.ts';
import { isIndexNotFound, isTransient, toEngineError, toIndexingError } from './failures.ts';

import { equals, oneOf } from './filters.ts';
import { IndexerLock, lockIndexName, type Release } from './lock.ts';
import { preflight } from './preflight.ts';
import { fromFederated, toFederated, type PlainResponse } from './federation.ts';
import { copiesQuery, mapSearchResponse, moreInArticleQuery, planSearch } from './search.ts';
import { ArticleParagraphHit, readAs, StoredArticleCopy, StoredCopyFields } from './responses.ts';
import { copyStatsOf } from './copies.ts';
import { articleSettings, paragraphSettings, settingsMismatches, synonymSettings, withoutSynonyms } from './settings.ts';
import { taskRunner, type TaskRunner } from './tasks.ts';

type Hit = Record<string, unknown>;
type Response = SearchResponse<Hit>;

/** Pause before the one retry of a read that failed fast (refused, reset, 502–504). */
const READ_RETRY_DELAY_MS = 150;
/** Filters naming many articles are split so no single filter string grows without bound. */
const IDS_PER_FILTER = 500;
/** Documents per `POST /documents/fetch` page, and ids per `POST /documents/delete-batch`. */
const FETCH_PAGE = 10_000;
/**
 * Every paragraph, as a filter: with one, the documents are read with POST /documents/fetch like
 * every other read here. https://www.meilisearch.com/docs/capabilities/filtering_sorting_faceting/advanced/filter_expression_syntax
 */
const EVERY_PARAGRAPH = 'articleId EXISTS';
/** Article documents per `addDocuments` call (they carry dropped lines, so they are larger). */
const ARTICLES_PER_BATCH = 1_000;
/**
 * How long a server trusts its copy of the vocabulary and synonym rules before reading them
 * again: a rebuild elsewhere shows up in suggestions within this time, and no search pays for it.
 */
const WORDS_TTL_MS = 60_000;

interface Words {
  vocabulary: Vocabulary;
  synonyms: SynonymTable;
  loadedAt: number;
}

export interface MeilisearchEngineOptions {
  url: string;
  host: string;
  apiKey: string | undefined;
  names: IndexNames;
  synonyms: SynonymRules | undefined;
  role: 'indexer' | 'server';
  tuning: MeilisearchTuning;
}

/** The Meilisearch backend of the engine contract (see engine/contract/types.ts). */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  readonly #client: Meilisearch;
  readonly #tasks: TaskRunner;
  readonly #options: MeilisearchEngineOptions;
  /** The rules the next index (or live index created on first write) is configured with. */
  #synonyms: SynonymRules | undefined;
  #words: Words | null = null;
  /** The version (and, for the server, key) check: run once, before the first request it guards. */
  #checked = false;
  #checking: Promise<void> | null = null;
  readonly #lock: IndexerLock;
  /** Build indexes are cleaned up under the first lock this process takes ("on start"). */
  #buildsCleaned = false;

  constructor(options: MeilisearchEngineOptions) {
    this.#options = options;
    this.#synonyms = options.synonyms;
    const timeout = options.role === 'server' ? options.tuning.readTimeoutMs : options.tuning.writeTimeoutMs;
    this.#client = new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout });
    this.#tasks = taskRunner(this.#client, options.host, options.tuning.taskPollMs);
    this.#lock = new IndexerLock(this.#client, {
      uid: lockIndexName(options.names.paragraphs),
      host: options.host,
      tuning: options.tuning,
      taskPollMs: options.tuning.taskPollMs,
    });
  }

  /**
   * The start-up check (preflight.ts): the server's version, and that a web server's key cannot
   * manage keys. Every request waits for it, so a server that started while Meilisearch was down
   * still checks before its first search. A failed check is not remembered when Meilisearch was
   * unreachable (the next request tries again); an incompatible server fails every request.
   */
  async verify(): Promise<void> {
    if (this.#checked) return;
    this.#checking ??= preflight(this.#client, {
      role: this.#options.role,
      host: this.#options.host,
      warn: (message) => console.warn(`[meilisearch] ${message}`),
    }).then(
      () => {
        this.#checked = true;
      },
      (error: unknown) => {
        if (!(error instanceof IncompatibleBackendError)) this.#checking = null;
        throw error;
      },
    );
    await this.#checking;
  }

  // ---- reads -------------------------------------------------------------------------------

  get parallelism(): number {
    return this.#options.tuning.searchParallelism;
  }

  /** The engine contract's hint of a spike: this process runs no background work of its own to hold. */
  refusing(): void {}

  /** The engine contract's readiness: nothing of this process's to load before searching (health() asks the server). */
  ready(): Promise<void> {
    return Promise.resolve();
  }

  async search(request: SearchRequest, options: SearchOptions = {}): Promise<SearchResult> {
    const started = performance.now();
    const { signal } = options;
    // The vocabulary first: which words are taken as written, completed or corrected decides the query sent.
    const [vocabulary, synonyms] = await this.#loadWords(signal);
    const plan = planSearch(request, this.#options.names.paragraphs, { vocabulary, synonyms });
    const results = await this.#searchEach(plan.queries, plan.qs, signal);
    let more: FacetCounts | undefined;
    const pageArticles = [...new Set((results[0]?.hits ?? []).map((h) => String(h.articleId)))];
    if (plan.grouped && pageArticles.length > 0) {
      const [counts] = await this.#searchEach([moreInArticleQuery(plan, pageArticles)], plan.qs, signal);
      more = counts?.facetDistribution?.articleId ?? {};
    }
    let copies: Hit[] | undefined;
    const pageGroups = [...new Set((results[0]?.hits ?? []).map((h) => String(h.copyGroup ?? h.id)))];
    if (plan.dedupe && pageGroups.length > 0) {
      const [members] = await this.#searchEach([copiesQuery(plan, pageGroups)], plan.qs, signal);
      copies = members?.hits ?? [];
    }
    const suggestions = plan.q === '' ? [] : suggestQueries(plan.parsed, vocabulary, synonyms);
    return mapSearchResponse(plan, results, Math.round(performance.now() - started), more, suggestions, copies);
  }

  /** The vocabulary and synonym rules the indexer stored with the index (cached, see WORDS_TTL_MS). */
  async #loadWords(signal?: AbortSignal): Promise<[Vocabulary, SynonymTable]> {
    if (this.#words !== null && performance.now() - this.#words.loadedAt < WORDS_TTL_MS) {
      return [this.#words.vocabulary, this.#words.synonyms];
    }
    const query: MultiSearchQuery = {
      indexUid: this.#options.names.articles,
      q: '',
      filter: WORDS_FILTER,
      hitsPerPage: READ_PAGE,
      page: 1,
    };
    let docs: Hit[] = [];
    try {
      const [first] = await this.#multiSearch([query], signal);
      if (first) docs = await this.#restOfPages(query, first);
    } catch (error) {
      // Suggestions are a nicety: an index built before they existed still searches.
      if (!(error instanceof EngineUnavailableError && isIndexNotFound(error.cause))) throw error;
    }
    const words: string[] = [];
    const counts: number[] = [];
    let rules: SynonymRules | undefined;
    for (const doc of docs) {
      if (doc.docType === 'vocab' && Array.isArray(doc.words) && Array.isArray(doc.docs)) {
        words.push(...(doc.words as string[]));
        counts.push(...(doc.docs as number[]));
      } else if (doc.docType === 'synonyms') {
        rules = doc.rules as SynonymRules;
      }
    }
    this.#words = { vocabulary: new Vocabulary(words, counts), synonyms: new SynonymTable(rules), loadedAt: performance.now() };
    return [this.#words.vocabulary, this.#words.synonyms];
  }

  async getArticle(id: string, options?: { q?: string }): Promise<ArticleView | null> {
    const { names } = this.#options;
    // The query is read as search reads it, which needs the stored vocabulary (cached).
    const wanted = (options?.q ?? '').trim() === '' ? undefined : articleReading(options?.q, await this.#lexicon());
    const queries = articleQueries(names, id, wanted);
    let results: Response[];
    try {
      results = await this.#multiSearch(queries);
    } catch (error) {
      if (error instanceof EngineUnavailableError && isIndexNotFound(error.cause)) return null;
      throw error;
    }
    const [articleRes, paragraphRes] = results;
    const only = new Set([id]);
    const [articleDoc] = exactly('id', only, articleRes?.hits ?? []);
    if (!articleDoc) return null;
    const paragraphs = exactly('articleId', only, await this.#restOfPages(queries[1]!, paragraphRes!)).map((p) =>
      readAs(ArticleParagraphHit, p, 'a paragraph document'),
    );
    // Hits per `q`, in the order `readingQs` lists them (queries 2…).
    const byQ = new Map<string, Hit[]>();
    for (let i = 2; i < queries.length; i++) {
      byQ.set(String(queries[i]!.q), exactly('articleId', only, await this.#restOfPages(queries[i]!, results[i]!)));
    }
    const hitsOf = (qs: string[]) => qs.map((q) => byQ.get(q) ?? []);
    const matched = positionsOf(hitsOf(wanted?.match ?? []));
    const marks = unitedMatches(paragraphs, hitsOf(wanted?.marks ?? []));
    return toArticleView(articleDoc, paragraphs, marks, matched, await this.#copiesOfArticle(id, paragraphs));
  }

  /** The other articles' copies of an article's paragraphs, and those articles (issue 24). */
  async #copiesOfArticle(id: string, paragraphs: RawParagraph[]): Promise<ArticleCopyHits> {
    const { names } = this.#options;
    const groups = [...new Set(paragraphs.map((p) => (typeof p.copyGroup === 'string' ? p.copyGroup : `${id}-${String(p.position)}`)))];
    if (groups.length === 0) return { copies: [], articles: [] };
    const [found] = await this.#multiSearch([copiesOfGroupsQuery(names, groups)]);
    const copies = (found?.hits ?? []).filter((h) => h.articleId !== id);
    const ids = [...new Set(copies.map((h) => String(h.articleId)))];
    if (ids.length === 0) return { copies, articles: [] };
    const [articles] = await this.#multiSearch([sharedArticlesQuery(names, ids)]);
    return { copies, articles: exactly('id', new Set(ids), articles?.hits ?? []) };
  }

  /** The vocabulary and synonym rules, as `interpret()` takes them. */
  async #lexicon(signal?: AbortSignal): Promise<Lexicon> {
    const [vocabulary, synonyms] = await this.#loadWords(signal);
    return { vocabulary, synonyms };
  }

  /**
   * Through the documents API (`POST /documents/fetch` with a filter and the fields wanted), which
   * reads stored documents in pages without ranking anything: searching page after page re-ranked
   * every article before each page. Needs the `documents.get` action.
   * https://www.meilisearch.com/docs/reference/api/documents#get-documents-with-post
   */
  async listArticles(): Promise<ArticleSummary[]> {
    let docs: Hit[];
    try {
      docs = await this.#fetchAll(this.#options.names.articles, ARTICLE_FILTER, SUMMARY_FIELDS);
    } catch (error) {
      if (error instanceof EngineUnavailableError && isIndexNotFound(error.cause)) return [];
      throw error;
    }
    return docs.map(toArticleSummary).sort(bySource);
  }

  /** Every document of an index that passes the filter, `FETCH_PAGE` at a time, with these fields. */
  async #fetchAll(uid: string, filter: string, fields: string[]): Promise<Hit[]> {
    await this.verify();
    const out: Hit[] = [];
    for (let offset = 0; ; offset += FETCH_PAGE) {
      let page: Hit[];
      try {
        page = (await this.#client.index(uid).getDocuments<Hit>({ filter, fields, limit: FETCH_PAGE, offset })).results;
      } catch (error) {
        throw toEngineError(error, this.#options.host);
      }
      out.push(...page);
      if (page.length < FETCH_PAGE) return out;
    }
  }

  /**
   * From the copyGroup facet of every paragraph (most frequent first): exact up to the facet's
   * `maxValuesPerFacet` groups of two or more, a lower bound beyond.
   */
  async copyStats(): Promise<CopyStats> {
    const [all] = await this.#multiSearch([{ indexUid: this.#options.names.paragraphs, q: '', hitsPerPage: 0, facets: ['copyGroup'] }]);
    return copyStatsOf(all?.facetDistribution?.copyGroup ?? {});
  }

  async stats(): Promise<EngineStats> {
    const { articles } = this.#options.names;
    try {
      const [meta, count] = await this.#multiSearch([
        { indexUid: articles, q: '', filter: META_FILTER, hitsPerPage: 1 },
        { indexUid: articles, q: '', filter: ARTICLE_FILTER, hitsPerPage: 0 },
      ]);
      const m = meta?.hits[0];
      const articleCount = count?.totalHits ?? 0;
      return {
        articles: articleCount,
        paragraphs: typeof m?.paragraphs === 'number' ? m.paragraphs : 0,
        builtAt: typeof m?.builtAt === 'string' ? m.builtAt : null,
        // An index written before the flag was kept: the copyGroup facet's counts tell (one slow read).
        hasCopies: typeof m?.hasCopies === 'boolean' ? m.hasCopies : articleCount > 0 && (await this.copyStats()).groups > 0,
      };
    } catch (error) {
      if (error instanceof EngineUnavailableError && isIndexNotFound(error.cause)) {
        return { articles: 0, paragraphs: 0, builtAt: null, hasCopies: false };
      }
      throw error;
    }
  }

  async health(): Promise<EngineHealth> {
    try {
      const [res] = await this.#multiSearch([{ indexUid: this.#options.names.paragraphs, q: '', hitsPerPage: 0 }]);
      return (res?.totalHits ?? 0) > 0
        ? { status: 'ok', engine: 'meilisearch' }
        : { status: 'empty', engine: 'meilisearch', detail: 'The Meilisearch index has no paragraphs' };
    } catch (error) {
      if (error instanceof EngineUnavailableError) {
        if (isIndexNotFound(error.cause)) {
          return { status: 'empty', engine: 'meilisearch', detail: 'The Meilisearch index does not exist yet' };
        }
        return { status: 'unavailable', engine: 'meilisearch', detail: error.message };
      }
      return { status: 'unavailable', engine: 'meilisearch', detail: 'Meilisearch answered with an error' };
    }
  }

  async close(): Promise<void> {
    // Stateless HTTP client: nothing to release.
  }

  /**
   * Multi-search with the client's errors mapped to the engine's. A read that fails fast for a
   * transient reason is retried once after a short pause, so a Meilisearch restart or a reset
   * connection does not reach the user as a 503; a timeout is not (its budget is spent).
   */
  async #multiSearch(queries: MultiSearchQuery[], signal?: AbortSignal): Promise<Response[]> {
    return this.#read(async () => {
      const { results } = await this.#client.multiSearch<{ queries: MultiSearchQuery[] }, Hit>(
        { queries },
        signal ? { signal } : undefined,
      );
      return results as Response[];
    }, signal);
  }

  /**
   * The planned queries, each asked with every `q` of `qs`: one multi-search when there is one
   * `q`; otherwise one federated multi-search per planned query, in parallel, each read back as
   * the plain answer to that query (federation.ts).
   */
  async #searchEach(queries: MultiSearchQuery[], qs: readonly string[], signal?: AbortSignal): Promise<PlainResponse[]> {
    if (qs.length <= 1) return this.#multiSearch(queries, signal);
    return Promise.all(
      queries.map(async (query) => {
        const federated = toFederated(query, qs);
        const response = await this.#read(
          () => this.#client.multiSearch<FederatedMultiSearchParams, Hit>(federated, signal ? { signal } : undefined),
          signal,
        );
        return fromFederated(response, query);
      }),
    );
  }

  /** One read, with the retry and error mapping described at `#multiSearch`. */
  async #read<T>(send: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.verify();
    const attempt = async () => {
      signal?.throwIfAborted();
      return send();
    };
    try {
      return await attempt();
    } catch (error) {
      // The caller's abort (client gone, deadline passed) is not an outage: never retried or a 503.
      if (signal?.aborted) throw new SearchAbortedError(signal.reason);
      if (!isTransient(error)) throw toEngineError(error, this.#options.host);
      await new Promise((resolve) => setTimeout(resolve, READ_RETRY_DELAY_MS));
      try {
        return await attempt();
      } catch (retryError) {
        if (signal?.aborted) throw new SearchAbortedError(signal.reason);
        throw toEngineError(retryError, this.#options.host);
      }
    }
  }

  /** The first page's hits plus every further page of the same query. */
  async #restOfPages(query: MultiSearchQuery, first: Response): Promise<Hit[]> {
    const hits = [...first.hits];
    const pages = first.totalPages ?? 1;
    for (let page = 2; page <= pages; page++) {
      const [next] = await this.#multiSearch([{ ...query, page }]);
      hits.push(...(next?.hits ?? []));
    }
    return hits;
  }

  // ---- writes ------------------------------------------------------------------------------

  async replaceAll(articles: AsyncIterable<ArticleInput> | Iterable<ArticleInput>, options?: ReplaceOptions): Promise<ReplaceStats> {
    if (options?.synonyms !== undefined) this.#synonyms = options.synonyms;
    return this.#writing(async () => {
      const live = this.#options.names;
      const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
      const build: IndexNames = { paragraphs: `${live.paragraphs}_build_${stamp}`, articles: `${live.articles}_build_${stamp}` };
      try {
        await this.#createConfiguredIndexes(build);
        const words = new Map<string, number>();
        const { hasCopies, ...counts } = await this.#pushAll(build, articles, words);
        await this.#writeMeta(build, counts.articles, counts.paragraphs, hasCopies);
        const extraDocs = await this.#writeWords(build, words);
        await this.#verifyCounts(build, counts, extraDocs);
        const swappedOut = await this.#swapIn(build);
        this.#words = null;
        for (const uid of swappedOut) await this.#dropIndex(uid);
        return counts;
      } catch (error) {
        // The live indexes are untouched until the swap; the half-built ones are only clutter.
        await this.#dropIndex(build.paragraphs);
        await this.#dropIndex(build.articles);
        throw error;
      }
    });
  }

  /** Replaces the live index's `synonyms` and typo-free words (read back) and the stored copy of the rules. */
  async setSynonyms(rules: SynonymRules): Promise<void> {
    this.#synonyms = rules;
    await this.#writing(async () => {
      await this.#ensureLiveIndexes();
      await this.#applySettings(this.#options.names.paragraphs, synonymSettings(rules));
      await this.#tasks.run('Storing the synonym rules', () =>
        this.#client.index(this.#options.names.articles).addDocuments([this.#synonymsDocument()], { primaryKey: 'id' }),
      );
      this.#words = null;
    });
  }

  #synonymsDocument(): SynonymsDocument {
    return { id: SYNONYMS_ID, docType: 'synonyms', rules: this.#synonyms ?? { groups: [], oneWay: [] } };
  }

  /**
   * The vocabulary chunks and the synonym rules, into the articles index (a search-only key can
   * read them there). Returns how many documents that added.
   */
  async #writeWords(names: IndexNames, words: Map<string, number>): Promise<number> {
    const docs = [...vocabularyDocuments(words), this.#synonymsDocument()];
    await this.#tasks.run('Writing the vocabulary', () => this.#client.index(names.articles).addDocuments(docs, { primaryKey: 'id' }));
    return docs.length;
  }

  /**
   * Every write but a full rebuild's: the version checked, the indexer lock held (lock.ts), the
   * live indexes present and configured. The first lock this process takes also removes build
   * indexes a crashed run left behind: while the lock is held no other indexer can be building.
   */
  async #writing<T>(write: () => Promise<T>): Promise<T> {
    await this.verify();
    const release: Release = await this.#lock.acquire();
    try {
      if (!this.#buildsCleaned) {
        await this.#deleteStaleBuilds();
        this.#buildsCleaned = true;
      }
      return await write();
    } finally {
      await release();
    }
  }

  /**
   * Replaces each article's paragraphs by id: documents with the same id are replaced by the
   * addition, and the old paragraphs the new version no longer has (an article that shrank) are
   * deleted by their ids. Which paragraphs an article has is read from the index itself (a filter
   * narrows, the exact `articleId` decides), never deleted by filter: Meilisearch's `=` ignores
   * case, and a filter would reach another article whose id differs only in case.
   */
  async upsertArticles(articles: ArticleInput[]): Promise<void> {
    if (articles.length === 0) return;
    await this.#writing(async () => {
      await this.#ensureLiveIndexes();
      const old = await this.#storedParagraphs(articles.map((a) => a.id));
      const added = articles.map((article) => ({ article, ordered: fingerprinted(article) }));
      const plan = await this.#regroup(
        new Set(articles.map((a) => a.id)),
        added.map(({ article, ordered }) => ({ articleId: article.id, paragraphs: ordered })),
      );
      await this.#writePlanned(added, old, plan);
    });
  }

  /**
   * New versions of stored articles, each written where it stands in index order: its `copySeq`
   * is kept (copies.ts), and its paragraph and article documents are replaced by id (add or
   * replace: the whole document), the positions it no longer has deleted by id, as an upsert does.
   * When every article is stored and has the stored paragraph texts, no copy group can change: the
   * stored groups, fingerprints and copyOf are written again, and nothing else of the index is read
   * nor written (the vocabulary and the counts are what they were). Otherwise the whole index is
   * grouped again with each revised article at its place (`regroupPlan`'s `revised`); an id not
   * stored is added after every stored article, as `upsertArticles` adds it.
   */
  async reviseArticles(articles: ArticleInput[]): Promise<void> {
    if (articles.length === 0) return;
    await this.#writing(async () => {
      await this.#ensureLiveIndexes();
      const ids = articles.map((a) => a.id);
      const old = await this.#storedCopyFields(ids);
      const places = new Map((await this.#storedArticleCopies(ids)).map((a) => [a.id, a]));
      const oldBy = new Map<string, Map<number, CopyFields & { text: string }>>();
      for (const p of old) {
        let byPosition = oldBy.get(p.articleId);
        if (byPosition === undefined) oldBy.set(p.articleId, (byPosition = new Map()));
        byPosition.set(p.position, p);
      }
      const sameTexts = (article: ArticleInput) => {
        const stored = oldBy.get(article.id);
        return (
          stored !== undefined &&
          stored.size === article.paragraphs.length &&
          article.paragraphs.every((p) => stored.get(p.position)?.text === p.text)
        );
      };
      if (articles.every((a) => places.has(a.id) && sameTexts(a))) {
        const copies = articles.map((article): ArticleCopies => {
          const place = places.get(article.id)!;
          const stored = oldBy.get(article.id)!;
          return {
            seq: place.copySeq,
            groups: article.paragraphs.map((p) => stored.get(p.position)!.copyGroup ?? paragraphId(article.id, p.position)),
            sigs: article.paragraphs.map((p) => stored.get(p.position)!.copySig ?? null),
            copyOf: place.copyOf ?? null,
          };
        });
        await this.#replaceDocuments(articles, copies, old, null);
        return;
      }
      const fresh = articles.map((article) => ({ article, ordered: fingerprinted(article) }));
      const byPlace = (stored: boolean) =>
        fresh
          .filter(({ article }) => places.has(article.id) === stored)
          .map(({ article, ordered }) => ({ articleId: article.id, paragraphs: ordered }));
      const plan = await this.#regroup(new Set(ids), byPlace(false), byPlace(true));
      await this.#writePlanned(fresh, old, plan);
    });
  }

  /**
   * Stored articles' content hashes replaced, as a partial update of their article documents (the
   * paragraph documents do not hold it); ids not stored are passed over, so that no article
   * document is created with a hash alone.
   */
  async rehashArticles(hashes: ReadonlyArray<Pick<ArticleInput, 'id' | 'contentHash'>>): Promise<void> {
    if (hashes.length === 0) return;
    await this.#writing(async () => {
      await this.#ensureLiveIndexes();
      const stored = new Set((await this.#storedArticleCopies(hashes.map((h) => h.id))).map((a) => a.id));
      const docs = hashes.filter((h) => stored.has(h.id)).map(({ id, contentHash }) => ({ id, contentHash }));
      const names = this.#options.names;
      const pending: Array<[string, EnqueuedTask, number]> = [];
      for (const batch of chunks(docs, ARTICLES_PER_BATCH)) {
        pending.push([
          'Updating content hashes',
          await this.#send(() => this.#client.index(names.articles).updateDocuments(batch, { primaryKey: 'id' })),
          batch.length,
        ]);
      }
      for (const [what, task, count] of pending) await this.#tasks.wait(what, task, count);
    });
  }

  /**
   * Writes articles with the copy fields a regroup planned for them (upsert and revise alike), then
   * the vocabulary and the counts the change moved; `old` are the paragraphs they replace.
   */
  async #writePlanned(
    fresh: ReadonlyArray<{ article: ArticleInput; ordered: ReturnType<typeof fingerprinted> }>,
    old: Array<{ id: string; text: string }>,
    plan: RegroupPlan,
  ): Promise<void> {
    const copies = fresh.map(({ article, ordered }) =>
      articleCopies(
        article,
        plan.newSeq.get(article.id)!,
        ordered,
        (position) => plan.newGroups.get(paragraphId(article.id, position))!,
        plan.newCopyOf.get(article.id) ?? null,
      ),
    );
    const paragraphs = await this.#replaceDocuments(
      fresh.map(({ article }) => article),
      copies,
      old,
      plan,
    );
    await this.#updateVocabulary(old, paragraphs);
    await this.#refreshMeta(plan.hasCopies);
  }

  /**
   * The write both `upsertArticles` and `reviseArticles` end with: the stored documents whose copy
   * fields changed updated (`plan`), the articles' old paragraphs they no longer have deleted by id,
   * their paragraph and article documents added (replacing those with the same ids). Returns the
   * paragraph documents written.
   */
  async #replaceDocuments(
    articles: ArticleInput[],
    copies: ArticleCopies[],
    old: ReadonlyArray<{ id: string }>,
    plan: RegroupPlan | null,
  ): Promise<ParagraphDocument[]> {
    const names = this.#options.names;
    const paragraphs = articles.flatMap((article, i) => toParagraphDocuments(article, copies[i]!));
    const articleDocs = articles.map((article, i) => toArticleDocument(article, copies[i]!));
    const kept = new Set(paragraphs.map((p) => p.id));
    const gone = old.map((p) => p.id).filter((id) => !kept.has(id));
    const pending: Array<[string, EnqueuedTask, number]> = plan === null ? [] : [...(await this.#sendRegroup(plan))];
    for (const chunk of chunks(gone, FETCH_PAGE)) {
      pending.push([
        'Deleting old paragraphs',
        await this.#send(() => this.#client.index(names.paragraphs).deleteDocuments(chunk)),
        chunk.length,
      ]);
    }
    for (const batch of chunks(paragraphs, this.#options.tuning.batchSize)) {
      pending.push([
        'Adding paragraphs',
        await this.#send(() => this.#client.index<ParagraphDocument>(names.paragraphs).addDocuments(batch, { primaryKey: 'id' })),
        batch.length,
      ]);
    }
    for (const batch of chunks(articleDocs, ARTICLES_PER_BATCH)) {
      pending.push([
        'Adding articles',
        await this.#send(() => this.#client.index<ArticleDocument>(names.articles).addDocuments(batch, { primaryKey: 'id' })),
        batch.length,
      ]);
    }
    for (const [what, task, docs] of pending) await this.#tasks.wait(what, task, docs);
    return paragraphs;
  }

  async deleteArticles(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const names = this.#options.names;
    await this.verify();
    // Nothing was ever indexed: there is nothing to delete, and a delete task would fail.
    if (!(await this.#indexExists(names.paragraphs))) return;
    await this.#writing(async () => {
      await this.#ensureLiveIndexes();
      const old = await this.#storedParagraphs(ids);
      const plan = await this.#regroup(new Set(ids), []);
      const pending: Array<[string, EnqueuedTask, number]> = [...(await this.#sendRegroup(plan))];
      for (const chunk of chunks(
        old.map((p) => p.id),
        FETCH_PAGE,
      )) {
        pending.push([
          'Deleting paragraphs',
          await this.#send(() => this.#client.index(names.paragraphs).deleteDocuments(chunk)),
          chunk.length,
        ]);
      }
      // Article documents are deleted by primary key, which is exact.
      for (const chunk of chunks(ids, FETCH_PAGE)) {
        pending.push([
          'Deleting articles',
          await this.#send(() => this.#client.index(names.articles).deleteDocuments(chunk)),
          chunk.length,
        ]);
      }
      for (const [what, task, docs] of pending) await this.#tasks.wait(what, task, docs);
      await this.#updateVocabulary(old, []);
      await this.#refreshMeta(plan.hasCopies);
    });
  }

  /**
   * Copy groups after an in-place write (copies.ts): every stored paragraph's copy fields read
   * back, those of the articles being replaced or deleted (`leaving`) set aside, the new articles'
   * appended in index order, and the whole index grouped again. One pass over every paragraph
   * (~60 bytes each): the price of groups that never depend on how the index got here.
   */
  async #regroup(leaving: Set<string>, added: readonly NewParagraphs[], revised: readonly NewParagraphs[] = []): Promise<RegroupPlan> {
    let paragraphs: Hit[];
    let articles: Hit[];
    try {
      paragraphs = await this.#fetchAll(this.#options.names.paragraphs, EVERY_PARAGRAPH, [
        'id',
        'articleId',
        'position',
        'copySeq',
        'copySig',
        'copyGroup',
      ]);
      articles = await this.#fetchAll(this.#options.names.articles, ARTICLE_FILTER, ['id', 'copySeq', 'copyOf']);
    } catch (error) {
      throw toIndexingError(error, this.#options.host, 'Reading the copy groups');
    }
    const stored = paragraphs.map((p) => readAs(StoredCopyFields, p, 'copy fields')).filter((p) => !leaving.has(p.articleId));
    // A revised article keeps its place: its stored seq stays in the order, its paragraphs are the new ones.
    const keep = new Set(revised.map((a) => a.articleId));
    const storedArticles = articles
      .map((a) => readAs(StoredArticleCopy, a, 'article copy fields'))
      .filter((a) => !leaving.has(a.id) || keep.has(a.id));
    return regroupPlan(stored, storedArticles, added, revised);
  }

  /** Enqueues the partial updates of stored documents whose copy group or copyOf changed. */
  async #sendRegroup(plan: RegroupPlan): Promise<Array<[string, EnqueuedTask, number]>> {
    const { names } = this.#options;
    const pending: Array<[string, EnqueuedTask, number]> = [];
    for (const batch of chunks(plan.paragraphUpdates, this.#options.tuning.batchSize)) {
      pending.push([
        'Updating copy groups',
        await this.#send(() => this.#client.index(names.paragraphs).updateDocuments(batch, { primaryKey: 'id' })),
        batch.length,
      ]);
    }
    for (const batch of chunks(plan.articleUpdates, ARTICLES_PER_BATCH)) {
      pending.push([
        'Updating copied articles',
        await this.#send(() => this.#client.index(names.articles).updateDocuments(batch, { primaryKey: 'id' })),
        batch.length,
      ]);
    }
    return pending;
  }

  /** The stored paragraphs of exactly these articles, with their text and copy fields (`reviseArticles`). */
  async #storedCopyFields(articleIds: string[]): Promise<Array<CopyFields & { text: string }>> {
    const wanted = new Set(articleIds);
    const out: Array<CopyFields & { text: string }> = [];
    for (const chunk of chunks([...wanted], IDS_PER_FILTER)) {
      let docs: Hit[];
      try {
        docs = await this.#fetchAll(this.#options.names.paragraphs, oneOf('articleId', chunk), [
          'id',
          'articleId',
          'position',
          'text',
          'copySeq',
          'copySig',
          'copyGroup',
        ]);
      } catch (error) {
        throw toIndexingError(error, this.#options.host, 'Reading the stored paragraphs');
      }
      for (const doc of exactly('articleId', wanted, docs)) {
        out.push({ ...readAs(StoredCopyFields, doc, 'copy fields'), text: typeof doc.text === 'string' ? doc.text : '' });
      }
    }
    return out;
  }

  /** The stored article documents' places in index order (`copySeq`) and copyOf, of exactly these ids. */
  async #storedArticleCopies(ids: string[]): Promise<ArticleCopyFields[]> {
    const wanted = new Set(ids);
    const out: ArticleCopyFields[] = [];
    for (const chunk of chunks([...wanted], IDS_PER_FILTER)) {
      let docs: Hit[];
      try {
        docs = await this.#fetchAll(this.#options.names.articles, `${ARTICLE_FILTER} AND ${oneOf('id', chunk)}`, [
          'id',
          'copySeq',
          'copyOf',
        ]);
      } catch (error) {
        throw toIndexingError(error, this.#options.host, 'Reading the stored articles');
      }
      for (const doc of exactly('id', wanted, docs)) out.push(readAs(StoredArticleCopy, doc, 'article copy fields'));
    }
    return out;
  }

  /** The stored paragraphs (id and text) of exactly these articles. */
  async #storedParagraphs(articleIds: string[]): Promise<Array<{ id: string; articleId: string; text: string }>> {
    const wanted = new Set(articleIds);
    const out: Array<{ id: string; articleId: string; text: string }> = [];
    for (const chunk of chunks([...wanted], IDS_PER_FILTER)) {
      let docs: Hit[];
      try {
        docs = await this.#fetchAll(this.#options.names.paragraphs, oneOf('articleId', chunk), ['id', 'articleId', 'text']);
      } catch (error) {
        throw toIndexingError(error, this.#options.host, 'Reading the stored paragraphs');
      }
      for (const doc of exactly('articleId', wanted, docs)) {
        out.push({ id: String(doc.id), articleId: String(doc.articleId), text: typeof doc.text === 'string' ? doc.text : '' });
      }
    }
    return out;
  }

  /**
   * Keeps the stored vocabulary (the words "did you mean" suggests from) in step with an in-place
   * write: the replaced or deleted paragraphs' words are counted off, the new ones on, and the
   * chunks are written again (a chunk no longer needed is deleted by its id).
   */
  async #updateVocabulary(removed: Array<{ text: string }>, added: Array<{ text: string }>): Promise<void> {
    const { articles } = this.#options.names;
    let stored: Hit[];
    try {
      stored = await this.#fetchAll(articles, equals('docType', 'vocab'), ['id', 'words', 'docs']);
    } catch (error) {
      throw toIndexingError(error, this.#options.host, 'Reading the vocabulary');
    }
    const counts = vocabularyCounts(stored as Array<Partial<VocabularyDocument>>);
    uncountWords(counts, removed);
    countWords(counts, added);
    const docs = vocabularyDocuments(counts);
    const written = new Set(docs.map((d) => d.id));
    const stale = stored.map((d) => String(d.id)).filter((id) => !written.has(id));
    if (docs.length > 0) {
      await this.#tasks.run('Writing the vocabulary', () => this.#client.index(articles).addDocuments(docs, { primaryKey: 'id' }));
    }
    if (stale.length > 0) {
      await this.#tasks.run('Deleting unused vocabulary chunks', () => this.#client.index(articles).deleteDocuments(stale));
    }
    this.#words = null;
  }

  /** Enqueue a write; request failures become engine errors with Meilisearch's message. */
  async #send(send: () => Promise<EnqueuedTask>): Promise<EnqueuedTask> {
    try {
      return await send();
    } catch (error) {
      throw toIndexingError(error, this.#options.host, 'Meilisearch rejected a write');
    }
  }

  async #createConfiguredIndexes(names: IndexNames): Promise<void> {
    await this.#tasks.run(`Creating index ${names.paragraphs}`, () => this.#client.createIndex(names.paragraphs, { primaryKey: 'id' }));
    await this.#tasks.run(`Creating index ${names.articles}`, () => this.#client.createIndex(names.articles, { primaryKey: 'id' }));
    await this.#applySettings(names.paragraphs, paragraphSettings(this.#synonyms, this.#options.tuning.searchCutoffMs));
    await this.#applySettings(names.articles, articleSettings());
  }

  /** Settings go before any document (changing them later re-indexes everything) and are read back. */
  async #applySettings(uid: string, settings: Settings): Promise<void> {
    const index = this.#client.index(uid);
    await this.#tasks.run(`Applying settings to ${uid}`, () => index.updateSettings(settings));
    let actual;
    try {
      actual = await index.getSettings();
    } catch (error) {
      throw toIndexingError(error, this.#options.host, `Reading settings of ${uid}`);
    }
    const wrong = settingsMismatches(settings, actual);
    if (wrong.length > 0) throw new IndexingError(`Settings of ${uid} did not take effect: ${wrong.join(', ')}`);
  }

  /** Streams articles into the build indexes, keeping a few tasks in flight. */
  async #pushAll(
    names: IndexNames,
    articles: AsyncIterable<ArticleInput> | Iterable<ArticleInput>,
    words: Map<string, number>,
  ): Promise<ReplaceStats & { hasCopies: boolean }> {
    const { batchSize, maxPendingTasks } = this.#options.tuning;
    const pending: Array<[string, EnqueuedTask, number]> = [];
    const seen = new Set<string>();
    let paragraphBuffer: ParagraphDocument[] = [];
    let articleBuffer: ArticleDocument[] = [];
    let paragraphCount = 0;

    const settle = async (limit: number) => {
      while (pending.length > limit) {
        const [what, task, docs] = pending.shift()!;
        await this.#tasks.wait(what, task, docs);
      }
    };
    const flushParagraphs = async () => {
      if (paragraphBuffer.length === 0) return;
      const batch = paragraphBuffer;
      paragraphBuffer = [];
      pending.push([
        'Adding paragraphs',
        await this.#send(() => this.#client.index<ParagraphDocument>(names.paragraphs).addDocuments(batch, { primaryKey: 'id' })),
        batch.length,
      ]);
      await settle(maxPendingTasks);
    };
    const flushArticles = async () => {
      if (articleBuffer.length === 0) return;
      const batch = articleBuffer;
      articleBuffer = [];
      pending.push([
        'Adding articles',
        await this.#send(() => this.#client.index<ArticleDocument>(names.articles).addDocuments(batch, { primaryKey: 'id' })),
        batch.length,
      ]);
      await settle(maxPendingTasks);
    };

    // Copy groups as the articles stream by, in the order the embedded engine writes them (copies.ts).
    const namer = new CopyNamer();
    for await (const article of articles) {
      if (seen.has(article.id)) throw new IndexingError(`Duplicate article id ${article.id} (${article.source})`);
      seen.add(article.id);
      const ordered = fingerprinted(article);
      const { groups, copyOf } = namer.article(article.id, ordered);
      const byPosition = new Map(ordered.map((p, i) => [p.position, groups[i]!]));
      const copies = articleCopies(article, seen.size - 1, ordered, (position) => byPosition.get(position)!, copyOf);
      articleBuffer.push(toArticleDocument(article, copies));
      const docs = toParagraphDocuments(article, copies);
      countWords(words, docs);
      paragraphBuffer.push(...docs);
      paragraphCount += docs.length;
      if (paragraphBuffer.length >= batchSize) await flushParagraphs();
      if (articleBuffer.length >= ARTICLES_PER_BATCH) await flushArticles();
    }
    await flushParagraphs();
    await flushArticles();
    await settle(0);
    return { articles: seen.size, paragraphs: paragraphCount, hasCopies: namer.copied };
  }

  async #writeMeta(names: IndexNames, articles: number, paragraphs: number, hasCopies: boolean): Promise<void> {
    await this.#tasks.run('Writing index metadata', () =>
      this.#client.index(names.articles).addDocuments([metaDocument(articles, paragraphs, hasCopies)], { primaryKey: 'id' }),
    );
  }

  /** Every task succeeded; the document counts must agree too (a reused id would silently merge). */
  async #verifyCounts(names: IndexNames, expected: ReplaceStats, extraArticleDocs: number): Promise<void> {
    let paragraphs: number;
    let articles: number;
    try {
      paragraphs = (await this.#client.index(names.paragraphs).getStats()).numberOfDocuments;
      // Less the meta record and the vocabulary/synonym documents.
      articles = (await this.#client.index(names.articles).getStats()).numberOfDocuments - 1 - extraArticleDocs;
    } catch (error) {
      throw toIndexingError(error, this.#options.host, 'Reading index stats');
    }
    if (paragraphs !== expected.paragraphs || articles !== expected.articles) {
      throw new IndexingError(
        `Index holds ${articles} articles and ${paragraphs} paragraphs, expected ${expected.articles} and ${expected.paragraphs}`,
      );
    }
  }

  /**
   * Puts the build indexes live in one atomic swap (both pairs at once). A live index that does
   * not exist yet is created by renaming instead. Returns the uids now holding the old content.
   */
  async #swapIn(build: IndexNames): Promise<string[]> {
    const live = this.#options.names;
    const swaps: IndexSwap[] = [];
    const replaced: string[] = [];
    for (const key of ['paragraphs', 'articles'] as const) {
      if (await this.#indexExists(live[key])) {
        swaps.push({ indexes: [live[key], build[key]] as [string, string], rename: false });
        replaced.push(build[key]);
      } else {
        swaps.push({ indexes: [build[key], live[key]] as [string, string], rename: true });
      }
    }
    await this.#tasks.run('Swapping the new index in', () => this.#client.swapIndexes(swaps));
    return replaced;
  }

  async #indexExists(uid: string): Promise<boolean> {
    try {
      await this.#client.getRawIndex(uid);
      return true;
    } catch (error) {
      if (isIndexNotFound(error)) return false;
      throw toIndexingError(error, this.#options.host, `Looking up index ${uid}`);
    }
  }

  /** Best effort: a leftover index wastes space but never serves. */
  async #dropIndex(uid: string): Promise<void> {
    try {
      await this.#tasks.run(`Deleting index ${uid}`, () => this.#client.deleteIndex(uid));
    } catch (error) {
      if (!(error instanceof IndexingError && /index_not_found/.test(error.message))) {
        console.warn(`[meilisearch] could not delete index ${uid}: ${(error as Error).message}`);
      }
    }
  }

  /**
   * Build indexes left behind by an indexer that crashed before its swap, or after it but before
   * deleting the old content it swapped out. Called with the lock held, so none is in use.
   */
  async #deleteStaleBuilds(): Promise<void> {
    const live = this.#options.names;
    const stale = new RegExp(`^(?:${live.paragraphs}|${live.articles})_build_[a-z0-9]+$`);
    let uids: string[];
    try {
      uids = (await this.#client.getRawIndexes({ limit: 1_000 })).results.map((i) => i.uid);
    } catch (error) {
      throw toIndexingError(error, this.#options.host, 'Listing indexes');
    }
    for (const uid of uids.filter((u) => stale.test(u))) await this.#dropIndex(uid);
  }

  /**
   * Incremental writes need the live indexes present and configured: a missing one is created
   * (this is the first write), and an existing one whose settings are not ours — a crash between
   * creating it and configuring it leaves it so, and its filters and facets then fail — is
   * configured again (settings read back). Its synonyms are left alone: they are index data.
   */
  async #ensureLiveIndexes(): Promise<void> {
    const live = this.#options.names;
    for (const [uid, settings] of [
      [live.paragraphs, paragraphSettings(this.#synonyms, this.#options.tuning.searchCutoffMs)],
      [live.articles, articleSettings()],
    ] as const) {
      if (!(await this.#indexExists(uid))) {
        await this.#tasks.run(`Creating index ${uid}`, () => this.#client.createIndex(uid, { primaryKey: 'id' }));
        await this.#applySettings(uid, settings);
        continue;
      }
      const wanted = withoutSynonyms(settings);
      let actual: Settings;
      try {
        actual = await this.#client.index(uid).getSettings();
      } catch (error) {
        throw toIndexingError(error, this.#options.host, `Reading settings of ${uid}`);
      }
      const wrong = settingsMismatches(wanted, actual);
      if (wrong.length === 0) continue;
      console.warn(`[meilisearch] index ${uid} is not configured as expected (${wrong.join(', ')}): applying its settings again`);
      await this.#applySettings(uid, wanted);
    }
  }

  /** Recounts after an incremental write so `stats()` stays exact; `hasCopies` from its regroup pass. */
  async #refreshMeta(hasCopies: boolean): Promise<void> {
    const live = this.#options.names;
    let paragraphs: number;
    let articles: number;
    try {
      paragraphs = (await this.#client.index(live.paragraphs).getStats()).numberOfDocuments;
      const res = await this.#client.index(live.articles).search('', { filter: ARTICLE_FILTER, hitsPerPage: 0 });
      articles = res.totalHits;
    } catch (error) {
      throw toIndexingError(error, this.#options.host, 'Recounting the index');
    }
    await this.#writeMeta(live, articles, paragraphs, hasCopies);
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
