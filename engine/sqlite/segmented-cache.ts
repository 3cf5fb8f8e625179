/**
 * A cache in two LRU segments (a "segmented LRU"): what is looked up for the first time goes on
 * probation, a small segment of its own; only an entry found again while there moves to the kept
 * segment. A spike of distinct searches therefore churns the probation segment alone: its one-off
 * match sets and rankings can neither grow the cache past that segment nor push out what the
 * steady traffic keeps asking for.
 *
 * Measured in one search worker in-process at 1,000,000 paragraphs (the bench's warm mix, then
 * 4,000 searches as `bench/stress.ts --overload` draws them): with one LRU per cache the spike met
 * its caches 0–2 % of the time, filled the match sets 5.5 → 16 MB and the rankings 2.5 → 9.6 MB
 * (their budgets), and evicted the warm mix's sets: the mix then cost 3.0 s of CPU where it had
 * cost 0.26 s.
 */
import { LRUCache } from 'lru-cache';

/** How much one segment may hold: entries, total size (by the cache's `sizeOf`: bytes, hits…), or both. */
export interface SegmentLimits {
  entries?: number | undefined;
  size?: number | undefined;
}

/**
 * The share of a cache's room that entries met once may take: all a spike of distinct searches
 * can fill, while the rest stays with what is asked again.
 */
export const PROBATION_SHARE = 1 / 4;

/** A cache's room (total size, entries, or both) split between its two segments. */
export function segments(room: SegmentLimits): { probation: SegmentLimits; kept: SegmentLimits } {
  const share = (n: number | undefined) => (n === undefined ? undefined : Math.round(n * PROBATION_SHARE));
  const rest = (n: number | undefined) => (n === undefined ? undefined : n - share(n)!);
  return {
    probation: { size: share(room.size), entries: share(room.entries) },
    kept: { size: rest(room.size), entries: rest(room.entries) },
  };
}

export interface SegmentedCacheOptions<V> {
  /** Room for entries met once; also the largest entry the cache takes. */
  probation: SegmentLimits;
  /** Room for entries found again. */
  kept: SegmentLimits;
  /** An entry's size, when a segment is limited by size. */
  sizeOf?: (value: V) => number;
}

function segment<V extends {}>(limits: SegmentLimits, sizeOf: ((value: V) => number) | undefined): LRUCache<string, V> {
  if (limits.size === undefined) return new LRUCache<string, V>({ max: limits.entries! });
  // lru-cache counts sizes as positive integers: an empty array still takes a slot.
  const sizeCalculation = (value: V): number => Math.max(1, sizeOf!(value));
  return limits.entries === undefined
    ? new LRUCache<string, V>({ maxSize: limits.size, sizeCalculation })
    : new LRUCache<string, V>({ max: limits.entries, maxSize: limits.size, sizeCalculation });
}

export class SegmentedCache<V extends {}> {
  private readonly probation: LRUCache<string, V>;
  private readonly kept: LRUCache<string, V>;

  constructor(options: SegmentedCacheOptions<V>) {
    this.probation = segment(options.probation, options.sizeOf);
    this.kept = segment(options.kept, options.sizeOf);
  }

  /** The entry, marked as recently used; one found on probation moves to the kept segment. */
  get(key: string): V | undefined {
    const kept = this.kept.get(key);
    if (kept !== undefined) return kept;
    const value = this.probation.get(key);
    if (value !== undefined) {
      this.probation.delete(key);
      this.kept.set(key, value);
    }
    return value;
  }

  /** The entry, without marking it used or moving it. */
  peek(key: string): V | undefined {
    return this.kept.peek(key) ?? this.probation.peek(key);
  }

  /** A new entry goes on probation; a kept one is replaced where it is. */
  set(key: string, value: V): void {
    if (this.kept.has(key)) this.kept.set(key, value);
    else this.probation.set(key, value);
  }

  /** What each segment holds: its total size when limited by size, else its entries. */
  get held(): { probation: number; kept: number } {
    const held = (c: LRUCache<string, V>) => (c.maxSize > 0 ? c.calculatedSize : c.size);
    return { probation: held(this.probation), kept: held(this.kept) };
  }
}
