/**
 * Admission control in front of the engine. The engine runs `slots` searches at once; the rest
 * wait here in arrival order. A search that would wait longer than the queue budget is refused at
 * once (`BusyError`, a 503 with Retry-After) instead of being held: under a spike a quick "busy"
 * lets a person retry, while a seven-second wait loses them and slows everyone queued behind.
 *
 * The wait is estimated from the searches ahead and what searches have cost lately (a moving
 * average, or the dearest recent run of searches that queued, if higher: see `costMs`), and the
 * search's own time from that plus twice the average deviation: search times have a long tail (a
 * common word or a short prefix takes many times a rare word's), and an estimate of the typical
 * case alone admitted searches that then answered well after the budget; the age of the oldest
 * waiting search checks the estimate (if it has already waited the whole budget, the estimate was
 * too hopeful and newcomers are refused too).
 *
 * Exports run in a second, lower lane: their page queries take a slot only when no search waits,
 * so a long download slows down under load rather than starving the people searching.
 *
 * Search requests are admitted as they arrive (`admitEarly`, from the door in front of the app), not
 * when their route gets round to searching: under a spike the serving thread is busy, and a refusal
 * that first passes logging, security headers, parsing and routing waits its turn behind all of
 * that. An early admission holds a `Ticket` until its search joins the queue; tickets count as
 * waiting searches in the estimate.
 */
import type { ServerResponse } from 'node:http';
import type { Response } from 'express';
import type { SearchEngine, SearchRequest, SearchResult } from '../engine/contract/types.ts';
import { requestSignal, SearchTimeoutError } from './deadline.ts';

export type Lane = 'search' | 'export';

export interface GateSettings {
  /** Searches the engine runs at once (`SearchEngine.parallelism`, or SEARCH_CONCURRENCY). */
  slots: number;
  /** A search whose expected answer time exceeds this is refused (SEARCH_QUEUE_MS). */
  queueMs: number;
  /**
   * A search still waiting for its slot after this long is answered busy instead of started, and
   * one whose time limit runs out while it waits is answered busy too (see `next`); none if unset.
   */
  waitLimitMs?: number;
  /**
   * Called at each refusal (`SearchEngine.refusing`: the engine's background work gives way at the
   * spike's first refusal, not when its first admitted search gets through); none if unset.
   */
  onRefusal?: () => void;
  /** The gate's clock in milliseconds (tests); `performance.now` by default. */
  now?: () => number;
}

/** The server is too busy to answer this search in time; try again after `retryAfterSeconds`. */
export class BusyError extends Error {
  override readonly name = 'BusyError';
  constructor(readonly retryAfterSeconds: number) {
    super('too many searches are waiting');
  }
}

/**
 * A search admitted before its route ran: counted as waiting until `run` takes it, or given back
 * when the request ends without searching (a bad query, a redirect).
 */
export class Ticket {
  private held = true;
  constructor(private readonly onRelease: () => void) {}

  /** Give the place back; true the first time only. */
  release(): boolean {
    if (!this.held) return false;
    this.held = false;
    this.onRelease();
    return true;
  }
}

