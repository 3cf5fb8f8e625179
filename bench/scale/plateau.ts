/**
 * When a server's memory has stopped rising under steady traffic (`npm run stress -- --overload
 * --warm-mix`): a server in service has met the normal mix before any spike, so "flat under a spike"
 * is judged from the level the mix itself reaches, not from a freshly started server's.
 *
 * RSS under steady traffic is a saw (V8 heaps grow to their next limit and collect, per-thread
 * glibc heaps come and go), so the rule reads highs, not single readings: the plateau is reached
 * when the highest reading of the last `quietWindows` windows is no more than `tolerance` above the
 * highest of every window before them.
 */

export interface PlateauRule {
  /** Readings per window (one a second: 10 is a 10-s window). */
  window: number;
  /** Windows at the end that must set no new high. */
  quietWindows: number;
  /** A new high within this fraction of the earlier one is still the plateau (the saw's noise). */
  tolerance: number;
  /**
   * Readings before a plateau may be called: the search workers' caches fill over the mix's first
   * 40-60 s, and a quiet run called a plateau at 30 s ~17 MB under another run's at 60 s.
   */
  minReadings: number;
}

/** 10-s windows; 20 s without a high 2 % over the earlier ones (~4 MB at 200 MB), not before 60 s. */
export const PLATEAU: PlateauRule = { window: 10, quietWindows: 2, tolerance: 0.02, minReadings: 60 };

export interface Plateau {
  /** The highest reading before the quiet windows: the level the server settled at. */
  level: number;
  /** How many readings it took (the end of the first quiet run of windows). */
  readings: number;
}

/**
 * The first point in `readings` (whole windows only, `minReadings` at least) at which the rule
 * holds, or null if it never does. At least one window must come before the quiet ones, so the
 * level is a high already seen.
 */
export function plateauOf(readings: readonly number[], rule: PlateauRule = PLATEAU): Plateau | null {
  const windows = Math.floor(readings.length / rule.window);
  const first = Math.max(rule.quietWindows + 1, Math.ceil(rule.minReadings / rule.window));
  for (let end = first; end <= windows; end++) {
    const split = (end - rule.quietWindows) * rule.window;
    const level = Math.max(...readings.slice(0, split));
    const after = Math.max(...readings.slice(split, end * rule.window));
    if (after <= level * (1 + rule.tolerance)) return { level, readings: end * rule.window };
  }
  return null;
}
