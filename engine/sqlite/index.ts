/**
 * The embedded engine: SQLite FTS5 through better-sqlite3, one database file per index generation
 * under `<dataDir>/sqlite/`. See `generations.ts` for how rebuilds switch atomically and
 * `search.ts` for how a query runs.
 */
import path from 'node:path';
import { EngineUnavailableError, IndexingError } from '../errors.ts';
import type {
  ArticleInput,
  ArticleSummary,
  ArticleView,
  EngineHealth,
  EngineStats,
  ReplaceOptions,
  ReplaceStats,
  SearchEngine,
  SearchRequest,
  SearchResult,
  SynonymRules,
} from '../types.ts';
import { getArticle, listArticles } from './articles.ts';
import { Generation } from './generation.ts';
import {
  cleanupGenerations,
  generationSize,
  newGenerationName,
  readCurrent,
  removeGeneration,
  sqliteDir,
  writeCurrent,
} from './generations.ts';
import { createGeneration, finishGeneration, refreshCounts, setMeta, type Db } from './schema.ts';
import { SYNONYMS_META_KEY } from './vocabulary.ts';
import { search } from './search.ts';
import { ArticleWriter } from './write.ts';

export interface SqliteEngineOptions {
  dataDir: string;
  /** Rules for a rebuild that is not given its own (`replaceAll(…, { synonyms })`). */
  synonyms?: SynonymRules;
}

/** Paragraphs per transaction during a full build: big enough to amortise commits. */
const BUILD_BATCH_PARAGRAPHS = 20_000;

/** Generations being built by this process, which cleanup must leave alone. */
const buildingHere = new Set<string>();

export async function openSqliteEngine(options: SqliteEngineOptions): Promise<SearchEngine> {
  return new SqliteEngine(sqliteDir(options.dataDir), options.synonyms);
}

class SqliteEngine implements SearchEngine {
  readonly name = 'sqlite' as const;
  private generation: Generation | null = null;
  private closed = false;

  constructor(
    private readonly dir: string,
    private readonly synonyms: SynonymRules | undefined,
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
      try {
        this.switchTo(new Generation(this.dir, name));
        return this.generation;
      } catch (error) {
        // The generation named a moment ago may already be replaced and deleted: read CURRENT again.
        if (attempt >= 2) throw new EngineUnavailableError(`cannot open the index ${name}`, { cause: error });
      }
    }
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
    let db: Db | null = null;
    try {
      db = createGeneration(path.join(this.dir, name));
      const stats = await loadAll(db, articles);
      // Synonyms live in the generation, so the server that never reads the corpus applies them.
      const synonyms = options?.synonyms ?? this.synonyms;
      if (synonyms !== undefined) setMeta(db, SYNONYMS_META_KEY, JSON.stringify(synonyms));
      finishGeneration(db);
      db.close();
      db = null;
      const previous = readCurrent(this.dir);
      writeCurrent(this.dir, name);
      buildingHere.delete(name);
      this.live();
      cleanupGenerations(this.dir, new Set([name, ...(previous === null ? [] : [previous])]), buildingHere);
      return stats;
    } catch (error) {
      if (db?.open) db.close();
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
      for (const article of articles) writer.write(article);
    });
  }

  async deleteArticles(ids: string[]): Promise<void> {
    const generation = this.live();
    if (generation === null || ids.length === 0) return;
    this.writeInPlace(generation, (writer) => {
      for (const id of ids) writer.remove(id);
    });
  }

  private writeInPlace(generation: Generation, write: (writer: ArticleWriter) => void): void {
    try {
      generation.db.transaction(() => {
        write(new ArticleWriter(generation.db));
        refreshCounts(generation.db);
      })();
    } catch (error) {
      throw new IndexingError(`writing to the index failed: ${(error as Error).message}`, { cause: error });
    } finally {
      generation.invalidate();
    }
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    return search(this.require(), request);
  }

  async getArticle(id: string, options?: { q?: string }): Promise<ArticleView | null> {
    const generation = this.live();
    return generation === null ? null : getArticle(generation, id, options?.q);
  }

  async listArticles(): Promise<ArticleSummary[]> {
    const generation = this.live();
    return generation === null ? [] : listArticles(generation);
  }

  async stats(): Promise<EngineStats> {
    const generation = this.live();
    if (generation === null) return { articles: 0, paragraphs: 0, builtAt: null };
    const snap = generation.current();
    return {
      articles: snap.articleCount,
      paragraphs: snap.paragraphCount,
      builtAt: generation.builtAt(),
      sizeBytes: generationSize(this.dir, generation.name),
    };
  }

  async health(): Promise<EngineHealth> {
    try {
      const generation = this.live();
      if (generation === null) return { status: 'empty', engine: 'sqlite', detail: 'no index has been built yet' };
      generation.current();
      return { status: 'ok', engine: 'sqlite' };
    } catch (error) {
      return { status: 'unavailable', engine: 'sqlite', detail: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    this.switchTo(null);
    this.closed = true;
  }
}

/** Stream the articles into a new generation in large transactions. */
async function loadAll(db: Db, articles: AsyncIterable<ArticleInput> | Iterable<ArticleInput>): Promise<ReplaceStats> {
  const writer = new ArticleWriter(db);
  const writeBatch = db.transaction((batch: ArticleInput[]) => {
    for (const article of batch) writer.write(article);
  });
  let batch: ArticleInput[] = [];
  let batchParagraphs = 0;
  // The same id twice: the writer replaces, so the later one wins, as with upsert; count it once.
  const seen = new Set<string>();
  for await (const article of articles) {
    seen.add(article.id);
    batch.push(article);
    batchParagraphs += article.paragraphs.length;
    if (batchParagraphs >= BUILD_BATCH_PARAGRAPHS) {
      writeBatch(batch);
      batch = [];
      batchParagraphs = 0;
    }
  }
  writeBatch(batch);
  const paragraphs = db.prepare('SELECT count(*) FROM paragraphs').pluck().get() as number;
  return { articles: seen.size, paragraphs };
}
