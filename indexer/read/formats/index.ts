/**
 * One reader per file format, chosen by extension. A reader turns decoded text into plain text
 * lines for the one shared cleaner, plus any metadata the format itself carries. A record format
 * (`.json`, `.jsonl`) yields one document per record; every other format yields one.
 */
import path from 'node:path';
import type { DroppedLine } from '../../../engine/contract/types.ts';
import type { StatedMeta } from '../../types.ts';
import { readHtml } from './html.ts';
import { readJson, readJsonLines } from './records.ts';
import { readMarkdown } from './markdown.ts';
import { readPlainText } from './text.ts';

export interface ReaderOutput {
  /** Plain text, one line per line; blank lines separate paragraphs. */
  text: string;
  /** Metadata the file states about itself (front matter, HTML <meta>, record fields…). */
  meta?: StatedMeta;
  /** Where each stated value came from ("<meta property=og:site_name>"); default "front matter". */
  metaFrom?: Partial<Record<keyof StatedMeta, string>>;
  /** A credit line the format states (HTML author meta, a record's `author`): kept as metadata. */
  byline?: { value: string; from: string };
  /** Lines the reader consumed itself (front matter), with line numbers in `text`. */
  dropped?: DroppedLine[];
  warnings?: string[];
  /** Line numbers the format itself marks as headings (Markdown `#`, HTML `<h2>`). */
  headingLines?: number[];
  /** The line holding a title the format states as such (a record's `title` field): the headline, whatever its shape. */
  titleLine?: number;
}

/** One record of a record file: its text is read when it is built (`readText`), the rest up front. */
export interface RecordOutput extends Omit<ReaderOutput, 'text'> {
  /** The record's text as `ReaderOutput.text` has it (headline line, blank line, body), parsed again from `raw`. */
  readText(): string;
  /** Stable key within the file: the record's own `id` when it has a usable one, else its index. */
  key: string;
  /** For people: "record 3 (line 4)", "record id 'a17'". */
  where: string;
  /** The record's own source text, hashed for incremental indexing instead of the whole file. */
  raw: string;
}

/** A record that could not be read; the rest of the file is still indexed. */
export interface RecordProblem {
  where: string;
  reason: string;
}

/** Which share of a record file's records is read: part `index` of `of` equal runs, in order (build-pool.ts). */
export interface FilePart {
  index: number;
  of: number;
}

export type ReadResult =
  | { kind: 'single'; output: ReaderOutput }
  | {
      kind: 'records';
      records: RecordOutput[];
      problems: RecordProblem[];
      /**
       * Set when the reader read only the part it was asked for (`readJsonLines`: that run of the
       * file's lines): `records` and `problems` are that part's, and `firstIndex` records come
       * before them. Otherwise they are the whole file's, whatever the part.
       */
      part?: true;
      firstIndex?: number;
    };

/** @param part a record reader may read only that part of the file (`ReadResult.part` says whether it did). */
export type Reader = (text: string, part?: FilePart) => ReadResult;

const single =
  (read: (text: string) => ReaderOutput): Reader =>
  (text) => ({ kind: 'single', output: read(text) });

export const READERS: ReadonlyMap<string, Reader> = new Map<string, Reader>([
  ['.txt', single(readPlainText)],
  ['.text', single(readPlainText)],
  ['.md', single(readMarkdown)],
  ['.markdown', single(readMarkdown)],
  ['.html', single(readHtml)],
  ['.htm', single(readHtml)],
  ['.json', readJson],
  ['.jsonl', readJsonLines],
  ['.ndjson', readJsonLines],
]);

export function readerFor(source: string): Reader | undefined {
  return READERS.get(path.extname(source).toLowerCase());
}
