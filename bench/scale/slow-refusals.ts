/**
 * The spike's slow refusals (503s that took the acceptance's 50 ms or more), counted as the stress
 * tool's client sees them: when in the spike they came, and how many were their connection's first
 * request. autocannon times that first request from when it builds the connection's client, and it
 * builds all of them in one loop before any connection opens; the request's bytes are written only
 * when the connection opens (bench/scale/connect-times.ts). Matched against the server's own times of
 * the same requests (1M, 200 connections, load 9-12), the opening took 91-127 ms (median) of the
 * client's own time, while the server had accepted most connections 60-100 ms before the client wrote
 * to them: no server can answer a request before it is written. So a first request is timed from
 * when it was written (its time less its connection's opening), and the openings are reported apart.
 */
import { percentiles } from './proc.ts';

/** The acceptance's bound on a refusal (issue 25): every 503 in less than this. */
export const SLOW_REFUSAL_MS = 50;

/** One answer as counted: whether it was its connection's first, and its time from when its request was written. */
export interface Counted {
  first: boolean;
  ms: number;
}

export class SlowRefusals {
  /** When each slow refusal was answered, seconds into the spike. */
  readonly times: number[] = [];
  /** Of those, the ones that answered their connection's first request (slow after it was written). */
  firstOfConnection = 0;
  /** How long each first request's connection took to open (ms), where the client saw it. */
  readonly connecting: number[] = [];
  /** First refusals that took SLOW_REFUSAL_MS or more only when their connection's opening is counted in. */
  slowOnlyWithOpening = 0;
  private readonly answered = new WeakSet<object>();

  /**
   * One response on `connection` (any object that stands for it), `ms` after its clock started;
   * `connectMs`: for a first request, how much of `ms` the connection took to open, if known.
   */
  record(connection: object, status: number, ms: number, secondsIn: number, connectMs?: number): Counted {
    const first = !this.answered.has(connection);
    if (first) this.answered.add(connection);
    const opening = first ? connectMs : undefined;
    if (opening !== undefined) this.connecting.push(opening);
    const written = ms - (opening ?? 0);
    if (status === 503 && written >= SLOW_REFUSAL_MS) {
      this.times.push(secondsIn);
      if (first) this.firstOfConnection++;
    } else if (status === 503 && ms >= SLOW_REFUSAL_MS) this.slowOnlyWithOpening++;
    return { first, ms: written };
  }

  /**
   * How many, and by second of the spike: whether they are the initial connection burst, a stall of
   * the serving thread (a burst in one second), or spread out. Null when there were none.
   */
  summary(): string | null {
    if (this.times.length === 0) return null;
    const bySecond = new Map<number, number>();
    for (const t of this.times) bySecond.set(Math.floor(t), (bySecond.get(Math.floor(t)) ?? 0) + 1);
    const busiest = [...bySecond].sort((a, b) => b[1] - a[1]).slice(0, 12);
    const seconds = busiest.sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}s:${n}`);
    return `refused in ${SLOW_REFUSAL_MS} ms or more: ${this.times.length.toLocaleString('en-US')}, ${this.firstOfConnection.toLocaleString('en-US')} of them a connection's first request (timed from when it was written on the open connection to when this client read the answer, its own loop's delay included: --server-times splits it); busiest seconds of the spike: ${seconds.join(' ')}`;
  }

  /** The connections' opening, the client's own time, apart from the refusals; null when none was seen. */
  openingSummary(): string | null {
    if (this.connecting.length === 0) return null;
    const { p50, max } = percentiles(this.connecting);
    return `connections opened (client side, not in the latencies above): ${this.connecting.length.toLocaleString('en-US')}, p50 ${p50.toFixed(0)} · max ${max.toFixed(0)} ms after their first request's clock; ${this.slowOnlyWithOpening.toLocaleString('en-US')} first refusals took ${SLOW_REFUSAL_MS} ms or more only with their opening counted in`;
  }
}
