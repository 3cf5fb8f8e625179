/**
 * The machine's monotonic clock (CLOCK_MONOTONIC) in ms, the same in every process: the stress
 * client's times and the server's (server-timing.ts) subtract directly.
 */

/** performance.now() counts from the process's start on CLOCK_MONOTONIC; this puts it back on the machine's clock. */
const ORIGIN_MS = Number(process.hrtime.bigint()) / 1e6 - performance.now();

export function monotonicMs(): number {
  return ORIGIN_MS + performance.now();
}
