/**
 * Builds corpus files in worker threads and hands the outcomes back in the files' order, so a full
 * build cleans on the other core while the indexing thread writes SQLite. At most `ahead` files are
 * in flight or waiting to be consumed, which bounds memory whatever the corpus size.
 */
import type { Worker } from 'node:worker_threads';
import { moduleWorker } from '../engine/module-worker.ts';
import { buildFile, type FileJob, type FileOutcome } from './build-file.ts';

export interface BuildPoolOptions {
  /** Worker threads; 0 builds in this thread (same outcomes, no parallelism). */
  workers: number;
  /** Files built ahead of the consumer (default: 2 per worker). */
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

/**
 * Outcomes in the jobs' order. Without workers, each file's documents are built as the consumer
 * iterates them (`buildFile`'s `lazy`), so iterate them before asking for the next file.
 */
export async function* buildFiles(jobs: readonly FileJob[], options: BuildPoolOptions): AsyncGenerator<{ job: FileJob; outcome: FileOutcome }> {
  if (options.workers <= 0) {
    for (const job of jobs) yield { job, outcome: await buildFile(job, { lazy: true, furniture: options.furniture }) };
    return;
  }
  const workers = Array.from({ length: options.workers }, () => startWorker());
  const ahead = Math.max(1, options.ahead ?? 2 * options.workers);
  const pending = new Map<number, { resolve: (o: FileOutcome) => void; reject: (e: Error) => void }>();
  const load = new Array<number>(workers.length).fill(0);
  let failure: Error | null = null;

  function startWorker(): Worker {
    const worker = moduleWorker(import.meta.url, 'build-worker', {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      workerData: { furniture: [...(options.furniture ?? [])] },
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

  function submit(seq: number, job: FileJob): Promise<FileOutcome> {
    if (failure) return Promise.reject(failure);
    let best = 0;
    for (let i = 1; i < workers.length; i++) if (load[i]! < load[best]!) best = i;
    load[best]!++;
    return new Promise((resolve, reject) => {
      pending.set(seq, { resolve, reject });
      workers[best]!.postMessage({ seq, job });
    });
  }

  const queue: Array<Promise<FileOutcome>> = [];
  let next = 0;
  try {
    for (let i = 0; i < jobs.length; i++) {
      while (next < jobs.length && queue.length < ahead) {
        const promise = submit(next, jobs[next]!);
        // Rejections are handled when the consumer reaches this file; do not crash before.
        promise.catch(() => {});
        queue.push(promise);
        next++;
      }
      const outcome = await queue.shift()!;
      yield { job: jobs[i]!, outcome };
    }
  } finally {
    // Before terminating, so a worker's exit is not taken for a failure.
    failure ??= new Error('the build pool is closed');
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
