/**
 * The machine's monotonic clock (CLOCK_MONOTONIC) in ms, the same in every process: the stress
 * client's times and the server's (server-timing.ts) subtract directly.
 */

/**
 * performance.now() counts from the process's start on CLOCK_MONOTONIC; this puts it back on the
 * machine's clock. One pair of reads is off by however long the thread lost its core between them
 * (milliseconds under a loaded test run: enough to put a server's read before the client's write),
 * so the origin is taken from the tightest of several bracketed reads.
 */
function originMs(): number {
  let best = { width: Number.POSITIVE_INFINITY, origin: 0 };
  for (let i = 0; i < 9; i++) {
    const before = Number(process.hrtime.bigint()) / 1e6;
    const now = performance.now();
    const after = Number(process.hrtime.bigint()) / 1e6;
    if (after - before < best.width) best = { width: after - before, origin: (before + after) / 2 - now };
  }
  return best.origin;
}

const ORIGIN_MS = originMs();

export function monotonicMs(): number {
  return ORIGIN_MS + performance.now();
}
