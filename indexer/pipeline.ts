/**
 * One file → one article: decode, read the format, clean, settle metadata, split. A pure
 * function of its inputs (bytes, path, manifest entry), so it can be tested without a disk and
 * gives the same article every time for the same file.
 */
import { createHash } from 'node:crypto';
import type { ArticleInput } from '../engine/types.ts';
import { baseArticleId } from './article-id.ts';
import { cleanText } from './clean/index.ts';
import { decodeBytes } from './decode.ts';
import { settleMetadata } from './metadata/index.ts';
import { readerFor } from './readers/index.ts';
import { splitParagraphs } from './split.ts';
import type { Skip, StatedMeta } from './types.ts';

export interface ArticleFile {
  bytes: Uint8Array;
  /** Corpus-relative path with `/` separators. */
  source: string;
  manifestEntry?: StatedMeta | undefined;
  /** The id chosen for the whole corpus (see `assignArticleIds`); derived from `source` if absent. */
  id?: string;
  maxBytes?: number;
}

export type ArticleResult =
  | { ok: true; article: ArticleInput; warnings: string[] }
  | { ok: false; skip: Skip; warnings: string[] };

export function articleFromFile(file: ArticleFile): ArticleResult {
  const reader = readerFor(file.source);
  if (!reader) {
    return { ok: false, skip: { kind: 'unsupported-format', reason: 'unsupported format' }, warnings: [] };
  }
  const decoded = decodeBytes(file.bytes, file.maxBytes === undefined ? {} : { maxBytes: file.maxBytes });
  if (!decoded.ok) return { ok: false, skip: decoded.skip, warnings: [] };

  const read = reader(decoded.text);
  const warnings = [...(read.warnings ?? [])];
  const clean = cleanText(read.text, {
    ...(read.dropped ? { alreadyDropped: read.dropped } : {}),
    ...(read.headingLines ? { headingLines: read.headingLines } : {}),
  });
  const paragraphs = splitParagraphs(clean.kept);
  if (!paragraphs.some((p) => p.kind === 'body')) {
    const reasons = [...new Set(clean.dropped.map((d) => d.reason))].join(', ');
    const reason = `no body text after cleaning (${clean.dropped.length} line(s) dropped${reasons ? `: ${reasons}` : ''}; ${paragraphs.length} heading(s) kept)`;
    return { ok: false, skip: { kind: 'no-body-text', reason }, warnings };
  }

  const meta = settleMetadata({ source: file.source, clean, manifest: file.manifestEntry, frontMatter: read.meta });
  const article: ArticleInput = {
    id: file.id ?? baseArticleId(file.source),
    source: file.source,
    ...meta,
    contentHash: contentHash(file.bytes, file.manifestEntry),
    paragraphs,
    dropped: clean.dropped,
  };
  return { ok: true, article, warnings };
}

/** Changes when the file or its manifest entry changes: the key for incremental reindexing. */
export function contentHash(bytes: Uint8Array, manifestEntry: StatedMeta | undefined): string {
  return createHash('sha256')
    .update(bytes)
    .update('\0')
    .update(JSON.stringify(manifestEntry ?? null))
    .digest('hex');
}
