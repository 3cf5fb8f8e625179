/**
 * One file → its articles: decode, read the format (one document, or one per record), then for
 * each document the one shared path: clean, split, settle metadata. Pure functions of their
 * inputs (bytes, path, manifest entries), so they can be tested without a disk and give the same
 * articles every time for the same file.
 *
 * Building is split from identifying: `documentsFromFile` gives each document's id and content
 * hash cheaply, and `build()` does the cleaning, so an incremental run skips unchanged articles
 * without cleaning them. `build()` needs `await loadLanguageDetector()` once before when the
 * document's `needsLanguageDetector` says so.
 */
import { createHash, hash as hashOnce } from 'node:crypto';
import type { ArticleInput, DroppedLine } from '../engine/contract/types.ts';
import { baseArticleId } from './article-id.ts';
import { cleanText } from './clean/index.ts';
import { withoutOutletLines } from './clean/outlet-lines.ts';
import { decodeBytes } from './read/decode.ts';
import { lineKey } from './clean/shape.ts';
import {
  candidateKey,
  type FurnitureFound,
  type FurnitureSample,
  furnitureOfLines,
  furnitureSample,
  furnitureSampleOf,
  learnedTailStart,
} from './clean/furniture.ts';
import { type PageLine, pageLines } from './clean/page-lines.ts';
import { settleMetadata } from './infer/index.ts';
import { visitDatesIn } from './infer/date-visit.ts';
import { type FolderOutlet, ofTheSite } from './infer/outlet-folder.ts';
import { corpusOutletsDigest } from './infer/outlet-listed-index.ts';
import { withDefiniteArticle } from './infer/outlet.ts';
export { loadLanguageDetector } from './infer/language.ts';
import { type FilePart, readerFor, type ReaderOutput } from './read/formats/index.ts';
import { partStart } from './read/formats/records.ts';
import { splitParagraphs } from './split/paragraphs.ts';
import type { CleanResult, KeptLine, Settled, Skip, StatedMeta } from './types.ts';

/**
 * Part of every content hash. Bump it when a change to the indexer changes what it makes of the
 * same file, so the next incremental run re-indexes everything instead of keeping stale articles.
 */
export const INDEXER_VERSION = 2;

export interface ArticleFile {
  bytes: Uint8Array;
  /** Corpus-relative path with `/` separators. */
  source: string;
  manifestEntry?: StatedMeta | undefined;
  /** The manifest's `folders:` entry that applies to this file, if any. */
  folderEntry?: { meta: StatedMeta; from: string } | undefined;
  /** The id chosen for the whole corpus (see `assignArticleIds`); derived from `source` if absent. */
  id?: string;
  maxBytes?: number;
  /**
   * The corpus's furniture (furniture.ts): line keys of short lines found in many different
   * articles. A kept line with one of these keys is dropped as 'boilerplate', and the keys found
   * in a document are part of its content hash.
   */
  furniture?: ReadonlySet<string> | undefined;
  /**
   * The outlet the pages of this file's folder agree on (infer/outlet-folder.ts): the outlet of
   * a document whose text names none of its own. Part of the content hash when set.
   */
  folderOutlet?: FolderOutlet | undefined;
  /**
   * Only that part of a record file's records (build-pool.ts): a JSONL file's part reads only its
   * own lines (`readJsonLines`); another format is read whole and its records cut into the part.
   * Its `problems` are the part's own lines' (JSONL), or the whole file's with part 0 (others).
   */
  part?: FilePart | undefined;
}

export type ArticleResult =
  | {
      ok: true;
      article: ArticleInput;
      warnings: string[];
      /**
       * The lines (1-based, `pageLines` numbering) the page rules kept, before the corpus's
       * furniture and the outlet's credit lines were taken out: what learned furniture could take
       * out of this article (furniture-fixup.ts asks, with `learnedLines`, whether it would).
       */
      keptLines?: Uint32Array;
      /**
       * Built with no visit date learned: the dates the date reader would not have counted had
       * they been the visit's (a bare date line above the headline; infer/date-visit.ts), once
       * each. Absent when none. Learned visit dates change the article only if one is among these.
       */
      datesAsked?: string[];
    }
  | { ok: false; skip: Skip; warnings: string[] };

