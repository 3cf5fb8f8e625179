/**
 * Full collections between corpus files during a big build. V8 collects the old generation
 * lazily, so the garbage of building one large file (its bytes, its decoded text, every record's
 * strings: tens of MB for an 8 MB JSONL file) piles up over several files before a major GC: at
 * 200,000 paragraphs (14 files of ~7.5 MB) the heap reached 230 MB with ~42 MB live. Peak RSS of
 * that build without these collections 391 / 579 MB (it varies with when V8 collects), with one
 * after each file 302 / 308 MB, in the same time (15.3-15.8 s); the 14 collections took 195 ms in
 * all, as a mostly dead heap is cheap to collect.
 *
 * `gc()` is only exposed with `--expose-gc`; the flag is switched on just long enough to take the
 * function from a fresh context (the way jest-leak-detector does) and off again, so nothing else
 * in the process sees a global `gc`.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Bytes of input read between two collections: about one big record file. */
const BYTES_PER_COLLECTION = 8 * 2 ** 20;

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

/** Counts the bytes read and runs a full collection once every `BYTES_PER_COLLECTION` of them. */
export class GarbageCollector {
  private sinceLast = 0;

  /** Call after the outputs of a file of `bytes` are consumed (nothing of it is kept any more). */
  read(bytes: number): void {
    this.sinceLast += bytes;
    if (this.sinceLast < BYTES_PER_COLLECTION) return;
    this.sinceLast = 0;
    gcFunction()?.();
  }
}
