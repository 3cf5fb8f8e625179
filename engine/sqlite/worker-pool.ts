/**
 * A small pool of search worker threads (`worker.ts`). Searching is synchronous CPU work (FTS5,
 * then passes over typed arrays); on the serving thread every long query stalls every other
 * request, and only one core is used. The pool keeps the HTTP thread free and uses the others.
 *
 * Each worker runs one search at a time; the rest wait here, on the main thread, where a search
 * whose caller has given up (`SearchOptions.signal`) can simply be dropped. A worker's running
 * search is stopped through a flag in shared memory that the search checks between its phases;
 * a worker that has not stopped shortly after is terminated and replaced, so abandoned work never
 * keeps a core.
 *
 * Each worker holds its own snapshot and caches. A query prefers the worker its text hashes to, so
 * the caches of common words are split between the workers rather than duplicated, unless that
 * worker is busy and another is free.
 */
import v8 from 'node:v8';
import type { Worker } from 'node:worker_threads';
import { SearchAbortedError } from '../contract/errors.ts';
import { moduleWorker } from '../../lib/module-worker.ts';
import type { ArticleView, SearchRequest, SearchResult } from '../contract/types.ts';
import type { WorkerHeap, WorkerReply, WorkerRequest, WorkerTask } from './worker.ts';

/** How long a worker told to stop may keep running before it is terminated and replaced. */
const STOP_GRACE_MS = 1_000;

/** A search failure reported by a worker, carrying SQLite's error code when there was one. */
export class WorkerSearchError extends Error {
  readonly code: unknown;
  constructor(name: string, message: string, code: unknown) {
    super(message);
    this.name = name;
    this.code = code;
  }
}

/** One search (or article read), from the caller's promise to the worker that runs it. */
interface Job {
  generation: string;
  task: WorkerTask;
  affinity: number;
  signal: AbortSignal | undefined;
  /** Both settle the caller's promise once: an aborted job is rejected at once, whatever its worker still does. */
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
  /** Removes the abort listener; set while the job waits or runs. */
  release: () => void;
}

/**
 * Calls `act` if `signal` aborts; the function returned stops listening. Made outside `submit`'s
 * promise executor on purpose: with the listener and its remover made inside it (sharing the
 * executor's closure scope: resolve, reject, the job), everything an answered search made on the
 * serving thread, the worker's reply included, outlived young-generation collections until the
 * next full one: 29 KB promoted per search with a signal against 0.65 without, 1.27 with this
 * helper (tests/unit/search-signal-promotion.test.ts; docs/journal/operations.md, "What an answered search
 * leaves in the old generation").
 */
function listenForAbort(signal: AbortSignal, act: () => void): () => void {
  signal.addEventListener('abort', act, { once: true });
  return () => signal.removeEventListener('abort', act);
}

/**
 * A search worker's old generation is capped far above what it lives at (16–20 MB at 1M paragraphs)
 * because V8 sizes its growing factor by that cap: 4× what is live between full collections when
 * the cap is 2 GB or more (the default on a 16 GB machine), 1.4× at 512 MB. After 20,000 distinct
 * spike searches a worker's old space stood at 60–65 MB uncapped, 26 MB capped (docs/journal/operations.md,
 * "How far V8 lets a heap grow"). A V8 flag (`--max-old-space-size`) would override this cap: see below.
 */
const WORKER_OLD_GENERATION_MB = 512;

/**
 * The process's `--max-old-space-size`, when given, is the serving thread's own limit (package.json's
 * start script sets one to lower V8's growing factor there too), but V8 reads the flag again for each
 * isolate made later and it overrides a Worker's `resourceLimits`. Cleared before a worker is made
 * (0 is the flag's "unset"; the serving thread's limit was fixed when its isolate was made), so each
 * search worker gets WORKER_OLD_GENERATION_MB whatever the process was started with.
 */
function leaveHeapFlagToServingThread(): void {
  v8.setFlagsFromString('--max-old-space-size=0');
}

class SearchWorker {
  private readonly worker: Worker;
  /** Shared with the thread: non-zero asks its running search to stop (see worker.ts). */
  private readonly stopFlag = new Int32Array(new SharedArrayBuffer(4));
  private running: { id: number; job: Job } | null = null;
  private failed: Error | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  /** Set when the thread is being terminated (see `stop`). */
  private terminating = false;
  /** Snapshot loads asked for and not yet done: no search is sent meanwhile (see worker.ts). */
  private warming = 0;
  /** Resolved when the thread's prefill of the generation last warmed is done, or the thread has failed (see `ready`). */
  private prefilled: Promise<void> = Promise.resolve();
  private markPrefilled: () => void = () => {};
  /** Callers of `heap()` waiting for the thread's answer, in the order asked. */
  private readonly heapAsked: Array<{ resolve: (heap: WorkerHeap) => void; reject: (error: Error) => void }> = [];

