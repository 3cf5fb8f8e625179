import { Meilisearch, type Settings, type EnqueuedTask, type IndexSwap, type MultiSearchQuery, type SearchResponse } from 'meilisearch';
import { EngineUnavailableError, IndexingError } from '../errors.ts';
import type {
  ArticleInput,
  ArticleSummary,
  ArticleView,
  EngineHealth,
  EngineStats,
  FacetCounts,
  ReplaceOptions,
  ReplaceStats,
  SearchEngine,
  SearchRequest,
  SearchResult,
  SynonymRules,
} from '../types.ts';
import {
  ARTICLE_FILTER,
  META_FILTER,
  WORDS_FILTER,
  READ_PAGE,
  SUMMARY_FIELDS,
  articleQueries,
  bySource,
  matchesFromHits,
  metaDocument,
  toArticleSummary,
  toArticleView,
} from './articles.ts';
import type { IndexNames, MeilisearchTuning } from './config.ts';
import {
  SYNONYMS_ID,
  countWords,
  toArticleDocument,
  toParagraphDocuments,
  vocabularyDocuments,
  type ArticleDocument,
  type ParagraphDocument,
  type SynonymsDocument,
} from './documents.ts';
import { suggestQueries } from '../suggest.ts';
import { SynonymTable } from '../synonyms.ts';
import { Vocabulary } from '../vocabulary.ts';
import { isIndexNotFound, isTransient, toEngineError, toIndexingError } from './failures.ts';

/** Pause before the one retry of a read that failed fast (refused, reset, 502–504). */
const READ_RETRY_DELAY_MS = 150;
import { oneOf } from './filters.ts';
import { mapSearchResponse, moreInArticleQuery, planSearch } from './search.ts';
import { articleSettings, paragraphSettings, settingsMismatches, toMeiliSynonyms } from './settings.ts';
import { taskRunner, type TaskRunner } from './tasks.ts';

type Hit = Record<string, unknown>;
type Response = SearchResponse<Hit>;

/** Filters naming many articles are split so no single filter string grows without bound. */
const IDS_PER_FILTER = 500;
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

