/**
 * Full collections between corpus files during a big build. V8 collects the old generation
 * lazily, so the garbage of building one large file (its bytes, its decoded text, every record's
 * strings: tens of MB for an 8 MB JSONL file) piles up over several files before a major GC: at
 * 200,000 paragraphs (14 files of ~7.5 MB) the heap reached 230 MB with ~42 MB live. Peak RSS of
 * that build without these collections 391 / 579 MB (it varies with when V8 collects), with one
 * after each file 302 / 308 MB, in the same time (15.3-15.8 s); the 14 collections took 195 ms in
 * all, as a mostly dead heap is cheap to collect.
 *
 * A full collection marks everything still alive, and a big build keeps more alive as it goes
 * (the report's first counts of every article, the furniture learner, the copies' state): at
 * 1M paragraphs ~210-225 MB after each collection against ~90-140 MB at 200k. Run every 8 MB,
 * there were five times as many collections at 1M, each twice the cost (their sum growing with
 * the square of the corpus). So the input read between two collections is at least a
 * `LIVE_SHARE`th of the heap the last one left: each collection's cost stays in proportion to the
 * garbage it frees, and the heap's peak to what is alive (18perf12).
 *
 * `gc()` is only exposed with `--expose-gc`; the flag is switched on just long enough to take the
 * function from a fresh context (the way jest-leak-detector does) and off again, so nothing else
 * in the process sees a global `gc`.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Bytes of input read between two collections at least: about one big record file. */
const BYTES_PER_COLLECTION = 8 * 2 ** 20;
/** The input read between two collections is at least the heap the last one left over this. */
export const LIVE_SHARE = 4;

let fullGc: (() => void) | null | undefined;

function gcFunction(): (() => void) | null {
  if (fullGc !== undefined) return fullGc;
  try {
    setFlagsFromString('--expose-gc');
    fullGc = runInNewContext('gc') as () => void;
    setFlagsFromString('--no-expose-gc');
  } catch {
    // Not available in this runtime: the build works the same, with a higher peak.
    fullGc = null;
  }
  return fullGc;
}

/**
 * Counts the bytes read and runs a full collection once `BYTES_PER_COLLECTION` of them, or a
 * `LIVE_SHARE`th of the heap the last collection left if more, have been read since the last.
 */
export class GarbageCollector {
  private sinceLast = 0;
  private every = BYTES_PER_COLLECTION;

  /**
   * @param heapUsed the heap's size in use (bytes), read after each collection
   * @param collect the collection: V8's full one (null when it cannot be had), or a test's
   */
  constructor(
    private readonly heapUsed: () => number = () => getHeapStatistics().used_heap_size,
    private readonly collect: () => (() => void) | null = gcFunction,
  ) {}

  /** Call after the outputs of a file of `bytes` are consumed (nothing of it is kept any more). Whether it collected. */
  read(bytes: number): boolean {
    this.sinceLast += bytes;
    if (this.sinceLast < this.every) return false;
    this.sinceLast = 0;
    const gc = this.collect();
    if (gc === null) return false;
    gc();
    this.every = Math.max(BYTES_PER_COLLECTION, this.heapUsed() / LIVE_SHARE);
    return true;
  }
}
