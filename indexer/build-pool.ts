/**
 * Builds corpus files in worker threads and hands the outcomes back in the files' order, so a full
 * build cleans on more than one core. The calling thread builds too: each worker is kept at most
 * `WORKER_DEPTH` files ahead of the consumer, and the next file no worker has taken is built here,
 * lazily, as the consumer reaches it. So however fast or slow the workers are next to this thread
 * (which also sends rows to the index writer), neither sits waiting while files are left, and a
 * worker's outcome (which must be copied across threads, ~15% of building it) is only paid for the
 * share of files the workers actually take. At most `ahead` files are in flight or waiting to be
 * consumed, which bounds memory whatever the corpus size.
 */
import { corpusOutlets } from './infer/outlet-listed-index.ts';
import type { Worker } from 'node:worker_threads';
import { moduleWorker } from '../lib/module-worker.ts';
import { buildFile, type FileJob, type FileOutcome } from './build-file.ts';

export interface BuildPoolOptions {
  /** Worker threads besides this one; 0 builds in this thread only (same outcomes, no parallelism). */
  workers: number;
  /** Files taken by workers ahead of the consumer (default: WORKER_DEPTH per worker). */
  ahead?: number;
  /** The corpus's furniture (see `ArticleFile.furniture`), sent to each worker once, when it starts. */
  furniture?: ReadonlySet<string>;
}

/**
 * A worker's heap cap: cleaning makes a lot of short-lived garbage and V8 otherwise lets the heap
 * grow to hundreds of MB before collecting. The biggest job is one file under the indexer's size
 * limit (10 MB) and what is built from it.
 */
const WORKER_HEAP_MB = 128;
/** Files a worker holds (building or built, not yet consumed): one to build while another waits. */
const WORKER_DEPTH = 2;

/**
 * Outcomes in the jobs' order. Without workers, each file's documents are built as the consumer
 * iterates them (`buildFile`'s `lazy`), so iterate them before asking for the next file.
 */
export async function* buildFiles(
  jobs: readonly FileJob[],
  options: BuildPoolOptions,
): AsyncGenerator<{ job: FileJob; outcome: FileOutcome }> {
  if (options.workers <= 0) {
    for (const job of jobs) yield { job, outcome: await buildFile(job, { lazy: true, furniture: options.furniture }) };
    return;
  }
  const workers = Array.from({ length: options.workers }, () => startWorker());
  const ahead = Math.max(1, options.ahead ?? WORKER_DEPTH * options.workers);
  const pending = new Map<number, { resolve: (o: FileOutcome) => void; reject: (e: Error) => void }>();
  const load = new Array<number>(workers.length).fill(0);
  let failure: Error | null = null;

  function startWorker(): Worker {
    const worker = moduleWorker(import.meta.url, 'build-worker', {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      workerData: { furniture: [...(options.furniture ?? [])], outlets: corpusOutlets() },
    });
    worker.on('message', (m: { seq: number; outcome?: FileOutcome; error?: string }) => {
      const waiting = pending.get(m.seq);
      if (!waiting) return;
      pending.delete(m.seq);
      load[workers.indexOf(worker)]!--;
      if (m.error !== undefined) waiting.reject(new Error(m.error));
      else waiting.resolve(m.outcome!);
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

  /** The least loaded worker with room for another file, or -1. */
  function freeWorker(): number {
    let best = -1;
    for (let i = 0; i < workers.length; i++) if (load[i]! < WORKER_DEPTH && (best < 0 || load[i]! < load[best]!)) best = i;
    return best;
  }

  function submit(worker: number, seq: number, job: FileJob): Promise<FileOutcome> {
    if (failure) return Promise.reject(failure);
    load[worker]!++;
    return new Promise((resolve, reject) => {
      pending.set(seq, { resolve, reject });
      workers[worker]!.postMessage({ seq, job });
    });
  }

  /** Files taken by workers, by index; every other file is built here when the consumer reaches it. */
  const taken = new Map<number, Promise<FileOutcome>>();
  let next = 1;
  try {
    for (let i = 0; i < jobs.length; i++) {
      // Workers take the files after the one the consumer is at, never that one: this thread builds it if nobody has.
      next = Math.max(next, i + 1);
      for (let w = freeWorker(); w >= 0 && next < jobs.length && next <= i + ahead; w = freeWorker()) {
        const promise = submit(w, next, jobs[next]!);
        // Rejections are handled when the consumer reaches this file; do not crash before.
        promise.catch(() => {});
        taken.set(next++, promise);
      }
      const promise = taken.get(i);
      taken.delete(i);
      if (failure) throw failure;
      const outcome = promise === undefined ? await buildFile(jobs[i]!, { lazy: true, furniture: options.furniture }) : await promise;
      yield { job: jobs[i]!, outcome };
    }
  } finally {
    // Before terminating, so a worker's exit is not taken for a failure.
    failure ??= new Error('the build pool is closed');
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
