/**
 * An LRU cache that a traffic spike cannot fill. Normally it is one LRU, as the search worker's
 * caches always were; while the server is refusing searches (`SearchOptions.spike`), a new entry
 * goes on a small probation segment instead, and reaches the main LRU only when a later search
 * asks for it again: found there, or stored again after a key recorded as stored before (a fixed
 * table of key hashes, so an entry pushed off probation still counts as met once). A spike's
 * distinct searches then churn the probation segment alone: they neither grow the cache past it
 * nor push out what steady traffic reuses. Normal traffic the gate refuses some of (a loaded
 * machine) still fills the main LRU, on each entry's second search.
 *
 * Why only during a spike: a cache that always made new entries wait on probation (a segmented
 * LRU, tried and reverted in the seventh session) halved the 32-connection stress mix at 1M
 * (154 against 349 req/s). Counted in-process (one worker, the mix's 325 searches a cycle, 273
 * distinct): a cycle needs 13.8 MB of match sets, so a probation segment of 4 MB was churned
 * before any entry was asked again: match-set hits 45 of 442 lookups a cycle against 370, shown
 * hits 2 of 284 against 293, 2.0 s of CPU a cycle against 0.53 s.
 */
import { LRUCache } from 'lru-cache';

/**
 * The share of a cache's room its probation segment gets, on top of it: all a spike can add to a
 * cache. Big enough for what one search reads back from its own entries (the largest match set is
 * a bitmap of the index, 125 KB at a million paragraphs; the smallest segment, of a 4-MB cache, is
 * 256 KB). An eighth until the twenty-second session: on a cold server the segments that no
 * warm-up search meets (collapsed sets, summaries) fill during the spike itself, by up to that
 * share of their budgets; a sixteenth halves it (in-process on the 1M stress index, 3,000 spike
 * searches after the start-up warm-up: probation held 7.0 → 3.6 MB in all, collapsed sets 2.0 → 1.0 MB,
 * CPU 4.65 → 4.58 ms a search, main segments alike).
 */
export const PROBATION_SHARE = 1 / 16;

/**
 * Shared by one snapshot's caches: whether the search now running was admitted during a spike,
 * and which search it is (an entry a search stores and reads back itself is not "asked again").
 */
export class CacheGuard {
  spike = false;
  search = 0;

  /** Called before each search or article read. */
  begin(spike: boolean): void {
    this.spike = spike;
    this.search++;
  }
}

/** Slots of the table of keys stored during a spike: a fixed 32 KB a cache, whatever the spike. */
const SEEN_SLOTS = 4_096;

/** FNV-1a over the key's UTF-16 code units, never 0 (0 marks an empty slot). */
function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0 || 1;
}

export interface GuardedCacheOptions<V> {
  guard: CacheGuard;
  /** Entries the main LRU holds, or the heap bytes its entries take (`sizeOf` of each value, plus ENTRY_BYTES and its key), or both. */
  max?: number;
  maxSize?: number;
  /** The largest entry the main LRU takes (lru-cache's default: `maxSize`). */
  maxEntrySize?: number;
  /** Bytes a value holds (a typed array's `byteLength`, a string's length). */
  sizeOf?: (value: V) => number;
}

interface OnProbation<V> {
  value: V;
  /** The search that stored it (CacheGuard.search). */
  by: number;
}

/**
 * Heap bytes an entry costs beyond what `sizeOf` counts for its value and one byte a character of
 * its key: the value's own objects (a typed array and its buffer: ~200 bytes however short) and
 * the LRU's map and list slots. Counted (50,000 sets of three rowids under 40-character keys,
 * heap after a full GC): 551 bytes an entry, where `byteLength` alone said 12. Without it a cache
 * of small sets was bounded in name only: a spike's distinct rare words filled the collapsed sets
 * with tens of thousands of entries, the worker's live heap growing with every search.
 */
export const ENTRY_BYTES = 512;

/** lru-cache counts sizes as positive integers. */
const positive = (n: number): number => Math.max(1, n);