/** The Meilisearch backend of the engine contract (see engine/types.ts). */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  readonly #client: Meilisearch;
  readonly #tasks: TaskRunner;
  readonly #options: MeilisearchEngineOptions;
  /** The rules the next index (or live index created on first write) is configured with. */
  #synonyms: SynonymRules | undefined;
  #words: Words | null = null;

  constructor(options: MeilisearchEngineOptions) {
    this.#options = options;
    this.#synonyms = options.synonyms;
    const timeout = options.role === 'server' ? options.tuning.readTimeoutMs : options.tuning.writeTimeoutMs;
    this.#client = new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout });
    this.#tasks = taskRunner(this.#client, options.host, options.tuning.taskPollMs);
  }

  // ---- reads -------------------------------------------------------------------------------

  async search(request: SearchRequest): Promise<SearchResult> {
    const started = performance.now();
    // The vocabulary first: which words are taken as written, completed or corrected decides the query sent.
    const [vocabulary, synonyms] = await this.#loadWords();
    const plan = planSearch(request, this.#options.names.paragraphs, { vocabulary, synonyms });
    const results = await this.#multiSearch(plan.queries);
    let more: FacetCounts | undefined;
    const pageArticles = [...new Set((results[0]?.hits ?? []).map((h) => String(h.articleId)))];
    if (plan.grouped && pageArticles.length > 0) {
      const [counts] = await this.#multiSearch([moreInArticleQuery(plan, pageArticles)]);
      more = counts?.facetDistribution?.articleId ?? {};
    }
    const suggestions = plan.q === '' ? [] : suggestQueries(plan.parsed, vocabulary, synonyms);
    return mapSearchResponse(plan, results, Math.round(performance.now() - started), more, suggestions);
  }

  /** The vocabulary and synonym rules the indexer stored with the index (cached, see WORDS_TTL_MS). */
  async #loadWords(): Promise<[Vocabulary, SynonymTable]> {
    if (this.#words !== null && performance.now() - this.#words.loadedAt < WORDS_TTL_MS) {
      return [this.#words.vocabulary, this.#words.synonyms];
    }
    const query: MultiSearchQuery = { indexUid: this.#options.names.articles, q: '', filter: WORDS_FILTER, hitsPerPage: READ_PAGE, page: 1 };
    let docs: Hit[] = [];
    try {
      const [first] = await this.#multiSearch([query]);
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
    const queries = articleQueries(names, id, options?.q);
    let results: Response[];
    try {
      results = await this.#multiSearch(queries);
    } catch (error) {
      if (error instanceof EngineUnavailableError && isIndexNotFound(error.cause)) return null;
      throw error;
    }
    const [articleRes, paragraphRes, matchRes] = results;
    const articleDoc = articleRes?.hits[0];
    if (!articleDoc) return null;
    const paragraphs = await this.#restOfPages(queries[1]!, paragraphRes!);
    const matched = matchRes ? await this.#restOfPages(queries[2]!, matchRes) : [];
    return toArticleView(articleDoc, paragraphs as never, matchesFromHits(matched));
  }

  async listArticles(): Promise<ArticleSummary[]> {
    const query: MultiSearchQuery = {
      indexUid: this.#options.names.articles,
      q: '',
      filter: ARTICLE_FILTER,
      sort: ['source:asc'],
      hitsPerPage: READ_PAGE,
      page: 1,
      attributesToRetrieve: SUMMARY_FIELDS,
    };
    let first: Response;
    try {
      [first] = (await this.#multiSearch([query])) as [Response];
    } catch (error) {
      if (error instanceof EngineUnavailableError && isIndexNotFound(error.cause)) return [];
      throw error;
    }
    const docs = await this.#restOfPages(query, first);
    return docs.map(toArticleSummary).sort(bySource);
  }

  async stats(): Promise<EngineStats> {
    const { articles } = this.#options.names;
    try {
      const [meta, count] = await this.#multiSearch([
        { indexUid: articles, q: '', filter: META_FILTER, hitsPerPage: 1 },
        { indexUid: articles, q: '', filter: ARTICLE_FILTER, hitsPerPage: 0 },
      ]);
      const m = meta?.hits[0];
      return {
        articles: count?.totalHits ?? 0,
        paragraphs: typeof m?.paragraphs === 'number' ? m.paragraphs : 0,
        builtAt: typeof m?.builtAt === 'string' ? m.builtAt : null,
      };
    } catch (error) {
      if (error instanceof EngineUnavailableError && isIndexNotFound(error.cause)) {
        return { articles: 0, paragraphs: 0, builtAt: null };
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
  async #multiSearch(queries: MultiSearchQuery[]): Promise<Response[]> {
    const attempt = async () => {
      const { results } = await this.#client.multiSearch<{ queries: MultiSearchQuery[] }, Hit>({ queries });
      return results as Response[];
    };
    try {
      return await attempt();
    } catch (error) {
      if (!isTransient(error)) throw toEngineError(error, this.#options.host);
      await new Promise((resolve) => setTimeout(resolve, READ_RETRY_DELAY_MS));
      try {
        return await attempt();
      } catch (retryError) {
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
    const live = this.#options.names;
    const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const build: IndexNames = { paragraphs: `${live.paragraphs}_build_${stamp}`, articles: `${live.articles}_build_${stamp}` };
    await this.#deleteStaleBuilds();
    try {
      await this.#createConfiguredIndexes(build);
      const words = new Map<string, number>();
      const counts = await this.#pushAll(build, articles, words);
      await this.#writeMeta(build, counts.articles, counts.paragraphs);
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
  }

  /** Replaces the live index's `synonyms` setting (read back) and the stored copy of the rules. */
  async setSynonyms(rules: SynonymRules): Promise<void> {
    this.#synonyms = rules;
    await this.#ensureLiveIndexes();
    await this.#applySettings(this.#options.names.paragraphs, { synonyms: toMeiliSynonyms(rules) });
    await this.#tasks.run('Storing the synonym rules', () =>
      this.#client.index(this.#options.names.articles).addDocuments([this.#synonymsDocument()], { primaryKey: 'id' }),
    );
    this.#words = null;
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

  async upsertArticles(articles: ArticleInput[]): Promise<void> {
    if (articles.length === 0) return;
    const names = this.#options.names;
    await this.#ensureLiveIndexes();
    const ids = articles.map((a) => a.id);
    const paragraphs = articles.flatMap(toParagraphDocuments);
    const articleDocs = articles.map(toArticleDocument);
    // Tasks on one index run in enqueue order: old paragraphs go before the new ones arrive, so an
    // article that shrank keeps no stale tail.
    const pending: Array<[string, EnqueuedTask, number]> = [];
    for (const chunk of chunks(ids, IDS_PER_FILTER)) {
      pending.push(['Deleting old paragraphs', await this.#send(() => this.#client.index(names.paragraphs).deleteDocuments({ filter: oneOf('articleId', chunk) })), 0]);
    }
    for (const batch of chunks(paragraphs, this.#options.tuning.batchSize)) {
      pending.push(['Adding paragraphs', await this.#send(() => this.#client.index<ParagraphDocument>(names.paragraphs).addDocuments(batch, { primaryKey: 'id' })), batch.length]);
    }
    for (const batch of chunks(articleDocs, ARTICLES_PER_BATCH)) {
      pending.push(['Adding articles', await this.#send(() => this.#client.index<ArticleDocument>(names.articles).addDocuments(batch, { primaryKey: 'id' })), batch.length]);
    }
    for (const [what, task, docs] of pending) await this.#tasks.wait(what, task, docs);
    await this.#refreshMeta();
  }

  async deleteArticles(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const names = this.#options.names;
    // Nothing was ever indexed: there is nothing to delete, and a delete task would fail.
    if (!(await this.#indexExists(names.paragraphs))) return;
    await this.#ensureLiveIndexes();
    const pending: Array<[string, EnqueuedTask]> = [];
    for (const chunk of chunks(ids, IDS_PER_FILTER)) {
      pending.push(['Deleting paragraphs', await this.#send(() => this.#client.index(names.paragraphs).deleteDocuments({ filter: oneOf('articleId', chunk) }))]);
      pending.push(['Deleting articles', await this.#send(() => this.#client.index(names.articles).deleteDocuments(chunk))]);
    }
    for (const [what, task] of pending) await this.#tasks.wait(what, task, ids.length);
    await this.#refreshMeta();
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
    await this.#applySettings(names.paragraphs, paragraphSettings(this.#synonyms));
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
  ): Promise<ReplaceStats> {
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
      pending.push(['Adding paragraphs', await this.#send(() => this.#client.index<ParagraphDocument>(names.paragraphs).addDocuments(batch, { primaryKey: 'id' })), batch.length]);
      await settle(maxPendingTasks);
    };
    const flushArticles = async () => {
      if (articleBuffer.length === 0) return;
      const batch = articleBuffer;
      articleBuffer = [];
      pending.push(['Adding articles', await this.#send(() => this.#client.index<ArticleDocument>(names.articles).addDocuments(batch, { primaryKey: 'id' })), batch.length]);
      await settle(maxPendingTasks);
    };

    for await (const article of articles) {
      if (seen.has(article.id)) throw new IndexingError(`Duplicate article id ${article.id} (${article.source})`);
      seen.add(article.id);
      articleBuffer.push(toArticleDocument(article));
      const docs = toParagraphDocuments(article);
      countWords(words, docs);
      paragraphBuffer.push(...docs);
      paragraphCount += docs.length;
      if (paragraphBuffer.length >= batchSize) await flushParagraphs();
      if (articleBuffer.length >= ARTICLES_PER_BATCH) await flushArticles();
    }
    await flushParagraphs();
    await flushArticles();
    await settle(0);
    return { articles: seen.size, paragraphs: paragraphCount };
  }

  async #writeMeta(names: IndexNames, articles: number, paragraphs: number): Promise<void> {
    await this.#tasks.run('Writing index metadata', () =>
      this.#client.index(names.articles).addDocuments([metaDocument(articles, paragraphs)], { primaryKey: 'id' }),
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

  /** Build indexes left behind by an indexer that crashed before its swap. */
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

  /** Incremental writes need the live indexes configured; create them if this is the first write. */
  async #ensureLiveIndexes(): Promise<void> {
    const live = this.#options.names;
    for (const [uid, settings] of [
      [live.paragraphs, paragraphSettings(this.#synonyms)],
      [live.articles, articleSettings()],
    ] as const) {
      if (await this.#indexExists(uid)) continue;
      await this.#tasks.run(`Creating index ${uid}`, () => this.#client.createIndex(uid, { primaryKey: 'id' }));
      await this.#applySettings(uid, settings);
    }
  }

  /** Recounts after an incremental write so `stats()` stays exact. */
  async #refreshMeta(): Promise<void> {
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
    await this.#writeMeta(live, articles, paragraphs);
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