interface RunningSearch {
  since: number;
  /** Aborts the search's engine work when it is shed (see `shedOverdue`). */
  shed: AbortController;
  timer: NodeJS.Timeout | undefined;
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
const FIRST_DEVIATION_MS = 50;
/** Searches per block whose mean feeds the recent peak (enough that one slow search barely moves it). */
const BLOCK_SEARCHES = 32;
/** How fast the recent peak fades: it halves every this many milliseconds. */
const PEAK_HALF_LIFE_MS = 5_000;
/**
 * Searches answered before the recent peak is kept at all. A freshly started server's searches are
 * dear until its caches fill, and under 32 connections they all queue: at a million paragraphs a
 * peak learned from them outlasted the cold start and refused 1,771 of the first 3,357 requests of
 * the normal traffic, all in its first ~10 s (~1,700 requests at that run's pace; answered searches
 * are fewer, so 1,500 of them cover at least that). The moving average follows the warming caches
 * within a few dozen searches, so until then it alone judges.
 */
const WARM_SEARCHES = 1_500;

/**
 * The searches whose times a spike's estimate reads (see `spikeExpectedMs`): the last this many
 * answered, as a sum and a sum of squares (no allocation per search).
 */
const RECENT_SEARCHES = 128;
/** Fewer recent searches than this, and the spike's estimate is not used (too few to read a spread from). */
const RECENT_SEARCHES_READ = 32;
/** Standard deviations of the wait allowed for in a spike (see `spikeExpectedMs`). */
const SPIKE_TAIL_DEVIATIONS = 2;

/**
 * How long after its last refusal the gate still reports a spike (`spiking`). While one lasts the
 * gate refuses thousands of searches a second; the normal 32-connection mix is refused none.
 */
const SPIKE_HOLD_MS = 5_000;

export class SearchGate {
  private running = 0;
  private readonly queue: Waiting[] = [];
  private averageMs = FIRST_ESTIMATE_MS;
  /** Moving average of how far a search's time is from `averageMs`. */
  private deviationMs = FIRST_DEVIATION_MS;
  private counts = { admitted: 0, refused: 0, shed: 0 };
  private readonly runningSearches = new Set<RunningSearch>();
  /** Searches admitted early (tickets held) that have not reached `run` yet. */
  private ticketed = 0;
  /** Searches waiting in `queue` (the search lane only), so a refusal need not walk the queue. */
  private queuedSearches = 0;
  /** The block of search times being summed, and the slowest recent block mean (see `costMs`). */
  private block = { sum: 0, count: 0 };
  private peak = { ms: 0, at: 0 };
  /** Searches answered since start (see WARM_SEARCHES). */
  private answered = 0;
  /** The last RECENT_SEARCHES search times, a ring, with their sum and sum of squares (see `spikeExpectedMs`). */
  private readonly recent = new Float64Array(RECENT_SEARCHES);
  private recentSum = 0;
  private recentSquares = 0;
  /** When the gate last refused a search (see `spikeExpectedMs`). */
  private lastRefusalAt = Number.NEGATIVE_INFINITY;
  /** The refusals counted when `spiking` last looked, and when that count last changed. */
  private refusedSeen = 0;
  private refusedAt = Number.NEGATIVE_INFINITY;
  private readonly now: () => number;

  constructor(private readonly settings: GateSettings) {
    this.now = settings.now ?? (() => performance.now());
  }

  /**
   * Admit a search as its request arrives: a ticket for `run`, or the Retry-After seconds of a
   * refusal. No exception is made for a refusal: under a spike there are thousands a second.
   */
  admitEarly(): Ticket | number {
    const retryAfter = this.refusal();
    if (retryAfter > 0) return retryAfter;
    this.ticketed++;
    return new Ticket(() => this.ticketed--);
  }

  /**
   * Run `work` when a slot is free. Rejects with `BusyError` at once when a search would wait too
   * long (unless it holds a ticket from `admitEarly`), and with the signal's reason when it aborts
   * while waiting (the work never starts).
   */
  async run<T>(lane: Lane, signal: AbortSignal, work: (signal: AbortSignal) => Promise<T>, ticket?: Ticket): Promise<T> {
    const admitted = ticket?.release() === true;
    signal.throwIfAborted();
    if (lane === 'search' && !admitted) {
      const retryAfter = this.refusal();
      if (retryAfter > 0) throw new BusyError(retryAfter);
    }
    const queued = await this.slot(lane, signal);
    const started = this.now();
    const running = lane === 'search' ? this.startRunning(started) : null;
    try {
      return await work(running ? AbortSignal.any([signal, running.shed.signal]) : signal);
    } finally {
      if (running) this.stopRunning(running);
      if (lane === 'search') this.learn(this.now() - started, queued);
      this.running--;
      this.next();
    }
  }

  /**
   * A running search that passes the queue budget while others wait behind it is stopped and
   * answered busy (503 + Retry-After): with one or two workers, one slow search (a common word, a
   * short prefix) would otherwise hold every search queued behind it past the budget they were
   * admitted under. Alone, a search runs on to SEARCH_TIMEOUT_MS.
   */
  private startRunning(since: number): RunningSearch {
    const running: RunningSearch = { since, shed: new AbortController(), timer: undefined };
    running.timer = setTimeout(() => this.shedOverdue(), this.settings.queueMs);
    running.timer.unref();
    this.runningSearches.add(running);
    return running;
  }

  private stopRunning(running: RunningSearch): void {
    clearTimeout(running.timer);
    this.runningSearches.delete(running);
  }

  /**
   * Stop the searches past the budget, if any search waits for their slot. One not yet past it is
   * looked at again when it will be: a timer armed at its start can fire a few milliseconds early
   * (Node counts from the event loop's cached time, not from `since`), and nothing else would come
   * back to it while the waiting search sits in the queue.
   */
  private shedOverdue(): void {
    if (!this.queue.some((w) => w.lane === 'search')) return;
    const now = this.now();
    for (const running of this.runningSearches) {
      if (running.shed.signal.aborted) continue;
      const left = this.settings.queueMs - (now - running.since);
      if (left > 0) {
        clearTimeout(running.timer);
        running.timer = setTimeout(() => this.shedOverdue(), Math.ceil(left));
        running.timer.unref();
        continue;
      }
      this.counts.shed++;
      running.shed.abort(new BusyError(1));
    }
  }

