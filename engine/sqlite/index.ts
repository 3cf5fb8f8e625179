/**
 * The embedded engine: SQLite FTS5 through better-sqlite3, one database file per index generation
 * under `<dataDir>/sqlite/`. See `generation-files.ts` for how rebuilds switch atomically and
 * `search.ts` for how a query runs.
 */
import path from 'node:path';
import { EngineUnavailableError, IndexCorruptError, IndexingError, SearchAbortedError } from '../contract/errors.ts';
import type {
  ArticleInput,
  ArticleSummary,
  ArticleView,
  CopyStats,
  EngineHealth,
  EngineStats,
  ReplaceOptions,
  ReplaceStats,
  SearchEngine,
  SearchOptions,
  SearchRequest,
  SearchResult,
  SynonymRules,
} from '../contract/types.ts';
import { getArticle, listArticles } from './articles.ts';
import { Generation } from './open-generation.ts';
import {
  cleanupGenerations,
  generationSize,
  newGenerationName,
  readCurrent,
  removeGeneration,
  sqliteDir,
  writeCurrent,
} from './generation-files.ts';
import { getMeta, headerProblem, integrityProblem, refreshCounts, setMeta } from './schema.ts';
import { SYNONYMS_META_KEY } from './vocabulary.ts';
import { countWrite } from './prepared.ts';
import { search } from './search.ts';
import { ArticleWriter } from './write.ts';
import { copyStats, hasCopyGroups, regroup } from './copy-groups.ts';
import { buildGeneration, type BuildTuning } from './build.ts';
import { SearchPool } from './worker-pool.ts';
import type { WorkerHeap } from './worker.ts';

export interface SqliteEngineOptions {
  dataDir: string;
  /** Rules for a rebuild that is not given its own (`replaceAll(…, { synonyms })`). */
  synonyms?: SynonymRules;
  /**
   * Check the live index page by page when opening (`PRAGMA quick_check`: about a second per few
   * hundred MB). Start-up does this once; without it only the file header is checked.
   */
  verify?: boolean;
  /**
   * Search worker threads (`worker-pool.ts`); 0 (the default) searches on the calling thread. A
   * server wants one per core: searches then never block its event loop.
   */
  readWorkers?: number;
  /** Start the search workers at once and load their snapshots in the background (a server). */
  warm?: boolean;
  /**
   * How full builds are split between this thread and the writer thread (build.ts). The defaults
   * are the measured ones; tests force the writer thread and small batches with it.
   */
  build?: BuildTuning;
}

/**
 * SQLite page cache of each search worker: the OS caches the file too, and RSS adds them up. At 1M
 * paragraphs 8 MB instead of 16 took ~15 MB off the serving peak with the same per-kind latencies
 * (the match sets and rankings the queries need are cached above SQLite).
 */
const WORKER_CACHE_KIB = 8_192;

/** Generations being built by this process, which cleanup must leave alone. */
const buildingHere = new Set<string>();

export async function openSqliteEngine(options: SqliteEngineOptions): Promise<SearchEngine> {
  const dir = sqliteDir(options.dataDir);
  const workers = options.readWorkers ?? 0;
  const engine = new SqliteEngine(
    dir,
    options.synonyms,
    workers > 0 ? new SearchPool(dir, workers, WORKER_CACHE_KIB) : null,
    options.build ?? {},
  );
  if (options.verify) engine.verify();
  if (options.warm) engine.warm();
  return engine;
}

/**
 * The V8 heap of each search worker of `engine` (none without workers, or for another backend):
 * for benchmarks and tests of what a worker keeps after its searches (docs/operations.md).
 */
export function workerHeaps(engine: SearchEngine): Promise<WorkerHeap[]> {
  return engine instanceof SqliteEngine ? engine.workerHeaps() : Promise.resolve([]);
}

class SqliteEngine implements SearchEngine {
  readonly name = 'sqlite' as const;
  private generation: Generation | null = null;
  private closed = false;
  /** A generation found damaged or missing: never opened again, and not kept by the next rebuild. */
  private corrupt: { name: string; problem: string } | null = null;

