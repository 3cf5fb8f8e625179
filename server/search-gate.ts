/**
 * Admission control in front of the engine. The engine runs `slots` searches at once; the rest
 * wait here in arrival order. A search that would wait longer than the queue budget is refused at
 * once (`BusyError`, a 503 with Retry-After) instead of being held: under a spike a quick "busy"
 * lets a person retry, while a seven-second wait loses them and slows everyone queued behind.
 *
 * The wait is estimated from the searches ahead and a moving average of how long searches take;
 * the age of the oldest waiting search checks the estimate (if it has already waited the whole
 * budget, the estimate was too hopeful and newcomers are refused too).
 *
 * Exports run in a second, lower lane: their page queries take a slot only when no search waits,
 * so a long download slows down under load rather than starving the people searching.
 */
import type { Response } from 'express';
import type { SearchEngine, SearchRequest, SearchResult } from '../engine/types.ts';
import { requestSignal } from './deadline.ts';

export type Lane = 'search' | 'export';

export interface GateSettings {
  /** Searches the engine runs at once (`SearchEngine.parallelism`, or SEARCH_CONCURRENCY). */
  slots: number;
  /** A search whose expected answer time exceeds this is refused (SEARCH_QUEUE_MS). */
  queueMs: number;
}

/** The server is too busy to answer this search in time; try again after `retryAfterSeconds`. */
export class BusyError extends Error {
  override readonly name = 'BusyError';
  constructor(readonly retryAfterSeconds: number) {
    super('too many searches are waiting');
  }
}

interface Waiting {
  lane: Lane;
  since: number;
  start: () => void;
  cancel: (reason: unknown) => void;
}

/** Weight of the newest search in the moving average of search times. */
const AVERAGE_WEIGHT = 0.1;
/**
 * The average before any search has finished: pessimistic, so a spike that arrives at a cold
 * server is not all admitted on a guess.
 */
const FIRST_ESTIMATE_MS = 100;

export class SearchGate {
  private running = 0;
  private readonly queue: Waiting[] = [];
  private averageMs = FIRST_ESTIMATE_MS;
  private counts = { admitted: 0, refused: 0 };

  constructor(private readonly settings: GateSettings) {}

  /**
   * Run `work` when a slot is free. Rejects with `BusyError` at once when a search would wait too
   * long, and with the signal's reason when it aborts while waiting (the work never starts).
   */
  async run<T>(lane: Lane, signal: AbortSignal, work: () => Promise<T>): Promise<T> {
    signal.throwIfAborted();
    if (lane === 'search') this.admit();
    await this.slot(lane, signal);
    const started = performance.now();
    try {
      return await work();
    } finally {
      if (lane === 'search') this.averageMs += AVERAGE_WEIGHT * (performance.now() - started - this.averageMs);
      this.running--;
      this.next();
    }
  }

  /** What the gate has done so far, for /healthz and the logs. */
  stats(): { running: number; waiting: number; admitted: number; refused: number; averageMs: number } {
    return { running: this.running, waiting: this.queue.length, ...this.counts, averageMs: Math.round(this.averageMs) };
  }

  private admit(): void {
    const searchesWaiting = this.queue.reduce((n, w) => n + (w.lane === 'search' ? 1 : 0), 0);
    const free = this.running < this.settings.slots && searchesWaiting === 0;
    if (!free) {
      // Until a slot frees: the searches ahead, `slots` at a time, each taking about the average;
      // then this one's own time.
      const expectedMs = (Math.floor(searchesWaiting / this.settings.slots) + 2) * this.averageMs;
      const oldest = this.queue.find((w) => w.lane === 'search');
      const overdue = oldest !== undefined && performance.now() - oldest.since > this.settings.queueMs;
      if (expectedMs > this.settings.queueMs || overdue) {
        this.counts.refused++;
        throw new BusyError(Math.max(1, Math.ceil(expectedMs / 1000)));
      }
    }
    this.counts.admitted++;
  }

  private slot(lane: Lane, signal: AbortSignal): Promise<void> {
    if (this.running < this.settings.slots && this.queue.length === 0) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => waiting.cancel(signal.reason);
      const waiting: Waiting = {
        lane,
        since: performance.now(),
        start: () => {
          signal.removeEventListener('abort', onAbort);
          this.running++;
          resolve();
        },
        cancel: (reason) => {
          const at = this.queue.indexOf(waiting);
          if (at >= 0) this.queue.splice(at, 1);
          reject(reason);
        },
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiting);
    });
  }

  /** Searches first, in arrival order; an export only when no search waits. */
  private next(): void {
    while (this.running < this.settings.slots && this.queue.length > 0) {
      const at = this.queue.findIndex((w) => w.lane === 'search');
      const [waiting] = this.queue.splice(at >= 0 ? at : 0, 1);
      waiting!.start();
    }
  }
}

/** Searches a request may run: each waits its turn at the gate, under the request's signal. */
export type RequestSearch = (res: Response) => (request: SearchRequest) => Promise<SearchResult>;

/**
 * The one way routes search for a person waiting on the answer: through the gate's search lane,
 * under `timeoutMs` and the client's connection (server/deadline.ts). One signal per response, so
 * a route that searches several times (finding a paragraph's results page) shares one time limit.
 */
export function gatedSearch(engine: SearchEngine, gate: SearchGate, timeoutMs: number): RequestSearch {
  return (res) => {
    const signal = requestSignal(res, timeoutMs);
    return (request) => gate.run('search', signal, () => engine.search(request, { signal }));
  };
}
