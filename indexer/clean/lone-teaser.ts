/**
 * Another story's teaser printed as one long paragraph above the story: a heading, a summary of
 * sixty words or more, then the story's own heading and its run of paragraphs. By length alone
 * the summary reads as the story's start (a story told in one block), and the headline scan
 * stops there. What sets it apart is topic, read without phrases: the story's run goes on for
 * more paragraphs than the teaser, its heading shares words with it, and the teaser shares almost
 * none of its words with the run (another story's names and terms). A story's own long lead, over
 * a subheading and the rest of the story, repeats the story's words and is left alone.
 */
import type { BodyShapes } from './body-start.ts';
import type { ContentLine } from './structure.ts';
import { agreement, contentStems } from './title-agreement.ts';

/** Lines between the teaser and the next heading (a credit, a picture's caption), at most. */
const MAX_GAP = 3;
/** Paragraphs of the run under the heading that are compared: the story's opening. */
const RUN_PARAGRAPHS = 6;
/** Paragraphs the run needs: more than the teaser's one. */
const MIN_RUN_PARAGRAPHS = 2;
/** Share of the teaser's content words the run may repeat by coincidence (a place, a common noun). */
const MAX_SHARED = 0.1;
/** Content words the heading shares with its run, at least: it heads that story. */
const MIN_HEADING_SHARED = 2;

/**
 * Whether the paragraph at `i` is a lone teaser of another story: the next heading within a few
 * lines heads a longer run of paragraphs that shares its words and shares almost none of the
 * paragraph's.
 */
export function isLoneTeaser(lines: readonly ContentLine[], i: number, shapes: BodyShapes): boolean {
  const heading = nextHeading(lines, i, shapes);
  if (heading < 0) return false;
  const run = runBelow(lines, heading, shapes);
  if (run.paragraphs < MIN_RUN_PARAGRAPHS || run.words <= lines[i]!.words) return false;
  if (agreement(lines[heading]!.text, run.stems).shared < MIN_HEADING_SHARED) return false;
  const teaser = agreement(lines[i]!.text, run.stems);
  return teaser.words > 0 && teaser.shared <= MAX_SHARED * teaser.words;
}

/** The next kept heading within a few lines below `i`, with no paragraph between; -1 when none. */
function nextHeading(lines: readonly ContentLine[], i: number, shapes: BodyShapes): number {
  for (let j = i + 1; j < Math.min(lines.length, i + 2 + MAX_GAP); j++) {
    const l = lines[j]!;
    if (l.reason !== null) continue;
    if (shapes.isParagraph(l.text)) return -1;
    if (shapes.isHeading(l.text)) return j;
  }
  return -1;
}

/** The run of paragraphs under a heading, up to the next heading: its paragraphs, words and content stems. */
function runBelow(
  lines: readonly ContentLine[],
  heading: number,
  shapes: BodyShapes,
): { paragraphs: number; words: number; stems: Set<string> } {
  const stems = new Set<string>();
  let paragraphs = 0;
  let words = 0;
  for (let j = heading + 1; j < lines.length && paragraphs < RUN_PARAGRAPHS; j++) {
    const l = lines[j]!;
    if (l.reason !== null) continue;
    if (shapes.isParagraph(l.text)) {
      paragraphs++;
      words += l.words;
      for (const s of contentStems(l.text)) stems.add(s);
    } else if (paragraphs > 0 && shapes.isHeading(l.text)) break;
  }
  return { paragraphs, words, stems };
}
