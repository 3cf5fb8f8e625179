/**
 * Building a new generation file from a stream of articles: rows written and indexed into FTS5 as
 * they come, in one transaction, then finished (schema.ts). A big build does this in a writer
 * thread (build-worker.ts), so SQLite's work runs on one core while the caller produces articles
 * (the indexer reads and cleans them) on the other; a build that fits in one batch is written
 * here, as starting a thread would cost more than it saves.
 *
 * Measured at 1M BBC paragraphs (2 cores): the whole build went from 89-97 s on one thread to
 * 35-41 s with this thread, and to 25-34 s once the indexer's cleaning got cheaper and articles
 * crossed as rows (the machine's speed drifts by several seconds between identical runs). The
 * build ends ~5 s after the indexer's last batch: the writer drains its queue, then 'optimize'
 * (~2.5 s) and the final sync (~0.5 s).
 */
import type { Worker } from 'node:worker_threads';
import type { ArticleInput, ReplaceStats } from '../contract/types.ts';
import { moduleWorker } from '../../lib/module-worker.ts';
import { regroup } from './copy-groups.ts';
import { createGeneration, finishGeneration, getMeta, setMeta, type Db } from './schema.ts';
import { SYNONYMS_META_KEY } from './vocabulary.ts';
import { ArticleWriter, toRowBatch, type BuildRows, type RowBatch } from './write.ts';

/** Paragraphs per batch handed to the writer: big enough that messages cost nothing measurable. */
export const BUILD_BATCH_PARAGRAPHS = 5_000;
/**
 * Batches sent to the writer thread and not yet written: bounds memory, and lets either side run
 * ahead while the other is slow for a moment (a big file to parse, an FTS5 flush). 1M paragraphs,
 * three interleaved rounds each: 2 in flight 47.1 / 41.0 / 48.0 s, 4 in flight 45.4 / 42.1 / 33.5
 * and 39.9 / 36.1 / 43.8 s, 8 in flight 40.8 / 34.7 / 36.9 s, peak RSS 355-370 MB for all.
 * (20,000-paragraph batches: 45.2 / 39.2 / 39.5 s, but 412-422 MB.)
 */
const BATCHES_IN_FLIGHT = 8;

/** How a big build is split; the defaults are what was measured fastest. */
export interface BuildTuning {
  /** Use the writer thread once the build has more paragraphs than this (default: one batch). */
  threadAfter?: number;
  /** Paragraphs per batch (default BUILD_BATCH_PARAGRAPHS). */
  batchParagraphs?: number;
}

export interface BuildOptions extends BuildTuning {
  /** JSON of the synonym rules to store with the generation, or null for none. */
  synonymsJson: string | null;
}

/**
 * The writer's heap cap. It holds a couple of batches at a time and nothing else, but V8 lets an
 * idle-looking heap grow to hundreds of MB of dead batches before collecting.
 */
const WRITER_HEAP_MB = 64;

/** Writes one generation file in the calling thread. */
export class GenerationBuilder {
  private readonly db: Db;
  private readonly writer: ArticleWriter;
  private readonly indexNew;
  private readonly rows: BuildRows = { lastRowid: 0, indexedThrough: 0 };

  constructor(file: string) {
    this.db = createGeneration(file);
    this.writer = new ArticleWriter(this.db, { build: this.rows });
    this.indexNew = this.db.prepare('INSERT INTO paragraphs_fts(rowid, text) SELECT rowid, text FROM paragraphs WHERE rowid > ?');
    // One transaction for the whole build: FTS5 flushes its hash at every commit, and each
    // flush is a segment to merge later. The file is private until finished, so nothing is lost.
    // (Each statement's own savepoint flushes it too, so a batch is a segment: ~200 at 1M, which
    // 'optimize' merges in about the time it takes to merge 20.)
    this.db.exec('BEGIN');
  }

  /** Write the batch's rows, then index them (FTS5 reads them back from the pages just written). */
  write(batch: RowBatch): void {
    this.writer.writeRows(batch);
    if (this.rows.lastRowid > this.rows.indexedThrough) {
      this.indexNew.run(this.rows.indexedThrough);
      this.rows.indexedThrough = this.rows.lastRowid;
    }
  }

  /** Commit, store the synonyms, merge and sync: the file is then ready to be named in CURRENT. */
  finish(synonymsJson: string | null): ReplaceStats {
    if (synonymsJson !== null) setMeta(this.db, SYNONYMS_META_KEY, synonymsJson);
    // Rows removed mid-build (an id met twice) may have led copy groups that later rows joined.
    if (this.writer.removedDuringBuild) regroup(this.db);
    this.db.exec('COMMIT');
    finishGeneration(this.db);
    // The counts finishGeneration stored: an id met twice was replaced by the writer, so the
    // articles table already holds each id once.
    const stats = { articles: Number(getMeta(this.db, 'articles')), paragraphs: Number(getMeta(this.db, 'paragraphs')) };
    this.db.close();
    return stats;
  }

