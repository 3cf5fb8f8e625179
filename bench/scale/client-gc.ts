/**
 * The stress client's own garbage collections during a spike. All 200 connections run in the tool's
 * one Node process: while its main thread collects, no answer is read, and every refusal in flight is
 * counted the longer. Lined up second by second with the slow refusals (seventeenth session, 1M, the
 * host otherwise quiet), some stalled seconds were the client's: its mark-compacts took 12-18 ms
 * while its main thread also waited 40-86 ms for a core, and the server's loop stayed under 36 ms.
 * Printed beside the client's loop delay, it says whether a held client loop was its collector.
 */
import { type PerformanceEntry, PerformanceObserver } from 'node:perf_hooks';

/** A pause this long or longer is listed by second. */
export const LONG_PAUSE_MS = 10;

/** V8's collection kinds as Node reports them (perf_hooks constants NODE_PERFORMANCE_GC_*). */
const MAJOR = 4;

/** One pause: seconds into the spike, its length (ms), and its kind. */
export type Pause = [number, number, number];

export class ClientGc {
  readonly pauses: Pause[] = [];
  private observer: PerformanceObserver | null = null;
  private startedAt = 0;

  start(): void {
    this.startedAt = performance.now();
    this.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) this.take(entry);
    });
    this.observer.observe({ entryTypes: ['gc'] });
  }

  stop(): void {
    // Entries are delivered after the collection; what is still buffered is taken before disconnecting.
    const observer = this.observer;
    if (observer === null) return;
    for (const entry of observer.takeRecords()) this.take(entry);
    observer.disconnect();
    this.observer = null;
  }

  private take(entry: PerformanceEntry): void {
    // The first delivery can carry collections from before start() (seen: the warm mix's, 1-2 s
    // earlier): only the spike's are counted.
    if (entry.startTime < this.startedAt) return;
    const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0;
    this.pauses.push([(entry.startTime - this.startedAt) / 1000, entry.duration, kind]);
  }

  /** One line for the report; null when nothing was collected. */
  summary(): string | null {
    return summarisePauses(this.pauses);
  }
}

/** "client's own garbage collection: …": counts and longest pause by kind, and the seconds with a long pause. */
export function summarisePauses(pauses: Pause[]): string | null {
  if (pauses.length === 0) return null;
  const major = pauses.filter((p) => p.at(2) === MAJOR);
  const other = pauses.filter((p) => p.at(2) !== MAJOR);
  const longest = (list: Pause[]) => (list.length === 0 ? 0 : Math.max(...list.map((p) => p[1])));
  const total = pauses.reduce((sum, p) => sum + p[1], 0);
  const bySecond = new Map<number, number>();
  for (const [at, ms] of pauses) if (ms >= LONG_PAUSE_MS) bySecond.set(Math.floor(at), Math.max(bySecond.get(Math.floor(at)) ?? 0, ms));
  const seconds = [...bySecond]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .sort((a, b) => a[0] - b[0])
    .map(([s, ms]) => `${s}s:${ms.toFixed(0)}`);
  return `client's own garbage collection: ${other.length.toLocaleString('en-US')} minor (longest ${longest(other).toFixed(0)} ms), ${major.length.toLocaleString('en-US')} mark-compact (longest ${longest(major).toFixed(0)} ms), ${total.toFixed(0)} ms in all; seconds with a pause of ${LONG_PAUSE_MS} ms or more (longest): ${seconds.length > 0 ? seconds.join(' ') : 'none'}`;
}