/** A document found in a file, not yet cleaned. */
export interface PendingArticle {
  id: string;
  contentHash: string;
  /**
   * Whether what the corpus taught (`ArticleFile.furniture` its text holds, `folderOutlet`) is in
   * its content hash: false when the hash is the one a read without them gives.
   */
  learned: boolean;
  /** Which record of a record file ("record 3 (line 4)"); null for single-article formats. */
  record: string | null;
  /**
   * Whether `build()` will detect the language: only when neither the manifest, the file, nor its
   * folder states it. The caller loads the detector (~80 MB) only then.
   */
  needsLanguageDetector: boolean;
  build(): ArticleResult;
  /**
   * The lines of its text (1-based, as `keptLines` numbers them) holding the corpus's furniture
   * (`ArticleFile.furniture`): a line with a learned key, or a learned block heading. Furniture
   * changes the article `build()` makes only where its page rules kept one of these lines.
   */
  learnedLines(): number[];
  /**
   * What the corpus furniture learner needs of it (furniture.ts), from the text `build()` reads:
   * after `build()` it costs nothing more, so a full build learns within its one read.
   */
  furnitureSample(): FurnitureSample;
}

export type FileDocuments =
  | {
      ok: true;
      documents: PendingArticle[];
      problems: Array<{ where: string; reason: string }>;
      warnings: string[];
      /** How many of the file's documents come before these (`ArticleFile.part`; 0 for a whole file). */
      firstIndex: number;
    }
  | { ok: false; skip: Skip; warnings: string[] };

export function documentsFromFile(file: ArticleFile): FileDocuments {
  const reader = readerFor(file.source);
  if (!reader) {
    return { ok: false, skip: { kind: 'unsupported-format', reason: 'unsupported format' }, warnings: [] };
  }
  const decoded = decodeBytes(file.bytes, file.maxBytes === undefined ? {} : { maxBytes: file.maxBytes });
  if (!decoded.ok) return { ok: false, skip: decoded.skip, warnings: [] };

  const fileId = file.id ?? baseArticleId(file.source);
  const read = reader(decoded.text, file.part);
  // The digest of a document that holds nothing the corpus taught.
  const plain = learnedDigest(null, NOTHING_LEARNED);
  if (read.kind === 'single') {
    const found = furnitureFound(() => read.output.text, file);
    const digest = learnedDigest(found, file);
    const hash = contentHash(file.bytes, file.manifestEntry, file.folderEntry, digest);
    return {
      ok: true,
      documents: [
        {
          id: fileId,
          contentHash: hash,
          learned: digest !== plain,
          record: null,
          needsLanguageDetector: !statesLanguage(file, read.output),
          build: () => buildArticle(file, read.output, fileId, hash, null),
          learnedLines: () => found?.lines ?? [],
          furnitureSample: () => furnitureSample(read.output.text),
        },
      ],
      problems: [],
      warnings: [],
      firstIndex: 0,
    };
  }
  // A part read alone (JSONL) holds neither: the decoded file is not blank, so one of its lines is a record or a problem.
  if (!read.part && read.records.length === 0 && read.problems.length > 0 && read.problems[0]!.where === 'whole file') {
    return { ok: false, skip: { kind: 'malformed', reason: read.problems[0]!.reason }, warnings: [] };
  }
  if (!read.part && read.records.length === 0 && read.problems.length === 0) {
    return { ok: false, skip: { kind: 'empty', reason: 'holds no records' }, warnings: [] };
  }
  let { records, problems } = read;
  let firstIndex = read.firstIndex ?? 0;
  const part = file.part;
  if (!read.part && part !== undefined && part.of > 1) {
    firstIndex = partStart(records.length, part.index, part.of);
    records = records.slice(firstIndex, partStart(records.length, part.index + 1, part.of));
    if (part.index > 0) problems = [];
  }
  const documents = records.map((record): PendingArticle => {
    const id = `${fileId}-${record.key}`;
    // Hashed as the string: `update` encodes it as UTF-8, the same bytes TextEncoder would make, without the copy.
    // With furniture, the record's text is read once more here: its hash depends on its furniture.
    // Without (a first full build) it is not read: that read parsed the record's JSON again for nothing (18perf13).
    const found = furnitureFound(() => record.readText(), file);
    const digest = learnedDigest(found, file);
    const hash = contentHash(record.raw, file.manifestEntry, file.folderEntry, digest);
    // The sample, not the text, is kept from `build()`: a record's text is read again rather than held (records.ts).
    let sample: FurnitureSample | undefined;
    return {
      id,
      contentHash: hash,
      learned: digest !== plain,
      record: record.where,
      needsLanguageDetector: !statesLanguage(file, record),
      build: () => {
        const text = record.readText();
        const lines = pageLines(text);
        sample = furnitureSampleOf(lines, text);
        return buildArticle(file, { ...record, text }, id, hash, record.where, lines);
      },
      learnedLines: () => found?.lines ?? [],
      furnitureSample: () => (sample ??= furnitureSample(record.readText())),
    };
  });
  return { ok: true, documents, problems, warnings: [], firstIndex };
}

