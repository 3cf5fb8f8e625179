/**
 * How many cleaning workers a full build gets when the user does not say (`--workers auto`, the
 * default). Measured on the bench's scraped records at 200,000 paragraphs (104 MB), quiet, 2 cores,
 * three alternated pairs: 0 workers 29.7 / 29.0 / 28.7 s, 1 worker 24.9 / 24.8 / 24.6 s (−15 %),
 * for 37–38 → 44 s of process CPU and more memory (peak RSS 880 → 901–919 MB there with the --json
 * report; in `npm run bench`, 560 → 760 MB). A worker costs its start-up and a
 * second copy of the language detector, which a small corpus never wins back, so it is taken only
 * for a corpus of some size and only where a second core exists. More than one worker is not
 * measured: the index is written by a thread of its own (engine/sqlite/build.ts), so on two cores
 * one cleaning worker already keeps both busy.
 */
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The corpus size from which a full build cleans in a worker thread too (~60,000 paragraphs of scraped records). */
export const AUTO_WORKERS_MIN_BYTES = 32 * 1024 * 1024;

/**
 * 1 when the machine has a second core and the corpus's files reach AUTO_WORKERS_MIN_BYTES, else 0.
 * Stops looking once the size is reached, so a big corpus costs a bounded number of `stat` calls.
 */
export async function autoWorkers(
  corpusDir: string,
  articles: readonly string[],
  cores: number = os.availableParallelism(),
): Promise<number> {
  if (cores < 2) return 0;
  let bytes = 0;
  for (const article of articles) {
    bytes += (await stat(path.join(corpusDir, article)).catch(() => null))?.size ?? 0;
    if (bytes >= AUTO_WORKERS_MIN_BYTES) return 1;
  }
  return 0;
}