  constructor(
    private readonly dir: string,
    private readonly synonyms: SynonymRules | undefined,
    private readonly pool: SearchPool | null,
    private readonly buildTuning: BuildTuning,
  ) {}

  /**
   * The live generation, switching to a newer one if another process (or this one) has moved
   * `CURRENT` since the last call. Null when no index has been built yet.
   */
  private live(): Generation | null {
    if (this.closed) throw new EngineUnavailableError('the search engine is closed');
    for (let attempt = 0; ; attempt++) {
      const name = readCurrent(this.dir);
      if (name === null) {
        this.switchTo(null);
        return null;
      }
      if (this.generation?.name === name) return this.generation;
      if (this.corrupt?.name === name) throw this.corruptError();
      try {
        this.switchTo(new Generation(this.dir, name));
        return this.generation;
      } catch (error) {
        // The generation named a moment ago may already be replaced and deleted: read CURRENT again.
        if (attempt < 2) continue;
        const problem = damage(path.join(this.dir, name), error);
        if (problem === null) throw new EngineUnavailableError(`cannot open the index ${name}`, { cause: error });
        this.corrupt = { name, problem };
        throw this.corruptError(error);
      }
    }
  }

  private corruptError(cause?: unknown): IndexCorruptError {
    const { name, problem } = this.corrupt!;
    // An index from an older release is not damaged: saying so would alarm a user who only upgraded.
    const state = /has schema version/.test(problem) ? 'was written by an older version' : 'is damaged or missing';
    return new IndexCorruptError(`the index ${name} ${state}: ${problem}`, { cause });
  }

  /** Open the live generation and check it page by page; a problem marks it corrupt. */
  verify(): void {
    let generation: Generation | null;
    try {
      generation = this.live();
    } catch (error) {
      if (error instanceof IndexCorruptError) return;
      throw error;
    }
    if (generation === null) return;
    let problem: string | null;
    try {
      problem = integrityProblem(generation.db);
      // Reading every article and paragraph header also proves the tables are what we wrote.
      if (problem === null) generation.current();
      // Searches run in the workers, which hold their own snapshots: this thread need not keep one.
      if (this.pool !== null) generation.invalidate();
    } catch (error) {
      problem = (error as Error).message;
    }
    if (problem !== null) {
      this.corrupt = { name: generation.name, problem };
      this.switchTo(null);
    }
  }

  warm(): void {
    if (this.pool === null || this.closed) return;
    const name = readCurrent(this.dir);
    if (name !== null && this.corrupt?.name !== name) this.pool.warm(name);
  }

  /** Reads that meet a damaged page report the index as corrupt (503), not as a server bug. */
  private guard<T>(read: (generation: Generation) => T, generation: Generation): T {
    try {
      return read(generation);
    } catch (error) {
      throw this.damaged(error, generation);
    }
  }