/**
 * Every document's text in a file, as `build()` would clean it (decoded, read by its format), for
 * the furniture pre-pass. Empty for a file that cannot be decoded or read: the build reports it.
 */
export function documentTexts(file: Pick<ArticleFile, 'bytes' | 'source' | 'maxBytes'>): string[] {
  const reader = readerFor(file.source);
  if (!reader) return [];
  const decoded = decodeBytes(file.bytes, file.maxBytes === undefined ? {} : { maxBytes: file.maxBytes });
  if (!decoded.ok) return [];
  const read = reader(decoded.text);
  return read.kind === 'single' ? [read.output.text] : read.records.map((r) => r.readText());
}

const NOTHING_LEARNED: Pick<ArticleFile, 'furniture' | 'folderOutlet'> = {};

/**
 * The learned furniture a document's text holds: its keys (for the hash) and the lines holding them
 * (`learnedLines()`, for the fix-up), from one read of its page lines; null when the corpus taught none.
 */
function furnitureFound(text: () => string, file: Pick<ArticleFile, 'furniture'>): FurnitureFound | null {
  return file.furniture?.size ? furnitureOfLines(pageLines(text()), file.furniture) : null;
}

/**
 * What the corpus taught that this document's article depends on, as one string for its hash: the
 * furniture its text holds (`found`), its folder's outlet and the corpus's own outlet list; '' when
 * none (the hash is then as before).
 */
function learnedDigest(found: FurnitureFound | null, file: Pick<ArticleFile, 'folderOutlet'>): string {
  const furniture = found === null ? '' : found.keys.join('\n');
  const outlet = file.folderOutlet;
  const learned = outlet ? `${furniture}\0folder-outlet\0${outlet.value}\0${outlet.from}\0${outlet.siteLines.join('\n')}` : furniture;
  // The corpus's own outlets (outlets.tsv) too: editing them re-reads every article on an update.
  const outlets = corpusOutletsDigest();
  return outlets === '' ? learned : `${learned}\0outlets\0${outlets}`;
}

/**
 * Drops the kept lines that are the corpus's furniture, as 'boilerplate'. Only lines of the shape
 * the furniture was learned from (`candidateKey`), never the headline or a repeat of it.
 */
function dropFurniture(clean: CleanResult, furniture: ReadonlySet<string> | undefined): CleanResult {
  if (!furniture?.size) return clean;
  const headlineKey = clean.headline ? lineKey(clean.headline.text) : null;
  const kept: KeptLine[] = [];
  const dropped: DroppedLine[] = [];
  // A learned block heading and the items under it, to the page's end (furniture.ts, `MIN_TAIL_ARTICLES`).
  const tail = learnedTailStart(clean.kept, furniture, headlineKey);
  for (const [i, line] of clean.kept.entries()) {
    const key = candidateKey(line.text);
    if ((tail >= 0 && i >= tail) || (key !== null && key !== headlineKey && furniture.has(key)))
      dropped.push({ line: line.line, reason: 'boilerplate', text: line.text });
    else kept.push(line);
  }
  if (dropped.length === 0) return clean;
  return { ...clean, kept, dropped: [...clean.dropped, ...dropped].sort((a, b) => a.line - b.line) };
}

/** The same levels `settleMetadata` takes a stated language from. */
function statesLanguage(file: ArticleFile, read: Pick<ReaderOutput, 'meta'>): boolean {
  return statedLanguage(file, read) !== undefined;
}

/** The language stated for the document, in `settleMetadata`'s order (manifest, file, folder). */
function statedLanguage(file: ArticleFile, read: Pick<ReaderOutput, 'meta'>): string | undefined {
  return file.manifestEntry?.language ?? read.meta?.language ?? file.folderEntry?.meta.language;
}