  constructor(
    dir: string,
    cacheKib: number,
    refusals: Int32Array,
    private readonly onIdle: (worker: SearchWorker) => void,
  ) {
    leaveHeapFlagToServingThread();
    this.worker = moduleWorker(import.meta.url, 'worker', {
      workerData: { dir, cacheKib, stopFlag: this.stopFlag, refusals },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB },
    });
    // Idle workers must not keep a process alive (tests, CLIs); a running search does.
    this.worker.unref();
    this.worker.on('message', (reply: WorkerReply) => {
      if ('warmed' in reply) {
        this.warming--;
        this.onIdle(this);
        return;
      }
      if ('prefilled' in reply) {
        this.markPrefilled();
        return;
      }
      if ('heap' in reply) {
        this.heapAsked.shift()?.resolve(reply.heap);
        if (this.running === null && this.heapAsked.length === 0) this.worker.unref();
        return;
      }
      const running = this.running;
      if (running === null || running.id !== reply.id) return;
      this.finish();
      const { job } = running;
      if ('error' in reply) {
        job.reject(
          reply.error.name === 'SearchAbortedError'
            ? new SearchAbortedError(job.signal?.reason)
            : new WorkerSearchError(reply.error.name, reply.error.message, reply.error.code),
        );
      } else job.resolve(reply.result);
      this.onIdle(this);
    });
    const fail = (error: Error) => {
      if (this.failed !== null) return;
      this.failed = error;
      const running = this.running;
      this.finish();
      running?.job.reject(running.job.signal?.aborted ? new SearchAbortedError(running.job.signal.reason) : error);
      // A dead thread answers nothing: its heap's callers would wait for ever, and so would readiness.
      for (const asked of this.heapAsked.splice(0)) asked.reject(error);
      this.markPrefilled();
      // The pool replaces this worker and gives the waiting searches to the others.
      this.onIdle(this);
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`search worker exited (${code})`)));
  }

  get usable(): boolean {
    return this.failed === null && !this.terminating;
  }

  get idle(): boolean {
    return this.running === null && this.usable && this.warming === 0;
  }

  run(id: number, job: Job): void {
    Atomics.store(this.stopFlag, 0, 0);
    this.running = { id, job };
    this.worker.ref();
    const message: WorkerRequest = { id, generation: job.generation, ...job.task };
    this.worker.postMessage(message);
  }

  /** Ask the running search `job` to stop; terminate the thread if it has not within the grace. */
  stop(job: Job): void {
    if (this.running?.job !== job || this.watchdog !== null) return;
    Atomics.store(this.stopFlag, 0, 1);
    this.watchdog = setTimeout(() => {
      if (this.running?.job !== job) return;
      // From now on the thread takes nothing new: the stopped search may still answer before the
      // thread is gone, and a search sent in that moment would die with it (a 500).
      this.terminating = true;
      void this.worker.terminate();
    }, STOP_GRACE_MS);
    this.watchdog.unref();
  }

  runs(job: Job): boolean {
    return this.running?.job === job;
  }

  private finish(): void {
    this.running?.job.release();
    this.running = null;
    if (this.watchdog !== null) clearTimeout(this.watchdog);
    this.watchdog = null;
    if (this.heapAsked.length === 0) this.worker.unref();
  }

  /** The thread's V8 heap, reported once its running search (if any) is done; rejected if the thread dies first. */
  heap(): Promise<WorkerHeap> {
    if (this.failed !== null) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.heapAsked.push({ resolve, reject });
      // Kept alive until it answers, like a running search (see the constructor).
      this.worker.ref();
      this.worker.postMessage({ heap: true });
    });
  }

  warm(name: string): void {
    this.warming++;
    if (this.failed === null) this.prefilled = new Promise((resolve) => (this.markPrefilled = resolve));
    this.worker.postMessage({ warm: name });
  }

  /** Resolves once the thread has loaded and prefilled the generation last warmed, or has failed. */
  ready(): Promise<void> {
    return this.prefilled;
  }

  async close(): Promise<void> {
    if (this.failed !== null) return;
    this.worker.postMessage({ close: true });
    await this.worker.terminate();
  }
}

