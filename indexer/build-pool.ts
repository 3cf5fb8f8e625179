/**
 * Builds corpus files in worker threads and hands the outcomes back in the files' order, so a full
 * build cleans on more than one core. The unit of work is a file, or a part of a big record file
 * (`PART_BYTES`: a scraper's export holds thousands of articles in a few files, so whole files were
 * too coarse to share, and one 8 MB file's built articles filled a worker's heap). Workers take
 * the units after the one the consumer is at, at most `WORKER_DEPTH` each; this thread builds the
 * unit the consumer reaches if no worker has (lazily, as it is consumed), and while it waits for a
 * worker's unit it builds the next unit nobody has taken instead of sitting idle. So neither side
 * waits while units are left, however fast each is, and a worker's outcome (copied across threads)
 * is only paid for the share the workers take. At most `ahead` units beyond the consumer's are
 * taken or built, which bounds memory whatever the corpus size.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { deserialize } from 'node:v8';
import { corpusOutlets } from './infer/outlet-listed-index.ts';
import type { Worker } from 'node:worker_threads';
import { moduleWorker } from '../lib/module-worker.ts';
import { type BuiltDocument, buildFile, type FileJob, type FileOutcome, type FilePart } from './build-file.ts';

export interface BuildPoolOptions {
  /** Worker threads besides this one; 0 builds in this thread only (same outcomes, no parallelism). */
  workers: number;
  /** Units taken or built beyond the consumer's (default: WORKER_DEPTH per worker, and one for this thread). */
  ahead?: number;
  /** The corpus's furniture (see `ArticleFile.furniture`), sent to each worker once, when it starts. */
  furniture?: ReadonlySet<string>;
  /** A record file is cut into parts of about this many bytes (default `PART_BYTES`). */
  partBytes?: number;
}

/** One unit's outcome: `part` says which part of its file (`{ index: 0, of: 1 }` for a whole file). */
export interface BuiltUnit {
  job: FileJob;
  outcome: FileOutcome;
  part: FilePart;
}

/**
 * A worker's heap cap: cleaning makes a lot of short-lived garbage and V8 otherwise lets the heap
 * grow to hundreds of MB before collecting. The biggest job is one part of a file (what is built
 * from it); a whole 8 MB JSONL file's articles took a worker past 128 MB.
 */
const WORKER_HEAP_MB = 128;
/** Units a worker holds (building or built, not yet consumed): one to build while another waits. */
const WORKER_DEPTH = 2;
/**
 * A record file over this size is built in parts of about this size, each reading the whole file
 * (its records' ids depend on the records before them) and building its share of the records:
 * the reading (~70 ms for an 8 MB JSONL file of 3,000 articles) is ~3 % of building them.
 */
const PART_BYTES = 4 * 2 ** 20;
const RECORD_FORMATS = new Set(['.json', '.jsonl', '.ndjson']);
const WHOLE: FilePart = { index: 0, of: 1 };

/**
 * Outcomes in the jobs' order, a file's parts one after another (its `problems` and a skip come
 * with part 0; each part reads the file again, so a skipped file is skipped by each of its parts).
 * Without workers, every file is one unit, built as the consumer iterates its documents
 * (`buildFile`'s `lazy`), so iterate them before asking for the next unit.
 */
