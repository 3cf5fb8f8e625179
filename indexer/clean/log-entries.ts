/**
 * A story told in short entries — a live blog, a minute-by-minute report, a timeline — goes on
 * below its last full paragraph in the same short lines it used above it ("Corner cleared",
 * "Substitution for the home side", "14:05" / "Water over the towpath at the mill"). The shape
 * rules read everything below the last paragraph as the page's tail, where short unpunctuated
 * lines are links to other stories, and drop the rest of the story as a list of headlines.
 *
 * The article's own layout says which it is: when the lines between its first and last
 * paragraphs are themselves short entries (more of them than paragraphs, three at least), entries
 * under time stamps (two at least), or the items of a page that is a list of stories (headline
 * over teaser, `listing-headline.ts`), the short lines below the last paragraph continue that
 * layout and are the story's, up to the first line a phrase rule recognises as the page's chrome
 * (a share prompt, a "Related" heading), where the page's own furniture begins; stamps and
 * pictures' captions and credits between entries are passed over, and stay out of the text. A
 * news story with a subheading or two and a related list below keeps both rules as they were:
 * its paragraphs outnumber its short lines.
 */
import type { JunkReason } from '../../engine/contract/types.ts';
import { wordsUpTo } from './line-words.ts';
import { phraseReasonOfSpacedLine } from './phrases.ts';
import { endsSentence } from './shape.ts';
import { type ContentLine, SHAPE_REASONS } from './structure.ts';
import { isListOfStories, isTeaserOrParagraph } from './listing-headline.ts';

/**
 * An entry's stamp, a picture's caption and credit, and a separator of dots or dashes ("......",
 * "* * *") between entries: inside the story, not its end.
 */
const PASSED_OVER: ReadonlySet<JunkReason> = new Set<JunkReason>(['dateline', 'caption', 'credit', 'punctuation-only']);
/** An entry: a short line that does not end a sentence; one word is a label, not an entry. */
const MIN_ENTRY_WORDS = 2;
/** Fewest short entries, and fewest stamped entries, between the paragraphs that make a log. */
const MIN_ENTRIES = 3;
const MIN_STAMPED = 2;

function isEntry(l: ContentLine): boolean {
  return wordsUpTo(l, MIN_ENTRY_WORDS) >= MIN_ENTRY_WORDS && !endsSentence(l.text) && !isTeaserOrParagraph(l);
}

/** Whether the kept lines between `first` and `last` are laid out as a log of entries. */
function isLog(lines: readonly ContentLine[], first: number, last: number): boolean {
  let paragraphs = 0;
  let entries = 0;
  let stamped = 0;
  for (let i = first; i <= last; i++) {
    const l = lines[i]!;
    if (l.reason === 'dateline' && lines[i + 1]?.reason === null) stamped++;
    if (l.reason !== null) continue;
    if (isTeaserOrParagraph(l)) paragraphs++;
    else if (isEntry(l)) entries++;
  }
  return stamped >= MIN_STAMPED || (entries >= MIN_ENTRIES && entries > paragraphs) || isListOfStories(lines, first, last + 1);
}

/** Whether a line below `last` was dropped by a shape rule: the only lines the log can give back. */
function hasShapeDropBelow(lines: readonly ContentLine[], last: number): boolean {
  for (let i = last + 1; i < lines.length; i++) {
    const reason = lines[i]!.reason;
    if (reason !== null && !PASSED_OVER.has(reason) && SHAPE_REASONS.has(reason)) return true;
  }
  return false;
}

/**
 * On a list of stories, the link every item carries ("Continue Reading" under each teaser), dropped
 * twice or more between the items above: below the last teaser it opens no chrome, the next item
 * follows it. A log's other dropped lines (an ad slot's marker) still end it there.
 */
function repeatedDrops(lines: readonly ContentLine[], first: number, last: number): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (let i = first + 1; i < last; i++) {
    const l = lines[i]!;
    if (l.reason === null) continue;
    if (seen.has(l.text)) repeated.add(l.text);
    seen.add(l.text);
  }
  return repeated;
}

export function keepLogEntries(lines: ContentLine[]): void {
  let first = -1;
  let last = -1;
  lines.forEach((l, i) => {
    if (l.reason !== null || !isTeaserOrParagraph(l)) return;
    if (first < 0) first = i;
    last = i;
  });
  if (first < 0 || !hasShapeDropBelow(lines, last) || !isLog(lines, first, last)) return;
  const itemLinks = isListOfStories(lines, first, last + 1) ? repeatedDrops(lines, first, last) : new Set<string>();
  for (let i = last + 1; i < lines.length; i++) {
    const l = lines[i]!;
    // Stamps and pictures between entries stay out of the text, as anywhere; the log goes on below them.
    if (l.reason === null || PASSED_OVER.has(l.reason) || itemLinks.has(l.text)) continue;
    if (!SHAPE_REASONS.has(l.reason) || phraseReasonOfSpacedLine(l.text, l.words) !== null) return;
    if (wordsUpTo(l, MIN_ENTRY_WORDS) >= MIN_ENTRY_WORDS) l.reason = null;
  }
}
