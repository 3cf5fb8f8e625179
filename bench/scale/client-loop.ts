/**
 * The stress client's own event-loop delay, second by second. autocannon runs every connection in
 * this one process: a response the server has written waits here until this loop reads it, and that
 * wait is inside every latency the tool prints. Matched against the server's own times (1M, 200
 * connections, load 11-13), the first second's slow first refusals were written by the server a
 * median 14 ms after their request, and read here a median 171 ms later. Printed beside the server's
 * loop delay, it tells a slow refusal's client part from the server's.
 */
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { percentiles } from './proc.ts';

export class ClientLoopDelay {
  /** The longest delay of each interval, ms. */
  readonly longest: number[] = [];
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: 5 });
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly intervalMs = 1000) {}

  start(): void {
    this.histogram.enable();
    this.timer = setInterval(() => this.take(), this.intervalMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.take();
    this.histogram.disable();
  }

  /** One line for the report: the first interval (the connection burst) apart, then all; null when nothing was measured. */
  summary(thresholdMs: number): string | null {
    if (this.longest.length === 0) return null;
    const { p50, max } = percentiles(this.longest);
    const held = this.longest.filter((ms) => ms >= thresholdMs).length;
    const seconds = this.longest.flatMap((ms, s) => (ms >= thresholdMs ? [`${s}s:${ms.toFixed(0)}`] : []));
    return `client's own event loop (all connections in this process), longest delay in each second: first ${this.longest[0]!.toFixed(0)} · p50 ${p50.toFixed(0)} · max ${max.toFixed(0)} ms; held ${thresholdMs} ms or more in ${held} of ${this.longest.length} seconds${seconds.length > 0 ? ` (${seconds.join(' ')})` : ''}`;
  }

  private take(): void {
    // max is 0 when the interval saw no sample (too short for the resolution): nothing to report then.
    if (this.histogram.count > 0) this.longest.push(this.histogram.max / 1e6);
    this.histogram.reset();
  }
}
