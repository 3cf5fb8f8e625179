/**
 * The site's name printed under each item of a list of stories (issue 18): a block of teasers
 * where every headline is followed by the same short line, the logo's text the scraper kept
 * ("Teaser one … / Example / Teaser two … / Example / …"). A name repeated alone is as often a
 * label ("Advertisement", a section's "Overview" printed over and over), so the repetition alone
 * never names the site (outlet-candidates.ts's `repeated`); the shape of a credit does: the name
 * comes after each of several different headlines, never two of its own in a row, and the story's
 * sentences never use it as a word.
 */
import type { OutletCandidate, PageLine } from './outlet-candidates.ts';
import { escapeRegExp } from '../escape-regexp.ts';
import { quote } from './quote.ts';
import { PROSE_WORDS } from './outlet-reach.ts';

/** Occurrences needed: three items credited alike is a list's pattern, two may be chance. */
const MIN_ITEMS = 3;
/** A teaser headline is several words; a label or a menu entry is one or two. */
const TEASER_WORDS = 5;
/**
 * A teaser may run past a headline's length (a headline and its standfirst on one line: 16 words
 * on the one credited list of the dev sets), but a line of more than twice the words that make a
 * line prose is a paragraph: a name alone after each of several paragraphs signs the posts of a
 * live blog or credits a contributor, it is no list's credit.
 */
const TEASER_MAX_WORDS = PROSE_WORDS * 2;

/**
 * The credit candidate for a name written alone on the lines at `at` (indexes into `lines`,
 * ascending), or null when those lines are not each the credit under a different headline.
 */
export function itemCredit(lines: readonly PageLine[], at: readonly number[], name: string): OutletCandidate | null {
  if (at.length < MIN_ITEMS) return null;
  const teasers = new Set<string>();
  for (const i of at) {
    const before = lines[i - 1];
    if (!before || before.words < TEASER_WORDS || paragraph(before)) return null;
    teasers.add(before.text);
  }
  // The same line before each one is a menu printed again, not a list of stories.
  if (teasers.size < at.length) return null;
  if (usedInStory(lines, name)) return null;
  const first = lines[at[0]!]!;
  return {
    value: name,
    score: 2,
    kind: 'item-credit',
    evidence: `'${quote(first.text)}' under each of ${at.length} headlines, from line ${first.line}`,
    line: first.line,
  };
}

/**
 * Whether a line is longer than a teaser. `PageLine.words` stops counting one past PROSE_WORDS
 * (outlet-reach.ts), so a longer line's words are counted here, in full.
 */
function paragraph(l: PageLine): boolean {
  if (l.words <= PROSE_WORDS) return false;
  let words = 0;
  for (const w of l.text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w) && ++words > TEASER_MAX_WORDS) return true;
  return false;
}

/** Whether a sentence of the story writes the name as a word: then it is a thing the story is about, not a credit. */
function usedInStory(lines: readonly PageLine[], name: string): boolean {
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu');
  return lines.some((l) => l.words > PROSE_WORDS && word.test(l.text));
}
