/**
 * Where the article's text starts: the first paragraph of the first run of text that is more than
 * one teaser. A page's top may hold teasers of other stories (a heading over one paragraph, again
 * and again), a notice or a standfirst; the story itself runs on for paragraphs, with only
 * captions, credits and stamps between them. This is found from the lines' shapes alone, so it
 * holds whatever the page's language and whether or not a headline line is found.
 */
import type { ContentLine } from './structure.ts';

/** How the caller reads a line: the shapes live with the headline rules. */
export interface BodyShapes {
  /** A paragraph of running text. */
  isParagraph: (text: string) => boolean;
  /** A line that could head a block of text (a headline, a teaser's heading, a subheading). */
  isHeading: (text: string) => boolean;
  /** A lone long paragraph that is another story's teaser, not a story told in one block (`lone-teaser.ts`). */
  isLoneTeaser?: (lines: readonly ContentLine[], i: number) => boolean;
}

/** Paragraphs that make a run the story's rather than a teaser's. */
const MIN_RUN_PARAGRAPHS = 2;
/** Or one paragraph this long: a story told in one block, longer than any teaser's summary. */
const MIN_LONE_WORDS = 60;

/**
 * The index of the first paragraph of the first run of text, or -1 when the page has none. A run
 * goes on over labelled lines and short lines that head nothing (a credit, a date); a heading
 * ends it, so a list of teasers is as many one-paragraph runs.
 */
export function findBodyStart(lines: readonly ContentLine[], shapes: BodyShapes, end = lines.length): number {
  let start = -1;
  let paragraphs = 0;
  let words = 0;
  for (let i = 0; i < end; i++) {
    const l = lines[i]!;
    if (l.reason !== null) continue;
    if (shapes.isParagraph(l.text)) {
      if (start < 0) start = i;
      paragraphs++;
      words += l.words;
      if (paragraphs >= MIN_RUN_PARAGRAPHS) return start;
      if (words >= MIN_LONE_WORDS) {
        if (!(paragraphs === 1 && shapes.isLoneTeaser?.(lines, i))) return start;
        start = -1;
        paragraphs = 0;
        words = 0;
      }
    } else if (start >= 0 && shapes.isHeading(l.text)) {
      start = -1;
      paragraphs = 0;
      words = 0;
    }
  }
  return -1;
}
