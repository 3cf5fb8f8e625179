/**
 * The spike's slow refusals (503s that took the acceptance's 50 ms or more), counted as the stress
 * tool's client sees them: when in the spike they came, and how many were their connection's first
 * request. That first request is timed from when autocannon builds the connection's client, and it
 * builds all of them in one loop before any connection opens: with 200 connections the server
 * accepted the first 21 ms after the first clock started at load 5, 95-107 ms at load 7-12. Those
 * times are partly the client's own, so they are counted apart, with how long the connection took
 * to open (bench/scale/connect-times.ts) and how many were still slow counted from then on.
 */
import { percentiles } from './proc.ts';

/** The acceptance's bound on a refusal (issue 25): every 503 in less than this. */
export const SLOW_REFUSAL_MS = 50;

export class SlowRefusals {
  /** When each slow refusal was answered, seconds into the spike. */
  readonly times: number[] = [];
  /** Of those, the ones that answered their connection's first request. */
  firstOfConnection = 0;
  /** Of those first requests, how long their connection took to open (ms), where the client saw it. */
  readonly connecting: number[] = [];
  /** Of those first requests, the ones that took SLOW_REFUSAL_MS or more after their connection opened. */
  slowAfterConnect = 0;
  private readonly answered = new WeakSet<object>();

  /**
   * One response on `connection` (any object that stands for it), `ms` after its clock started;
   * `connectMs`: for a first request, how much of `ms` the connection took to open, if known.
   * True when this was the connection's first response.
   */
  record(connection: object, status: number, ms: number, secondsIn: number, connectMs?: number): boolean {
    const first = !this.answered.has(connection);
    if (first) this.answered.add(connection);
    if (status !== 503 || ms < SLOW_REFUSAL_MS) return first;
    this.times.push(secondsIn);
    if (!first) return first;
    this.firstOfConnection++;
    if (connectMs === undefined) return first;
    this.connecting.push(connectMs);
    if (ms - connectMs >= SLOW_REFUSAL_MS) this.slowAfterConnect++;
    return first;
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
    return `refused in ${SLOW_REFUSAL_MS} ms or more: ${this.times.length.toLocaleString('en-US')}, ${this.firstOfConnection.toLocaleString('en-US')} of them a connection's first request (timed from before it opened${this.connectingSummary()}); busiest seconds of the spike: ${seconds.join(' ')}`;
  }

  /** How long those first requests' connections took to open, and how many were slow after that. */
  private connectingSummary(): string {
    if (this.connecting.length === 0) return '';
    const { p50, max } = percentiles(this.connecting);
    return `; opening it took p50 ${p50.toFixed(0)} · max ${max.toFixed(0)} ms, and ${this.slowAfterConnect.toLocaleString('en-US')} of them took ${SLOW_REFUSAL_MS} ms or more after it opened`;
  }
}
