/**
 * One corpus file → everything a full build needs from it: read it (with the size limit), find its
 * documents, and build each one. A pure function of the job, so it runs the same in a worker thread
 * (build-pool.ts) as in the indexing process, and its outcome is plain data that crosses threads.
 */
import { readFile, stat } from 'node:fs/promises';
import { formatBytes } from './decode.ts';
import { documentsFromFile, loadLanguageDetector, type ArticleResult } from './pipeline.ts';
import type { Skip, StatedMeta } from './types.ts';

export interface FileJob {
  /** Corpus-relative path with `/` separators. */
  source: string;
  /** Where to read it. */
  file: string;
  manifestEntry?: StatedMeta | undefined;
  folderEntry?: { meta: StatedMeta; from: string } | undefined;
  id: string;
  maxBytes: number;
}

export interface BuiltDocument {
  id: string;
  contentHash: string;
  record: string | null;
  result: ArticleResult;
}

export type FileOutcome =
  | { ok: false; skip: Skip }
  | { ok: true; documents: Iterable<BuiltDocument>; problems: Array<{ where: string; reason: string }>; bytes: number };

/**
 * @param options.lazy build each document only when the caller iterates to it (the same documents,
 *   in the same order), instead of all of them before returning. A record file holds thousands of
 *   articles: built up front, all of them are alive at once (8 MB JSONL files: the indexer's heap
 *   peaked at ~175 MB of 210 MB at 200,000 paragraphs). A worker thread needs them all, to send.
 */
export async function buildFile(job: FileJob, options: { lazy?: boolean; furniture?: ReadonlySet<string> | undefined } = {}): Promise<FileOutcome> {
  let bytes: Buffer;
  try {
    // Checked before reading, so a stray multi-gigabyte dump is never loaded into memory.
    const { size } = await stat(job.file);
    if (size > job.maxBytes) return { ok: false, skip: { kind: 'too-large', reason: `file is ${formatBytes(size)}, over the ${formatBytes(job.maxBytes)} limit` } };
    bytes = await readFile(job.file);
  } catch (error) {
    return { ok: false, skip: { kind: 'unreadable', reason: `cannot be read: ${(error as Error).message}` } };
  }
  const found = documentsFromFile({
    bytes,
    source: job.source,
    manifestEntry: job.manifestEntry,
    folderEntry: job.folderEntry,
    id: job.id,
    maxBytes: job.maxBytes,
    furniture: options.furniture,
  });
  if (!found.ok) return { ok: false, skip: found.skip };
  if (found.documents.some((doc) => doc.needsLanguageDetector)) await loadLanguageDetector();
  const pending = found.documents;
  function* build(): Generator<BuiltDocument> {
    for (const doc of pending) yield { id: doc.id, contentHash: doc.contentHash, record: doc.record, result: doc.build() };
  }
  return { ok: true, documents: options.lazy ? build() : [...build()], problems: found.problems, bytes: bytes.length };
}