/** @param lines `pageLines(read.text)`, when the caller made them already (for the furniture sample). */
function buildArticle(
  file: ArticleFile,
  read: ReaderOutput,
  id: string,
  hash: string,
  record: string | null,
  lines = pageLines(read.text),
): ArticleResult {
  const warnings = [...(read.warnings ?? [])];
  // Every reader gives normalized text (decode.ts): single documents from the decoded file, records from their own strings.
  const cleaned = cleanText(read.text, {
    ...(read.dropped ? { alreadyDropped: read.dropped } : {}),
    ...(read.headingLines ? { headingLines: read.headingLines } : {}),
    ...(read.titleLine ? { titleLine: read.titleLine } : {}),
    language: statedLanguage(file, read),
    url: file.manifestEntry?.url ?? read.meta?.url,
    lines,
  });
  const keptLines = new Uint32Array(cleaned.kept.length);
  for (let i = 0; i < keptLines.length; i++) keptLines[i] = cleaned.kept[i]!.line;
  let clean = dropFurniture(cleaned, file.furniture);
  const visitDates = visitDatesIn(file.furniture);
  const asked = visitDates.size === 0 ? new DatesAsked() : null;
  let paragraphs = splitParagraphs(clean.kept);
  if (!paragraphs.some((p) => p.kind === 'body')) {
    const reasons = [...new Set(clean.dropped.map((d) => d.reason))].join(', ');
    const reason = `no body text after cleaning (${clean.dropped.length} line(s) dropped${reasons ? `: ${reasons}` : ''}; ${paragraphs.length} heading(s) kept)`;
    return { ok: false, skip: { kind: 'no-body-text', reason }, warnings };
  }

  const { unconfirmedOutlet, ...meta } = settleMetadata({
    source: file.source,
    clean,
    manifest: file.manifestEntry,
    frontMatter: read.meta,
    frontMatterFrom: read.metaFrom,
    folder: file.folderEntry,
    byline: read.byline,
    folderOutlet: siteOutlet(file.folderOutlet, read.text, lines),
    visitDates: asked ?? visitDates,
    paragraphs: paragraphs.filter((p) => p.kind === 'body').map((p) => p.text),
  });
  if (record !== null) meta.provenance.record = record;
  // The outlet's name alone on a line is its credit: known only now that the page's evidence settled it.
  // A name no second place confirmed is not the outlet, but alone on its line it is still a credit (task 18out3).
  const credited = withoutOutletLines(clean, unconfirmedOutlet ?? meta.outlet);
  if (credited) {
    clean = credited;
    paragraphs = splitParagraphs(clean.kept);
  }
  const article: ArticleInput = {
    id,
    source: file.source,
    ...meta,
    contentHash: hash,
    paragraphs,
    dropped: clean.dropped,
  };
  return { ok: true, article, warnings, keptLines, ...(asked !== null && asked.asked.length > 0 ? { datesAsked: asked.asked } : {}) };
}

/**
 * No visit date, remembering the dates asked about: what the article's date would have become
 * with learned visit dates (`datesAsked`), known without building it again.
 */
class DatesAsked extends Set<string> {
  readonly asked: string[] = [];
  override has(iso: string): boolean {
    if (!this.asked.includes(iso)) this.asked.push(iso);
    return super.has(iso);
  }
}

/** The folder's outlet for a document that is one of the site's pages (outlet-folder.ts), as settled metadata. */
function siteOutlet(outlet: FolderOutlet | undefined, text: string, lines: readonly PageLine[]): Settled<string> | undefined {
  if (!outlet || !ofTheSite(furnitureSampleOf(lines, text), text, outlet)) return undefined;
  return withDefiniteArticle({ value: outlet.value, from: outlet.from });
}

/**
 * The first article of a file, or why there is none: the whole story for single-article formats,
 * and a convenience for tests and benchmarks of record files.
 */
export function articleFromFile(file: ArticleFile): ArticleResult {
  const found = documentsFromFile(file);
  if (!found.ok) return found;
  const first = found.documents[0];
  if (!first)
    return {
      ok: false,
      skip: { kind: 'empty', reason: found.problems.map((p) => `${p.where}: ${p.reason}`).join('; ') || 'holds no records' },
      warnings: [],
    };
  return first.build();
}

/**
 * Changes when the article's source (the file, or its record), its manifest entries, the corpus
 * furniture it holds or the indexer's version change: the key for incremental reindexing. Without
 * furniture (`furniture` ''), the hash is what it was before furniture was learned.
 */
export function contentHash(
  bytes: Uint8Array | string,
  manifestEntry: StatedMeta | undefined,
  folderEntry?: { meta: StatedMeta; from: string },
  furniture = '',
): string {
  const stated = `\0${JSON.stringify(manifestEntry ?? null)}\0${JSON.stringify(folderEntry ?? null)}${furniture === '' ? '' : `\0furniture\0${furniture}`}`;
  // A record (a string) is hashed in one call, with the same bytes as the streamed form below:
  // one-shot hashing is ~15% cheaper per record, and a big corpus has hundreds of thousands.
  if (typeof bytes === 'string') return hashOnce('sha256', `nutgraf-indexer-${INDEXER_VERSION}\0${bytes}${stated}`);
  return createHash('sha256').update(`nutgraf-indexer-${INDEXER_VERSION}\0`).update(bytes).update(stated).digest('hex');
}