  /** Close without finishing (the caller removes the file). */
  abort(): void {
    if (this.db.open) this.db.close();
  }
}

/** Build the generation file `file` from `articles`. On failure the file is left for the caller to remove. */
export async function buildGeneration(
  file: string,
  articles: AsyncIterable<ArticleInput> | Iterable<ArticleInput>,
  options: BuildOptions,
): Promise<ReplaceStats> {
  const batchSize = options.batchParagraphs ?? BUILD_BATCH_PARAGRAPHS;
  const threadAfter = options.threadAfter ?? batchSize;
  const newSink = (): BatchSink => (total > threadAfter ? new ThreadSink(file) : new LocalSink(file));
  let sink: BatchSink | null = null;
  let batch: ArticleInput[] = [];
  let batchParagraphs = 0;
  let total = 0;
  try {
    for await (const article of articles) {
      batch.push(article);
      batchParagraphs += article.paragraphs.length;
      total += article.paragraphs.length;
      if (batchParagraphs < batchSize) continue;
      sink ??= newSink();
      await sink.write(batch);
      batch = [];
      batchParagraphs = 0;
    }
    sink ??= newSink();
    if (batch.length > 0) await sink.write(batch);
    return await sink.finish(options.synonymsJson);
  } catch (error) {
    await sink?.abort();
    throw error;
  }
}

interface BatchSink {
  /** Resolves when another batch may be sent. */
  write(batch: ArticleInput[]): Promise<void>;
  finish(synonymsJson: string | null): Promise<ReplaceStats>;
  abort(): Promise<void>;
}

class LocalSink implements BatchSink {
  private readonly builder: GenerationBuilder;
  constructor(file: string) {
    this.builder = new GenerationBuilder(file);
  }
  async write(batch: ArticleInput[]): Promise<void> {
    this.builder.write(toRowBatch(batch));
  }
  async finish(synonymsJson: string | null): Promise<ReplaceStats> {
    return this.builder.finish(synonymsJson);
  }
  async abort(): Promise<void> {
    this.builder.abort();
  }
}

/** What the writer thread says back (build-worker.ts). */
export type WriterReply =
  | { kind: 'written' }
  | { kind: 'finished'; stats: ReplaceStats }
  | { kind: 'failed'; message: string; code?: string };
/** What the writer thread is told. */
export type WriterCommand = { kind: 'write'; batch: RowBatch } | { kind: 'finish'; synonymsJson: string | null };

/** Batches go to a writer thread that owns the file; at most BATCHES_IN_FLIGHT wait there. */
class ThreadSink implements BatchSink {
  private readonly worker: Worker;
  private inFlight = 0;
  private failure: Error | null = null;
  /** Woken by the next reply or failure. */
  private wake: (() => void) | null = null;
  private stats: ReplaceStats | null = null;
  private exited = false;

  constructor(file: string) {
    this.worker = moduleWorker(import.meta.url, 'build-worker', {
      workerData: { file },
      resourceLimits: { maxOldGenerationSizeMb: WRITER_HEAP_MB },
    });
    this.worker.on('message', (reply: WriterReply) => {
      if (reply.kind === 'written') this.inFlight--;
      else if (reply.kind === 'finished') this.stats = reply.stats;
      else this.failure ??= Object.assign(new Error(reply.message), reply.code === undefined ? {} : { code: reply.code });
      this.notify();
    });
    this.worker.on('error', (error) => {
      this.failure ??= error;
      this.notify();
    });
    this.worker.on('exit', (code) => {
      this.exited = true;
      if (this.stats === null) this.failure ??= new Error(`the index writer thread stopped (exit code ${code})`);
      this.notify();
    });
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private async until(done: () => boolean): Promise<void> {
    while (!done()) {
      if (this.failure !== null) throw this.failure;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    if (this.failure !== null) throw this.failure;
  }

  async write(batch: ArticleInput[]): Promise<void> {
    if (this.failure !== null) throw this.failure;
    this.inFlight++;
    // As rows: the clone is ~30% cheaper than of the article objects, and the writer has less to do.
    this.worker.postMessage({ kind: 'write', batch: toRowBatch(batch) } satisfies WriterCommand);
    await this.until(() => this.inFlight < BATCHES_IN_FLIGHT);
  }

  async finish(synonymsJson: string | null): Promise<ReplaceStats> {
    this.worker.postMessage({ kind: 'finish', synonymsJson } satisfies WriterCommand);
    await this.until(() => this.stats !== null);
    await this.until(() => this.exited);
    return this.stats!;
  }

  async abort(): Promise<void> {
    if (!this.exited) await this.worker.terminate();
  }
}