  /** The error to report for a failed read: a damaged page marks the generation corrupt. */
  private damaged(error: unknown, generation: Generation): unknown {
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
      if (this.generation === generation) {
        this.corrupt = { name: generation.name, problem: (error as Error).message };
        this.switchTo(null);
      }
      return this.corrupt?.name === generation.name ? this.corruptError(error) : error;
    }
    return error;
  }

  private switchTo(next: Generation | null): void {
    const previous = this.generation;
    this.generation = next;
    // Nothing else can be using it: every read runs synchronously to completion.
    if (previous !== null && previous !== next) previous.close();
  }

  private require(): Generation {
    const generation = this.live();
    if (generation === null) throw new EngineUnavailableError('no index has been built yet');
    return generation;
  }

  async replaceAll(articles: AsyncIterable<ArticleInput> | Iterable<ArticleInput>, options?: ReplaceOptions): Promise<ReplaceStats> {
    if (this.closed) throw new EngineUnavailableError('the search engine is closed');
    const name = newGenerationName(this.dir);
    buildingHere.add(name);
    try {
      // Synonyms live in the generation, so the server that never reads the corpus applies them.
      const synonyms = options?.synonyms ?? this.synonyms;
      const stats = await buildGeneration(path.join(this.dir, name), articles, {
        ...this.buildTuning,
        synonymsJson: synonyms === undefined ? null : JSON.stringify(synonyms),
      });
      const previous = readCurrent(this.dir);
      writeCurrent(this.dir, name);
      buildingHere.delete(name);
      this.live();
      // A damaged predecessor is of no use to any reader, and it was finished (CURRENT named it),
      // so whoever wrote it is done with it: remove it now.
      const damaged = previous !== null && previous === this.corrupt?.name;
      if (damaged) removeGeneration(this.dir, previous);
      cleanupGenerations(this.dir, new Set([name, ...(previous === null || damaged ? [] : [previous])]), buildingHere);
      return stats;
    } catch (error) {
      buildingHere.delete(name);
      if (readCurrent(this.dir) !== name) removeGeneration(this.dir, name);
      if (error instanceof EngineUnavailableError || error instanceof IndexingError) throw error;
      throw new IndexingError(`rebuilding the index failed: ${(error as Error).message}`, { cause: error });
    }
  }

  async setSynonyms(rules: SynonymRules): Promise<void> {
    const generation = this.live() ?? (await this.replaceAll([], { synonyms: rules }), this.require());
    this.writeInPlace(generation, () => setMeta(generation.db, SYNONYMS_META_KEY, JSON.stringify(rules)));
  }

  async upsertArticles(articles: ArticleInput[]): Promise<void> {
    if (articles.length === 0) return;
    // Upserting into nothing: start from an empty generation so there is something to write into.
    const generation = this.live() ?? (await this.replaceAll([]), this.require());
    this.writeInPlace(generation, (writer) => {
      writer.write(articles);
      regroup(generation.db);
    });
  }

  async reviseArticles(articles: ArticleInput[]): Promise<void> {
    if (articles.length === 0) return;
    const generation = this.live() ?? (await this.replaceAll([]), this.require());
    this.writeInPlace(generation, (writer) => {
      // Rows rewritten where they were with the texts they had leave every copy group as it was.
      if (writer.revise(articles)) regroup(generation.db);
    });
  }

  async rehashArticles(hashes: ReadonlyArray<Pick<ArticleInput, 'id' | 'contentHash'>>): Promise<void> {
    const generation = this.live();
    if (generation === null || hashes.length === 0) return;
    // The article row alone holds the hash: no paragraph row, FTS5 or copy group is touched.
    this.writeInPlace(generation, (writer) => writer.rehash(hashes));
  }

  async deleteArticles(ids: string[]): Promise<void> {
    const generation = this.live();
    if (generation === null || ids.length === 0) return;
    this.writeInPlace(generation, (writer) => {
      for (const id of ids) writer.remove(id);
      regroup(generation.db);
    });
  }

  private writeInPlace(generation: Generation, write: (writer: ArticleWriter) => void): void {
    try {
      generation.db.transaction(() => {
        write(new ArticleWriter(generation.db));
        refreshCounts(generation.db);
        // Prepared answers (prepared.ts) were worked out for the data before this write.
        countWrite(generation.db);
      })();
    } catch (error) {
      throw new IndexingError(`writing to the index failed: ${(error as Error).message}`, { cause: error });
    } finally {
      generation.invalidate();
    }
  }

  get parallelism(): number {
    return this.pool?.size ?? 1;
  }

  /**
   * The search workers warmed (`warm`, a server's engine) and prefilled; searching on the calling
   * thread there is nothing to wait for (the snapshot loads on the first search).
   */
  ready(): Promise<void> {
    return this.pool?.ready() ?? Promise.resolve();
  }

  /** Holds the search workers' prefill (worker-pool.ts); searching on the calling thread, there is none. */
  refusing(): void {
    this.pool?.refusing();
  }

  async search(request: SearchRequest, options: SearchOptions = {}): Promise<SearchResult> {
    const { signal, spike = false } = options;
    if (signal?.aborted) throw new SearchAbortedError(signal.reason);
    const generation = this.require();
    if (this.pool === null)
      return this.guard((g) => {
        g.beginSearch(spike);
        return search(g, request);
      }, generation);
    return this.inPool(generation, (pool) => pool.search(generation.name, request, signal, spike));
  }

  /**
   * With search workers, an article is read on one of them (worker.ts says why): the serving thread
   * then never loads the vocabulary nor marks a long article while other requests wait.
   */
  async getArticle(id: string, options?: { q?: string }): Promise<ArticleView | null> {
    const generation = this.live();
    if (generation === null) return null;
    if (this.pool === null)
      return this.guard((g) => {
        g.beginSearch(false);
        return getArticle(g, id, options?.q);
      }, generation);
    return this.inPool(generation, (pool) => pool.article(generation.name, id, options?.q));
  }

  /** Run `read` on the worker pool; a failure that shows the index damaged marks it corrupt. */
  private async inPool<T>(generation: Generation, read: (pool: SearchPool) => Promise<T>): Promise<T> {
    try {
      return await read(this.pool!);
    } catch (error) {
      if (error instanceof SearchAbortedError) throw error;
      const problem = this.damaged(error, generation);
      if (problem !== error) throw problem;
      // A worker that could not open the generation: judge the file as opening it here would.
      if (
        this.generation === generation &&
        /cannot open|schema version|no such table|no such column|not an SQLite|truncated|missing/.test((error as Error).message)
      ) {
        const found = damage(path.join(this.dir, generation.name), error);
        if (found !== null) {
          this.corrupt = { name: generation.name, problem: found };
          this.switchTo(null);
          throw this.corruptError(error);
        }
      }
      throw error;
    }
  }

  async listArticles(): Promise<ArticleSummary[]> {
    const generation = this.live();
    return generation === null ? [] : listArticles(generation);
  }

  async stats(): Promise<EngineStats> {
    const generation = this.live();
    if (generation === null) return { articles: 0, paragraphs: 0, builtAt: null, hasCopies: false };
    const { articles, paragraphs } = this.counts(generation);
    return {
      articles,
      paragraphs,
      builtAt: generation.builtAt(),
      sizeBytes: generationSize(this.dir, generation.name),
      hasCopies: this.guard((g) => hasCopyGroups(g.db), generation),
    };
  }

  async copyStats(): Promise<CopyStats> {
    const generation = this.live();
    if (generation === null) return { groups: 0, paragraphs: 0, largest: null };
    return this.guard((g) => copyStats(g.db), generation);
  }

  async health(): Promise<EngineHealth> {
    try {
      const generation = this.live();
      if (generation === null) return { status: 'empty', engine: 'sqlite', detail: 'no index has been built yet' };
      this.guard((g) => this.counts(g), generation);
      return { status: 'ok', engine: 'sqlite' };
    } catch (error) {
      return { status: 'unavailable', engine: 'sqlite', detail: (error as Error).message };
    }
  }

  /**
   * Article and paragraph counts, from `meta`, which every build and in-place write keeps current:
   * reading them never loads a snapshot (tens of MB and seconds at a million paragraphs) — not in
   * the server, nor in start-up's staleness check or the indexer. Files built before the counts
   * were kept fall back to the snapshot.
   */
  private counts(generation: Generation): { articles: number; paragraphs: number } {
    const articles = getMeta(generation.db, 'articles');
    const paragraphs = getMeta(generation.db, 'paragraphs');
    if (articles !== null && paragraphs !== null) return { articles: Number(articles), paragraphs: Number(paragraphs) };
    const snap = generation.current();
    return { articles: snap.articleCount, paragraphs: snap.paragraphCount };
  }

  workerHeaps(): Promise<WorkerHeap[]> {
    return this.pool?.heaps() ?? Promise.resolve([]);
  }

  async close(): Promise<void> {
    this.switchTo(null);
    this.closed = true;
    await this.pool?.close();
  }
}

/**
 * Why a generation that `CURRENT` names could not be opened, when the reason is the file itself
 * (gone, not SQLite, truncated, not our layout or version), or null for a passing failure.
 */
function damage(file: string, error: unknown): string | null {
  const header = headerProblem(file);
  if (header !== null) return header;
  const code = (error as { code?: unknown }).code;
  const message = (error as Error).message ?? String(error);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code === 'SQLITE_CANTOPEN') return message;
  if (/schema version|no such table|no such column/.test(message)) return message;
  return null;
}
