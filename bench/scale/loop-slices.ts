/**
 * A process's main thread, slice by slice (100 ms): the event loop's longest delay, and the thread's
 * time on a CPU and waiting in the run queue for one (its schedstat). A held loop that was on a CPU
 * was busy; one that waited for a CPU was starved (other threads, other processes). Used by both
 * sides of a spike (server-timing.ts in the server, the stress tool in the client), on the machine's
 * monotonic clock.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { monotonicMs } from './monotonic.ts';
import { threadSchedstat } from './proc.ts';

/** [slice end (monotonic ms), longest loop delay, on-CPU, run-queue wait] (ms). */
export type Slice = [number, number, number, number];

const SLICE_MS = 100;
/**
 * The server's own sampler's (server/logging.ts): finer costs the measured thread a timer turn more
 * often, and the question is stalls of 50 ms. With 2 ms (and an array a row) the probe cost the door
 * 9-10 µs more CPU a refusal (door-cost, load 18-20); with 10 ms and no array 0-7 µs (load 19-26).
 */
const RESOLUTION_MS = 10;

/** The main thread's schedstat: [ns on a CPU, ns waiting for one]; zeros where there is none. */
function schedstat(): [number, number] {
  return threadSchedstat('self', process.pid) ?? [0, 0];
}

export class LoopSlices {
  readonly slices: Slice[] = [];
  readonly sliceMs = SLICE_MS;
  private readonly delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  private timer: NodeJS.Timeout | undefined;
  private last: [number, number] = [0, 0];

  start(): void {
    this.delay.enable();
    this.last = schedstat();
    this.timer = setInterval(() => this.take(), SLICE_MS).unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.take();
    this.delay.disable();
  }

  private take(): void {
    const now = schedstat();
    const max = this.delay.count > 0 ? this.delay.max / 1e6 : 0;
    this.slices.push([monotonicMs(), max, (now[0] - this.last[0]) / 1e6, (now[1] - this.last[1]) / 1e6]);
    this.last = now;
    this.delay.reset();
  }
}

/** Over the slices ending within (from, to + sliceMs]: the longest delay and the summed CPU and wait, ms. */
export function slicesBetween(slices: Slice[], from: number, to: number, sliceMs: number) {
  const within = slices.filter(([end]) => end > from && end - sliceMs < to);
  if (within.length === 0) return null;
  return {
    slices: within.length,
    maxDelay: Math.max(...within.map((s) => s[1])),
    cpu: within.reduce((n, s) => n + s[2], 0),
    wait: within.reduce((n, s) => n + s[3], 0),
  };
}
