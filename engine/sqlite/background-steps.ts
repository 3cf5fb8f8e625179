/**
 * Optional work a search worker does in the background (its match-set prefill, prefill.ts), one
 * step a turn of its event loop, held while the server is refusing searches.
 *
 * Why: under a spike a server should spend its cores only on what people wait for. The prefill is
 * 2.0-2.2 s of a core per worker at a million paragraphs (8-17 s of wall time on a loaded machine),
 * so a spike that meets a freshly started server meets it too: in cold stress spikes at 1M the
 * worker was still prefilling as the spike began, a word (up to ~110 ms of CPU) between admitted
 * searches, on the same two cores as the serving thread that accepts and refuses. The worker
 * learns of a spike from its searches (`SearchOptions.spike`: the gate refused one in the last
 * 5 s) and, sooner, from the server's refusals themselves (`SearchEngine.refusing`, a counter
 * shared with the pool): under a spike's first second the serving thread routes admitted searches
 * late, and the prefill ran on until the first reached the worker. A step waits until QUIET_MS
 * have passed since the last sign: it resumes once the spike is over, or as soon as the worker
 * is left idle.
 */

/** How long after the last search admitted during a spike the next optional step may run. */
export const QUIET_MS = 1_000;

/** When a worker last met a spike: a search admitted during one, or a move of the server's refusal count. */
export class SpikeClock {
  private at = Number.NEGATIVE_INFINITY;
  /** The refusal count as last read: a move since is dated when it is read. */
  private refusalsSeen = 0;

  constructor(
    readonly quietMs = QUIET_MS,
    readonly now: () => number = () => performance.now(),
    /** The server's refusals so far, shared with the serving thread (worker-pool.ts `refusing`). */
    private readonly refusals?: Int32Array,
  ) {}

  /** A search admitted during a spike has arrived. */
  spike(): void {
    this.at = this.now();
  }

  /** Milliseconds until optional work may run again (0: now). */
  heldFor(): number {
    if (this.refusals !== undefined) {
      const refused = Atomics.load(this.refusals, 0);
      if (refused !== this.refusalsSeen) {
        this.refusalsSeen = refused;
        this.spike();
      }
    }
    return Math.max(0, this.at + this.quietMs - this.now());
  }
}

export class BackgroundSteps {
  private scheduled = false;
  private stopped = false;
  /** Steps run so far, and times a step was put off by a spike. */
  readonly counts = { run: 0, held: 0 };

  /**
   * `step` does one step and says whether more are left; called at most once a turn, never while
   * `clock` holds. `done` is called once after the last step (not when stopped before it).
   */
  constructor(
    private readonly step: () => boolean,
    private readonly clock: SpikeClock,
    private readonly done?: () => void,
  ) {}

  start(): void {
    this.next();
  }

  /** No more steps (the generation they fill is no longer searched). */
  stop(): void {
    this.stopped = true;
  }

  /** The next step after this turn's I/O: a search message read in that turn runs (and is counted) first. */
  private next(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    setImmediate(this.run);
  }

  private readonly run = (): void => {
    this.scheduled = false;
    if (this.stopped) return;
    const wait = this.clock.heldFor();
    if (wait > 0) {
      this.counts.held++;
      // Back through `next` when the quiet time is up, so a spike search arrived by then is seen first.
      setTimeout(() => this.next(), wait).unref();
      return;
    }
    this.counts.run++;
    if (this.step()) this.next();
    else this.done?.();
  };
}
