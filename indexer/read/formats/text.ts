import { extractFrontMatter } from '../front-matter.ts';
import type { ReaderOutput } from './index.ts';

/** Plain text is already what the cleaner wants; only front matter needs taking off. */
export function readPlainText(text: string): ReaderOutput {
  const front = extractFrontMatter(text);
  if (!front) return { text };
  return { text: front.text, meta: front.meta, dropped: front.dropped, warnings: front.warnings };
}