export class SearchPool {
  private workers: SearchWorker[] = [];
  private readonly waiting: Job[] = [];
  private nextId = 1;
  private closed = false;
  /** The generation last warmed, so a replacement worker loads it before its first search. */
  private warmed: string | null = null;
  /**
   * The server's refusals (`refusing`), shared with every worker: read before each step of
   * background work, so the hint costs the serving thread one atomic add and no message.
   */
  private readonly refusals = new Int32Array(new SharedArrayBuffer(4));

  constructor(
    private readonly dir: string,
    readonly size: number,
    private readonly cacheKib: number,
  ) {}

  /** Start the workers and have them load `name`'s snapshot now, not on the first queries. */
  warm(name: string): void {
    this.warmed = name;
    this.start();
    for (const w of this.workers) w.warm(name);
  }

  private start(): void {
    // A worker that died (out of memory, a bug, stopped by force) is replaced rather than failing
    // every later query.
    this.workers = this.workers.filter((w) => w.usable);
    while (this.workers.length < this.size) {
      const w = new SearchWorker(this.dir, this.cacheKib, this.refusals, () => this.dispatch());
      if (this.warmed !== null) w.warm(this.warmed);
      this.workers.push(w);
    }
  }

  /**
   * Resolves once every worker has loaded the snapshot of the generation last warmed and prefilled
   * its match sets (or has failed: the first search reports that). At once when nothing was warmed.
   */
  async ready(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.ready()));
  }

  /** The server has refused a search: each worker's background work waits (background-steps.ts). */
  refusing(): void {
    Atomics.add(this.refusals, 0, 1);
  }

  /** Run `search` for the generation `name` on a worker (started on first use) once one is free. */
  search(name: string, request: SearchRequest, signal?: AbortSignal, spike = false): Promise<SearchResult> {
    return this.submit(name, { request, spike }, typeof request.q === 'string' ? request.q : '', signal) as Promise<SearchResult>;
  }

  /**
   * Read the article `id` of the generation `name`, with its matches for `q`, on a worker. Waiting
   * jobs go to the first worker free, so under a flood of searches an article page waits for one
   * running search at most: the gate (server/search-gate.ts) keeps the other searches in its queue.
   */
  article(name: string, id: string, q: string | undefined): Promise<ArticleView | null> {
    return this.submit(name, { article: { id, q } }, q ?? '', undefined) as Promise<ArticleView | null>;
  }

  private submit(name: string, task: WorkerTask, text: string, signal: AbortSignal | undefined): Promise<unknown> {
    if (signal?.aborted) return Promise.reject(new SearchAbortedError(signal.reason));
    return new Promise((resolve, reject) => {
      let settled = false;
      const once =
        <A>(settle: (a: A) => void) =>
        (a: A) => {
          if (!settled) settle(a);
          settled = true;
        };
      const job: Job = {
        generation: name,
        task,
        affinity: hash(text),
        signal,
        resolve: once(resolve),
        reject: once(reject),
        release: () => {},
      };
      if (signal !== undefined) job.release = listenForAbort(signal, () => this.abort(job));
      this.waiting.push(job);
      this.dispatch();
    });
  }

  /** Give waiting jobs to idle workers, each preferring the worker its query hashes to. */
  private dispatch(): void {
    if (this.closed) return;
    this.start();
    while (this.waiting.length > 0) {
      const idle = this.workers.filter((w) => w.idle);
      if (idle.length === 0) return;
      const job = this.waiting.shift()!;
      const preferred = this.workers[job.affinity % this.workers.length]!;
      (preferred.idle ? preferred : idle[0]!).run(this.nextId++, job);
    }
  }

  private abort(job: Job): void {
    const at = this.waiting.indexOf(job);
    if (at >= 0) {
      this.waiting.splice(at, 1);
      job.release();
      job.reject(new SearchAbortedError(job.signal?.reason));
      return;
    }
    // The caller has its answer now; the worker stops its search in the background, and takes no
    // other until it has (see SearchWorker.stop).
    job.reject(new SearchAbortedError(job.signal?.reason));
    this.workers.find((w) => w.runs(job))?.stop(job);
  }

  /** Each running worker's V8 heap (diagnostics: benchmarks and tests of what searches keep). */
  heaps(): Promise<WorkerHeap[]> {
    return Promise.all(this.workers.filter((w) => w.usable).map((w) => w.heap()));
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = this.workers;
    this.workers = [];
    for (const job of this.waiting.splice(0)) job.reject(new Error('the search engine is closed'));
    await Promise.all(workers.map((w) => w.close()));
  }
}

/** FNV-1a over the normalised query text: the same words reach the same worker's caches. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  const s = text.trim().toLowerCase();
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