  /**
   * `queued`: the search waited for its slot. Only those feed the peak, which describes searches
   * under load: a cold server's first searches (caches empty, nobody waiting) are many times dearer
   * than the same searches a minute later, and would otherwise hold the gate strict for the first
   * seconds of normal traffic.
   */
  private learn(ms: number, queued: boolean): void {
    this.deviationMs += AVERAGE_WEIGHT * (Math.abs(ms - this.averageMs) - this.deviationMs);
    this.averageMs += AVERAGE_WEIGHT * (ms - this.averageMs);
    const at = this.answered % RECENT_SEARCHES;
    const dropped = this.answered >= RECENT_SEARCHES ? this.recent[at]! : 0;
    this.recent[at] = ms;
    this.recentSum += ms - dropped;
    this.recentSquares += ms * ms - dropped * dropped;
    if (++this.answered <= WARM_SEARCHES || !queued) return;
    this.block.sum += ms;
    if (++this.block.count < BLOCK_SEARCHES) return;
    const mean = this.block.sum / this.block.count;
    this.block = { sum: 0, count: 0 };
    const now = this.now();
    if (mean >= this.peakMs(now)) this.peak = { ms: mean, at: now };
  }

  /** The slowest recent block mean, faded by its age. */
  private peakMs(now: number): number {
    return this.peak.ms * 2 ** (-(now - this.peak.at) / PEAK_HALF_LIFE_MS);
  }

  /**
   * What a waiting search is expected to cost: the moving average, or the slowest recent block mean
   * if higher. Search times come in runs (the searches of one spike are alike, then the next lot is
   * ten times dearer): a queue filled to the budget at the quick run's average then took three
   * times the budget to drain. The peak keeps the queue as short as the dearer searches allow; the
   * slot stays just as busy, since a spike refills the queue at once.
   */
  private costMs(): number {
    return Math.max(this.averageMs, this.peakMs(this.now()));
  }

  /**
   * Whether the gate has refused a search lately: the server's one sign of a spike, passed to the
   * engine with each search (`SearchOptions.spike`) so that a spike's one-off searches do not fill
   * its caches. Read from the refusal count when a search starts, so refusing costs no more than it
   * did; a refusal is dated by the first search that starts after it.
   */
  spiking(): boolean {
    const now = this.now();
    if (this.counts.refused !== this.refusedSeen) {
      this.refusedSeen = this.counts.refused;
      this.refusedAt = now;
    }
    return now - this.refusedAt < SPIKE_HOLD_MS;
  }

  /** What the gate has done so far, for /healthz and the logs. */
  stats(): {
    running: number;
    waiting: number;
    admitted: number;
    refused: number;
    shed: number;
    averageMs: number;
    peakMs: number;
    deviationMs: number;
  } {
    return {
      running: this.running,
      waiting: this.queue.length + this.ticketed,
      ...this.counts,
      averageMs: Math.round(this.averageMs),
      peakMs: Math.round(this.peakMs(this.now())),
      deviationMs: Math.round(this.deviationMs),
    };
  }

  /** 0 when a new search is admitted (counted), else the Retry-After seconds of its refusal (counted). */
  private refusal(): number {
    const searchesWaiting = this.ticketed + this.queuedSearches;
    const free = this.running < this.settings.slots && searchesWaiting === 0;
    if (!free) {
      // Until a slot frees: the searches running and those ahead, `slots` at a time, each taking
      // about what searches cost lately; then this one's own time, allowing for the tail.
      const rounds = Math.floor(searchesWaiting / this.settings.slots) + 2;
      const now = this.now();
      const expectedMs = Math.max(rounds * this.costMs() + 2 * this.deviationMs, this.spikeExpectedMs(rounds, now));
      const oldest = this.queue.find((w) => w.lane === 'search');
      const overdue = oldest !== undefined && now - oldest.since > this.settings.queueMs;
      if (expectedMs > this.settings.queueMs || overdue) {
        this.lastRefusalAt = now;
        this.counts.refused++;
        this.settings.onRefusal?.();
        return Math.max(1, Math.ceil(expectedMs / 1000));
      }
    }
    this.counts.admitted++;
    return 0;
  }