/** An LRU limited by entries, by total bytes (each entry's `size` plus its key and ENTRY_BYTES), or both. */
function lru<T extends {}>(
  max: number | undefined,
  maxSize: number | undefined,
  size: ((t: T) => number) | undefined,
  maxEntrySize?: number,
) {
  if (maxSize === undefined) return new LRUCache<string, T>({ max: max! });
  const sizeCalculation = (t: T, key: string): number => positive(size!(t) + ENTRY_BYTES + key.length);
  const bySize = { maxSize, sizeCalculation, ...(maxEntrySize === undefined ? {} : { maxEntrySize }) };
  return max === undefined ? new LRUCache<string, T>(bySize) : new LRUCache<string, T>({ max, ...bySize });
}

function held<T extends {}>(c: LRUCache<string, T>): number {
  return c.maxSize > 0 ? c.calculatedSize : c.size;
}

export class GuardedCache<V extends {}> {
  private readonly guard: CacheGuard;
  private readonly main: LRUCache<string, V>;
  private readonly probation: LRUCache<string, OnProbation<V>>;
  /**
   * Keys stored during a spike, by slot (hash mod SEEN_SLOTS): the key's hash and the search that
   * stored it. A collision forgets the older key, which then waits for a third sighting.
   */
  private readonly seenHash = new Uint32Array(SEEN_SLOTS);
  private readonly seenBy = new Uint32Array(SEEN_SLOTS);

  constructor(options: GuardedCacheOptions<V>) {
    const { guard, max, maxSize, sizeOf } = options;
    const share = (n: number | undefined) => (n === undefined ? undefined : Math.max(1, Math.round(n * PROBATION_SHARE)));
    this.guard = guard;
    this.main = lru(max, maxSize, sizeOf, options.maxEntrySize);
    this.probation = lru<OnProbation<V>>(share(max), share(maxSize), sizeOf && ((p) => sizeOf(p.value)));
  }

  /** The entry, marked used; one on probation that a later search asks for moves to the main LRU. */
  get(key: string): V | undefined {
    const value = this.main.get(key);
    if (value !== undefined || this.probation.size === 0) return value;
    const waiting = this.probation.get(key);
    if (waiting === undefined) return undefined;
    if (!this.guard.spike || waiting.by !== this.guard.search) {
      this.probation.delete(key);
      this.main.set(key, waiting.value);
    }
    return waiting.value;
  }

  /** The entry, without marking it used or moving it. */
  peek(key: string): V | undefined {
    return this.main.peek(key) ?? this.probation.peek(key)?.value;
  }

  /** A new entry goes on probation during a spike, else (or when the key is held already) in the main LRU. */
  set(key: string, value: V): void {
    if (this.guard.spike && !this.main.has(key) && !this.storedBefore(key)) {
      this.probation.set(key, { value, by: this.guard.search });
      return;
    }
    if (this.probation.size > 0) this.probation.delete(key);
    // lru-cache keeps the size it counted when the same object is stored again (its `set` only
    // moves it to the front), so a value grown in place since (a summary's new page, an
    // expression's new shown hits) would stay counted at its first size: store it anew.
    if (this.main.peek(key) === value) this.main.delete(key);
    this.main.set(key, value);
  }

  /** Whether an earlier search stored `key` during a spike; records this search's storing it. */
  private storedBefore(key: string): boolean {
    const hash = keyHash(key);
    const slot = hash % SEEN_SLOTS;
    const search = this.guard.search >>> 0;
    if (this.seenHash[slot] === hash && this.seenBy[slot] !== search) return true;
    this.seenHash[slot] = hash;
    this.seenBy[slot] = search;
    return false;
  }

  clear(): void {
    this.main.clear();
    this.probation.clear();
  }

  /** What each part holds: its total size when limited by size, else its entries. */
  get held(): { main: number; probation: number } {
    return { main: held(this.main), probation: held(this.probation) };
  }
}
