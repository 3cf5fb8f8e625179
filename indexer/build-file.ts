/**
 * One corpus file → everything a full build needs from it: read it (read-file.ts: the size limit,
 * its documents), and build each one. A pure function of the job, so it runs the same in a worker
 * thread (build-pool.ts) as in the indexing process, and its outcome is plain data that crosses
 * threads.
 */
import type { FurnitureSample } from './clean/furniture.ts';
import type { FolderOutlet } from './infer/outlet-folder.ts';
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

import type { FilePart } from './read/formats/index.ts';

export type { FilePart } from './read/formats/index.ts';

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
  const found = await readFileDocuments(job, options.furniture, undefined, options.part);
  if (!found.ok) return found;
  const { documents: pending, problems } = found;
  if (pending.some((doc) => doc.needsLanguageDetector)) await loadLanguageDetector();
  function* build(): Generator<BuiltDocument> {
    for (const doc of pending) {
      const result = doc.build();
      yield { id: doc.id, contentHash: doc.contentHash, record: doc.record, result, sample: doc.furnitureSample() };
    }
  }
  return { ok: true, documents: options.lazy ? build() : [...build()], problems, bytes: found.bytes };
}

/** What the furniture fix-up needs of one document read with what the corpus taught (`checkFile`). */
export interface CheckedDocument {
  /** Its place among its file's documents (`readFileDocuments`' order). */
  index: number;
  id: string;
  contentHash: string;
  record: string | null;
  /** `PendingArticle.learned`: whether what the corpus taught is in its hash. */
  learned: boolean;
  /** `PendingArticle.learnedLines()`, for a learned document only (empty otherwise). */
  learnedLines: number[];
}

export type CheckOutcome = { ok: false; skip: Skip } | { ok: true; documents: CheckedDocument[] };

/**
 * One file (or part of one) read again with the corpus's furniture and folder outlets, as the
 * fix-up reads it (furniture-fixup.ts): each document's new hash and learned lines, nothing built.
 * Plain data, so it crosses threads (build-pool.ts `checkFiles`); the few documents the fix-up
 * must build again it reads again itself.
 */
export async function checkFile(
  job: FileJob,
  options: { furniture: ReadonlySet<string> | undefined; folderOutlets?: ReadonlyMap<string, FolderOutlet> | undefined; part?: FilePart },
): Promise<CheckOutcome> {
  const found = await readFileDocuments(job, options.furniture, options.folderOutlets, options.part);
  if (!found.ok) return found;
  const documents: CheckedDocument[] = [];
  for (const [i, doc] of found.documents.entries()) {
    documents.push({
      index: found.firstIndex + i,
      id: doc.id,
      contentHash: doc.contentHash,
      record: doc.record,
      learned: doc.learned,
      learnedLines: doc.learned ? doc.learnedLines() : [],
    });
  }
  return { ok: true, documents };
}