export async function* buildFiles(jobs: readonly FileJob[], options: BuildPoolOptions): AsyncGenerator<BuiltUnit> {
  if (options.workers <= 0) {
    for (const job of jobs) yield { job, outcome: await buildFile(job, { lazy: true, furniture: options.furniture }), part: WHOLE };
    return;
  }
  const units = jobs.flatMap((job) => partsOf(job, options.partBytes ?? PART_BYTES).map((part) => ({ job, part })));
  /** Who builds each unit: 0 nobody yet, 1 a worker (as it starts it), 2 this thread (build-worker.ts). */
  const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, units.length)));
  const workers = Array.from({ length: options.workers }, () => startWorker());
  const ahead = Math.max(1, options.ahead ?? WORKER_DEPTH * options.workers + 1);
  /** A unit taken by a worker: its documents' chunks as they come (build-worker.ts), until its outcome comes. */
  const pending = new Map<number, { chunks: Uint8Array[]; resolve: (o: FileOutcome) => void; reject: (e: Error) => void }>();
  const load = new Array<number>(workers.length).fill(0);
  let failure: Error | null = null;

  function startWorker(): Worker {
    const worker = moduleWorker(import.meta.url, 'build-worker', {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      workerData: { furniture: [...(options.furniture ?? [])], outlets: corpusOutlets(), claims },
    });
    worker.on('message', (m: { seq: number; chunk?: Uint8Array; taken?: true; outcome?: FileOutcome; error?: string }) => {
      const waiting = pending.get(m.seq);
      if (!waiting) return;
      if (m.chunk !== undefined) {
        waiting.chunks.push(m.chunk);
        return;
      }
      pending.delete(m.seq);
      load[workers.indexOf(worker)]!--;
      if (m.error !== undefined) waiting.reject(new Error(m.error));
      // This thread took the unit back (`takeBack`) and built it: nobody waits for this answer.
      else if (m.taken) waiting.reject(new Error('taken back'));
      else if (!m.outcome!.ok) waiting.resolve(m.outcome!);
      else waiting.resolve({ ...m.outcome!, documents: chunkedDocuments(waiting.chunks) });
    });
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`a build worker stopped (exit code ${code})`));
    });
    return worker;
  }

  function fail(error: Error): void {
    failure ??= error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  }

  /** The least loaded worker with room for another unit, or -1. */
  function freeWorker(): number {
    let best = -1;
    for (let i = 0; i < workers.length; i++) if (load[i]! < WORKER_DEPTH && (best < 0 || load[i]! < load[best]!)) best = i;
    return best;
  }

  function submit(worker: number, seq: number): Promise<FileOutcome> {
    if (failure) return Promise.reject(failure);
    load[worker]!++;
    return new Promise((resolve, reject) => {
      pending.set(seq, { chunks: [], resolve, reject });
      workers[worker]!.postMessage({ seq, job: units[seq]!.job, part: units[seq]!.part });
    });
  }

  /** Units taken by workers, by index, and units this thread built ahead of the consumer. */
  const taken = new Map<number, Promise<FileOutcome>>();
  const built = new Map<number, FileOutcome>();
  /**
   * Takes back a unit a worker was sent but has not started (the first such from `i` on), to build it here: at the end of the run, or when a worker is slow, this thread
   * otherwise waits with nothing to do. Its index, or -1.
   */
  function takeBack(i: number): number {
    for (let j = i; j < next; j++) {
      if (!taken.has(j)) continue;
      if (Atomics.compareExchange(claims, j, 0, 2) !== 0) continue;
      taken.delete(j);
      return j;
    }
    return -1;
  }
  /** The first unit after the consumer's that nobody has taken. */
  let next = 1;
  /** Workers take the untaken units after the consumer's `i`, never that one: this thread builds it if nobody has. */
  function feed(i: number): void {
    next = Math.max(next, i + 1);
    for (let w = freeWorker(); w >= 0 && next < units.length && next <= i + ahead; w = freeWorker()) {
      const promise = submit(w, next);
      // Rejections are handled when the consumer reaches this unit; do not crash before.
      promise.catch(() => {});
      taken.set(next++, promise);
    }
  }
  try {
    for (let i = 0; i < units.length; i++) {
      feed(i);
      const { job, part } = units[i]!;
      let outcome = built.get(i);
      built.delete(i);
      if (outcome === undefined) {
        const promise = taken.get(i);
        taken.delete(i);
        // Nobody took it, or its worker has not started it (then it is taken back): built here, lazily.
        if (promise === undefined || Atomics.compareExchange(claims, i, 0, 2) === 0)
          outcome = await buildFile(job, { lazy: true, furniture: options.furniture, part });
        else {
          let settled = false;
          void promise.then(
            () => (settled = true),
            () => (settled = true),
          );
          await null;
          // While a worker builds the consumer's unit, this thread builds the next one nobody has
          // taken, or else takes back one a worker has not started.
          while (!settled && !failure) {
            let j = next < units.length && next <= i + ahead ? next++ : -1;
            if (j < 0) j = takeBack(i + 1);
            if (j < 0) break;
            const unit = units[j]!;
            built.set(j, await buildFile(unit.job, { furniture: options.furniture, part: unit.part }));
            feed(i);
          }
          if (failure) throw failure;
          outcome = await promise;
        }
      }
      if (failure) throw failure;
      yield { job, outcome, part };
    }
  } finally {
    // Before terminating, so a worker's exit is not taken for a failure.
    failure ??= new Error('the build pool is closed');
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * A worker's documents, read from its chunks as the consumer iterates them: the objects are made
 * when they are used, and die young. A `keptLines` read from a buffer may view it (or a shared
 * pool), and the report keeps it until the fix-up: it gets its own copy.
 */
function* chunkedDocuments(chunks: Uint8Array[]): Generator<BuiltDocument> {
  for (let c = 0; c < chunks.length; c++) {
    const documents = deserialize(chunks[c]!) as BuiltDocument[];
    // The buffer is not held while its documents are used.
    chunks[c] = EMPTY;
    for (const doc of documents) {
      if (doc.result.ok && doc.result.keptLines) doc.result.keptLines = doc.result.keptLines.slice();
      yield doc;
    }
  }
}

const EMPTY = new Uint8Array(0);

/** A record file over `partBytes` in parts of about that size; any other file (or one that cannot be read yet) whole. */
function partsOf(job: FileJob, partBytes: number): FilePart[] {
  if (!RECORD_FORMATS.has(path.extname(job.source).toLowerCase())) return [WHOLE];
  let size: number;
  try {
    size = statSync(job.file).size;
  } catch {
    return [WHOLE];
  }
  // A file over the size limit is skipped whole (read-file.ts), once.
  const of = size > job.maxBytes ? 1 : Math.max(1, Math.round(size / partBytes));
  return Array.from({ length: of }, (_, index) => ({ index, of }));
}
