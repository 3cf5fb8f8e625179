/**
 * The serving thread's event-loop delay during a spike, read back from the server's log: the
 * per-second "searches refused" lines (server/logging.ts) carry the longest delay of that second.
 * Printed beside the slow refusals, it says whether they were a held server (a long render, a
 * collection, a core given to other work) or a delay on the client's side.
 */

export interface LoopDelaySummary {
  /** Seconds with refusals that the log summed up. */
  seconds: number;
  /** Of those, the seconds in which the loop was held `thresholdMs` or more at least once. */
  heldSeconds: number;
  /** The per-second longest delays: median, 90th percentile and maximum, ms. */
  p50: number;
  p90: number;
  max: number;
}

/** The summary of the refusal lines in `log` (one JSON object a line; other lines are skipped), or null when there are none. */
export function loopDelayOfRefusals(log: string, thresholdMs: number): LoopDelaySummary | null {
  const delays: number[] = [];
  for (const line of log.split('\n')) {
    if (!line.includes('"loopDelayMaxMs"')) continue;
    try {
      const entry = JSON.parse(line) as { loopDelayMaxMs?: unknown };
      if (typeof entry.loopDelayMaxMs === 'number') delays.push(entry.loopDelayMaxMs);
    } catch {}
  }
  if (delays.length === 0) return null;
  const sorted = delays.sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return {
    seconds: sorted.length,
    heldSeconds: sorted.filter((ms) => ms >= thresholdMs).length,
    p50: at(0.5),
    p90: at(0.9),
    max: sorted.at(-1)!,
  };
}
