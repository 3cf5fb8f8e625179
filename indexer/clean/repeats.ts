/**
 * Repetition within a page: a line printed twice is page furniture (a photo's caption printed
 * under the photo and again in its gallery or alt text, a teaser repeated in a box, a related
 * link listed in two blocks). Prose does not repeat itself word for word. The first copy stays,
 * so its text remains searchable; later copies are dropped.
 */
import { spacedWordCount } from './shape.ts';
import type { ContentLine } from './structure.ts';

/**
 * Shorter lines repeat legitimately: a subheading, a score line, the "winners meet in the final"
 * of a fixture list. Captions are sentences.
 */
const MIN_WORDS = 6;
/**
 * Captions and teasers are a few lines of a layout at most; a longer line is a paragraph, and
 * hashing every paragraph of a corpus costs more than the rare repeated one is worth.
 */
const MAX_CHARS = 400;

export function markRepeatedLines(lines: ContentLine[]): void {
  // Exact text (lines are already single-spaced): near-copies are left alone, and hashing the
  // line as it is costs far less than building a normalised key for every line.
  // Lines above the headline are not compared: a teaser printed there is often the article's
  // lead, repeated below as its first paragraph, which is the copy to keep.
  const seen = new Set<string>();
  const headline = lines.findIndex((l) => l.reason === 'headline');
  for (let i = headline + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.reason === 'title-decoration') continue;
    if (l.text.length > MAX_CHARS || spacedWordCount(l.text, MIN_WORDS) < MIN_WORDS) continue;
    if (!seen.has(l.text)) seen.add(l.text);
    else if (l.reason === null) l.reason = 'repeated-line';
  }
}
