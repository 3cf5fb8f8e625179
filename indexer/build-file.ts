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
  | { ok: true; documents: BuiltDocument[]; problems: Array<{ where: string; reason: string }> };

export async function buildFile(job: FileJob): Promise<FileOutcome> {
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
  });
  if (!found.ok) return { ok: false, skip: found.skip };
  const documents: BuiltDocument[] = [];
  for (const doc of found.documents) {
    if (doc.needsLanguageDetector) await loadLanguageDetector();
    documents.push({ id: doc.id, contentHash: doc.contentHash, record: doc.record, result: doc.build() });
  }
  return { ok: true, documents, problems: found.problems };
}
