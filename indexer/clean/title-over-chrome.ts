/**
 * A headline written as a sentence ("Mayor asks the minister for more police.", "Man reported a
 * false attack. He was arrested!") stops the scan for candidates, which reads it as the text's
 * first line; the candidates above it are a site's slogan, a search box's label or a kicker, and
 * one of them won. What sets such a headline apart from a lead is where it stands and what it is
 * about: the story's paragraphs start only after a line that is no text (a byline, a picture's
 * caption or credit), while a lead runs straight on into the next paragraph; and those paragraphs
 * repeat its words while no candidate above shares more than one.
 * Language-independent: shapes, positions and the agreement counts of `title-agreement.ts`.
 */
import type { ContentLine } from './structure.ts';
import { agreement } from './title-agreement.ts';

/** Most words of a headline written as a sentence or two; a lead runs longer. */
const MAX_WORDS = 25;
/** Lines below the sentence within which the story's text must start. */
const WINDOW = 6;
/** Content words of the sentence the story's first paragraphs repeat, at least. */
const MIN_SHARED = 3;
/** Words a candidate above may share with the story and still be about something else. */
const MAX_SHARED_ABOVE = 1;

export interface OverChromeShapes {
  /** A line that starts the text: a paragraph, or a sentence of some length. */
  startsText: (text: string) => boolean;
  /** Words of a line, scripts without spaces counted by their words. */
  words: (text: string) => number;
}

/**
 * Whether the sentence at `i`, which stopped the scan under the candidates `above`, is the
 * headline: short, set apart from the paragraphs under it by a line the cleaner dropped (a
 * credit, a caption, a byline), and about them (`story`: the content stems of the paragraphs
 * under it), while every candidate above is about nothing below it (`above`: the content words
 * each shares with the long lines under it, the sentence's included; a slogan or a search box
 * shares none, a short headline over its standfirst shares the standfirst's words).
 */
export function isHeadlineOverChrome(
  lines: readonly ContentLine[],
  i: number,
  above: readonly number[],
  story: ReadonlySet<string>,
  shapes: OverChromeShapes,
): boolean {
  const l = lines[i];
  if (!l || above.length === 0 || shapes.words(l.text) > MAX_WORDS || !textAfterChrome(lines, i, shapes)) return false;
  if (agreement(l.text, story).shared < MIN_SHARED) return false;
  return above.every((shared) => shared <= MAX_SHARED_ABOVE);
}

/**
 * The next line is one the cleaner dropped, and the text starts within a few lines. (Also taking a
 * kept short line, a category line, as the chrome moved one page of the blind set the right way
 * and a held-out page of set r the wrong way.)
 */
function textAfterChrome(lines: readonly ContentLine[], i: number, shapes: OverChromeShapes): boolean {
  const next = lines[i + 1];
  if (next === undefined || next.reason === null) return false;
  for (let j = i + 2; j < Math.min(lines.length, i + 1 + WINDOW); j++) {
    const l = lines[j]!;
    if (l.reason === null && shapes.startsText(l.text)) return true;
  }
  return false;
}
