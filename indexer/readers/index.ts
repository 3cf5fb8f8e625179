/**
 * One reader per file format, chosen by extension. A reader turns decoded text into plain text
 * lines for the cleaner, plus any metadata the format itself carries. Adding HTML or JSON means
 * adding an entry here; nothing downstream changes.
 */
import path from 'node:path';
import type { DroppedLine } from '../../engine/types.ts';
import type { StatedMeta } from '../types.ts';
import { readMarkdown } from './markdown.ts';
import { readPlainText } from './text.ts';

export interface ReaderOutput {
  /** Plain text, one source line per line, so line numbers stay meaningful. */
  text: string;
  /** Metadata the file states about itself (front matter, HTML <meta>…). */
  meta?: StatedMeta;
  /** Lines the reader consumed itself (front matter), with line numbers in `text`. */
  dropped?: DroppedLine[];
  warnings?: string[];
  /** Line numbers the format itself marks as headings (Markdown `#`). */
  headingLines?: number[];
}

export type Reader = (text: string) => ReaderOutput;

export const READERS: ReadonlyMap<string, Reader> = new Map<string, Reader>([
  ['.txt', readPlainText],
  ['.text', readPlainText],
  ['.md', readMarkdown],
  ['.markdown', readMarkdown],
]);

export function readerFor(source: string): Reader | undefined {
  return READERS.get(path.extname(source).toLowerCase());
}
