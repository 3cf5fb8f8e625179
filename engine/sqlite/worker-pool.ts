/**
 * A small pool of search worker threads (`worker.ts`). Searching is synchronous CPU work (FTS5,
 * then passes over typed arrays); on the serving thread every long query stalls every other
 * request, and only one core is used. The pool keeps the HTTP thread free and uses the others.
 *
 * Each worker holds its own snapshot and caches. A query goes to the worker its text hashes to,
 * so the caches of common words are split between the workers rather than duplicated, unless that
 * worker is clearly busier than another.
 */
import type { Worker } from 'node:worker_threads';
import { moduleWorker } from '../module-worker.ts';
import type { SearchRequest, SearchResult } from '../types.ts';
import type { WorkerReply, WorkerRequest } from './worker.ts';

/** A worker this much busier than the least busy one loses its query to it. */
const AFFINITY_SLACK = 2;

interface Pending {
  resolve: (result: SearchResult) => void;
  reject: (error: unknown) => void;
}

/** A search failure reported by a worker, carrying SQLite's error code when there was one. */
export class WorkerSearchError extends Error {
  readonly code: unknown;
  constructor(name: string, message: string, code: unknown) {
    super(message);
    this.name = name;
    this.code = code;
  }
}

class SearchWorker {
  readonly pending = new Map<number, Pending>();
  private readonly worker: Worker;
  private failed: Error | null = null;

  constructor(dir: string, cacheKib: number) {
    this.worker = moduleWorker(import.meta.url, 'worker', { workerData: { dir, cacheKib } });
    // Idle workers must not keep a process alive (tests, CLIs); a pending search does.
    this.worker.unref();
    this.worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      if (waiting === undefined) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.worker.unref();
      if ('error' in reply) waiting.reject(new WorkerSearchError(reply.error.name, reply.error.message, reply.error.code));
      else waiting.resolve(reply.result as SearchResult);
    });
    const fail = (error: Error) => {
      this.failed = error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`search worker exited (${code})`)));
  }

  get usable(): boolean {
    return this.failed === null;
  }

  search(message: WorkerRequest): Promise<SearchResult> {
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(message.id, { resolve, reject });
      this.worker.postMessage(message);
    });
  }

  warm(name: string): void {
    this.worker.postMessage({ warm: name });
  }

  async close(): Promise<void> {
    if (this.failed !== null) return;
    this.worker.postMessage({ close: true });
    await this.worker.terminate();
  }
}

export class SearchPool {
  private workers: SearchWorker[] = [];
  private nextId = 1;

  constructor(
    private readonly dir: string,
    private readonly size: number,
    private readonly cacheKib: number,
  ) {}

  /** Start the workers and have them load `name`'s snapshot now, not on the first queries. */
  warm(name: string): void {
    this.start();
    for (const w of this.workers) w.warm(name);
  }

  private start(): void {
    // A worker that died (out of memory, a bug) is replaced rather than failing every later query.
    this.workers = this.workers.filter((w) => w.usable);
    while (this.workers.length < this.size) this.workers.push(new SearchWorker(this.dir, this.cacheKib));
  }

  /** Run `search` for the generation `name` on a worker (started on first use). */
  search(name: string, request: SearchRequest): Promise<SearchResult> {
    this.start();
    let chosen = this.workers[hash(typeof request.q === 'string' ? request.q : '') % this.workers.length]!;
    for (const w of this.workers) if (w.pending.size + AFFINITY_SLACK < chosen.pending.size) chosen = w;
    return chosen.search({ id: this.nextId++, generation: name, request });
  }

  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
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
