/**
 * One corpus file → everything a full build needs from it: read it (read-file.ts: the size limit,
 * its documents), and build each one. A pure function of the job, so it runs the same in a worker
 * thread (build-pool.ts) as in the indexing process, and its outcome is plain data that crosses
 * threads.
 */
import type { FurnitureSample } from './clean/furniture.ts';
import { loadLanguageDetector, type ArticleResult } from './pipeline.ts';
import { readFileDocuments, type FileJob } from './read/read-file.ts';
import type { Skip } from './types.ts';

export type { FileJob } from './read/read-file.ts';

export interface BuiltDocument {
  id: string;
  contentHash: string;
  record: string | null;
  result: ArticleResult;
  /** What the corpus furniture learner needs of it, read by the same build. */
  sample: FurnitureSample;
}

/** Which share of a file's documents a build makes: part `index` of `of` equal runs, in order. */
export interface FilePart {
  index: number;
  of: number;
}

export type FileOutcome =
  | { ok: false; skip: Skip }
  | { ok: true; documents: Iterable<BuiltDocument>; problems: Array<{ where: string; reason: string }>; bytes: number };

/**
 * @param options.lazy build each document only when the caller iterates to it (the same documents,
 *   in the same order), instead of all of them before returning. A record file holds thousands of
 *   articles: built up front, all of them are alive at once (8 MB JSONL files: the indexer's heap
 *   peaked at ~175 MB of 210 MB at 200,000 paragraphs). A worker thread needs them all, to send.
 * @param options.part build only that run of the file's documents (build-pool.ts); the file's
 *   `problems` come with part 0 only.
 */
export async function buildFile(
  job: FileJob,
  options: { lazy?: boolean; furniture?: ReadonlySet<string> | undefined; part?: FilePart | undefined } = {},
): Promise<FileOutcome> {
  const found = await readFileDocuments(job, options.furniture);
  if (!found.ok) return found;
  const part = options.part;
  const all = found.documents;
  const pending =
    part && part.of > 1 ? all.slice(partStart(all.length, part.index, part.of), partStart(all.length, part.index + 1, part.of)) : all;
  const problems = part && part.index > 0 ? [] : found.problems;
  if (pending.some((doc) => doc.needsLanguageDetector)) await loadLanguageDetector();
  function* build(): Generator<BuiltDocument> {
    for (const doc of pending) {
      const result = doc.build();
      yield { id: doc.id, contentHash: doc.contentHash, record: doc.record, result, sample: doc.furnitureSample() };
    }
  }
  return { ok: true, documents: options.lazy ? build() : [...build()], problems, bytes: found.bytes };
}

/** Where part `index` of `of` starts among `n` documents. */
function partStart(n: number, index: number, of: number): number {
  return Math.floor((n * index) / of);
}