  /**
   * During a spike (a refusal within SPIKE_HOLD_MS), what `rounds` searches in a row are expected to
   * take, read from the last RECENT_SEARCHES answered: their mean, plus SPIKE_TAIL_DEVIATIONS of
   * their spread for the sum (√rounds standard deviations); 0 outside a spike. Search times have a
   * long tail and come in runs, and the moving average follows the last ~10: after a run of quick
   * searches it admitted a queue several times what the next searches took to drain. In cold 1M
   * spikes at load 9-11 (one search worker), admitted searches waited p99 3.3-3.7 s at the gate
   * for a 1 s budget; replayed against the same searches' times, this estimate kept it to 1.3-2.5 s
   * (docs/journal/operations.md, "Sixteenth session"). Outside a spike the normal traffic is judged as
   * before, so a cold server's dear first searches hold nothing against the traffic after them.
   */
  private spikeExpectedMs(rounds: number, now: number): number {
    const count = Math.min(this.answered, RECENT_SEARCHES);
    if (count < RECENT_SEARCHES_READ || now - this.lastRefusalAt >= SPIKE_HOLD_MS) return 0;
    const mean = this.recentSum / count;
    const deviation = Math.sqrt(Math.max(0, this.recentSquares / count - mean * mean));
    return rounds * Math.max(mean, this.costMs()) + SPIKE_TAIL_DEVIATIONS * deviation * Math.sqrt(rounds);
  }

  /** Resolves when the search has a slot: true if it had to wait for one. */
  private slot(lane: Lane, signal: AbortSignal): Promise<boolean> {
    if (this.running < this.settings.slots && this.queue.length === 0) {
      this.running++;
      return Promise.resolve(false);
    }
    return new Promise((resolve, reject) => {
      // Its time ran out while it waited: the server was busy, not the search slow (see `next`).
      const onAbort = () =>
        waiting.cancel(lane === 'search' && signal.reason instanceof SearchTimeoutError ? this.shedWaiting() : signal.reason);
      const waiting: Waiting = {
        lane,
        since: this.now(),
        start: () => {
          signal.removeEventListener('abort', onAbort);
          this.running++;
          resolve(true);
        },
        cancel: (reason) => {
          signal.removeEventListener('abort', onAbort);
          const at = this.queue.indexOf(waiting);
          if (at >= 0) this.dequeue(at);
          reject(reason);
        },
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiting);
      if (lane === 'search') {
        this.queuedSearches++;
        this.shedOverdue();
      }
    });
  }

  /**
   * Searches first, in arrival order; an export only when no search waits. A search that has waited
   * past `waitLimitMs` is answered busy (503 + Retry-After) instead: early in a spike, before the
   * peak counts (WARM_SEARCHES), a run of quick searches can lower the average enough for every
   * connection to be let in to wait, and when dearer searches follow, the queue drains several times
   * slower than estimated (200k, load 10: waits reached 5 s). Started so late, such a search ran out
   * of time a few milliseconds in and was answered "This search took too long", without Retry-After,
   * though what held it was the queue; shed here it frees the slot for the searches behind it.
   * Decided as it leaves the queue, so an admitted search costs no handler of its own.
   */
  private next(): void {
    while (this.running < this.settings.slots && this.queue.length > 0) {
      const at = this.queue.findIndex((w) => w.lane === 'search');
      const waiting = this.dequeue(Math.max(at, 0));
      if (waiting.lane === 'search' && this.now() - waiting.since > (this.settings.waitLimitMs ?? Number.POSITIVE_INFINITY))
        waiting.cancel(this.shedWaiting());
      else waiting.start();
    }
  }

  /** The refusal of a search that waited too long at the gate, counted as shed. */
  private shedWaiting(): BusyError {
    this.counts.shed++;
    return new BusyError(Math.max(1, Math.ceil(this.settings.queueMs / 1000)));
  }

  private dequeue(at: number): Waiting {
    const [waiting] = this.queue.splice(at, 1);
    if (waiting!.lane === 'search') this.queuedSearches--;
    return waiting!;
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
    // The request's early admission (server/admission.ts) covers its first search only.
    let ticket = ticketOf(res);
    return (request) => {
      const held = ticket;
      ticket = undefined;
      const asked = performance.now();
      return gate.run(
        'search',
        signal,
        async (running) => {
          // How long the search waited for a slot and how long it ran, for its log line (logging.ts).
          const started = performance.now();
          try {
            return await engine.search(request, { signal: running, spike: gate.spiking() });
          } finally {
            res.locals.searchTimes = { waitedMs: Math.round(started - asked), ranMs: Math.round(performance.now() - started) };
          }
        },
        held,
      );
    };
  };
}

/**
 * Each admitted request's ticket, by its response: the door (server/admission.ts) admits a request
 * before Express has given it `res.locals`.
 */
const tickets = new WeakMap<ServerResponse, Ticket>();

/** Hold `ticket` for the request's search; given back if the response ends without searching. */
export function holdTicket(res: ServerResponse, ticket: Ticket): void {
  tickets.set(res, ticket);
  res.once('close', () => ticket.release());
}

function ticketOf(res: ServerResponse): Ticket | undefined {
  return tickets.get(res);
}
