/**
 * Where the story ends: the stretch below the article's running text that is made of labels.
 *
 * An article's text ends in paragraphs, and what a page prints below it — a list of other stories
 * under section labels, a comment section under its writers' names, a subscription box, tags — is
 * broken into short pieces: labels of one to three words (a section, a name, a button, a tag)
 * between headlines and the odd teaser or comment sentence. Read from the page's end back to the
 * last two paragraphs in a row (the story's running text), a stretch below one of the article's
 * paragraphs whose lines are at least half labels, three or more, and more labels than paragraphs,
 * is such furniture in any language: the story's own closing sections have a paragraph under each
 * subheading, and a one-paragraph section per label still leaves as many paragraphs as labels
 * (running text longer than a headline counts as one without its full stop: a news-in-brief page
 * whose last item the scraper cut off is still one paragraph per heading).
 *
 * What goes is the stretch's labels and headlines; its paragraphs stay (a comment reads like a
 * paragraph, and so does the article's last one when it sits between labels). The story's own
 * lists at its end — a draw of fixtures, items introduced by a colon, dates, scores and figures —
 * stop the stretch or are no labels: they carry digits, "v" or a colon.
 *
 * Closer still to the story: one or two labels between its last paragraph and the chrome that
 * closes the page are that chrome's (a credit, a section name above a share row). And the page's
 * own copyright notice below the story's running text closes the article outright.
 */
import type { JunkReason } from '../../engine/contract/types.ts';
import { isDateOnly } from '../infer/dates.ts';
import { hasTextRun } from './closing-sections.ts';
import { isSentenceParagraph, MAX_HEADLINE_WORDS, wordsUpTo } from './line-words.ts';
import { NOT_CHROME as NOT_NEIGHBOUR_CHROME } from './neighbours.ts';
import { endsSentence, FIXTURE, isCutParagraph } from './shape.ts';
import type { ContentLine } from './structure.ts';

const MIN_PARAGRAPH_WORDS = 8;
/** The most words of a label: a section, a name, a button, a tag. */
const MAX_LABEL_WORDS = 3;
/** Fewest labels in the stretch: two short lines below a story may be its own sign-off. */
const MIN_LABELS = 3;
/** Fewest words of a headline of another story, which goes with the labels around it. */
const MIN_HEADLINE_WORDS = 3;
const HAS_DIGIT = /\d/;
/**
 * Reasons of lines an earlier rule dropped that are the closing furniture's labels (a menu's item,
 * another story's headline, a share row's counter): the stretch right under the story's last
 * paragraph counts them as if kept. Not an ad label or a caption, which a story prints between its
 * own sections.
 */
const NAMED_LABELS: ReadonlySet<JunkReason> = new Set<JunkReason>(['navigation', 'related-headlines', 'counter']);
/** A fixture ("Chelsea v Fulham") is a draw or a result; a line ending in a colon introduces a list: the story's own. */
const STORY_LIST = new RegExp(`${FIXTURE.source}|:\\s*$`);

export function markStoryEnd(lines: ContentLine[]): void {
  markBelowCopyrightNotice(lines);
  markLabelsAboveClosingChrome(lines);
  const [end, from] = storyEnd(lines);
  if (end < 0 || isDecksOverText(lines, end)) return;
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.reason !== null || isParagraph(l) || wordsUpTo(l, MAX_HEADLINE_WORDS) > MAX_HEADLINE_WORDS) continue;
    // A page cut off by the scraper ends in the start of a paragraph.
    if (i === lines.length - 1 && isCutParagraph(l.text)) continue;
    l.reason = tailReason(l);
  }
}

/**
 * The index of the paragraph below which the page's text is labels (the highest such paragraph
 * under the story's running text), or -1; and the index from which its kept lines go: the line
 * under it, or, where the labels an earlier rule named made the stretch, the first of those (the
 * story's short closing lines above the furniture stay).
 */
function storyEnd(lines: readonly ContentLine[]): [end: number, from: number] {
  let labels = 0;
  let paragraphs = 0;
  let total = 0;
  let belowIsParagraph = false;
  let end = -1;
  // Labels and headlines an earlier rule named, below: they count only for the end right under the
  // lowest paragraph (`lowest`), so that the stretch they make does not climb into the story's sections.
  let named = 0;
  let topNamed = -1;
  let keptBelow = false;
  let lowest = -1;
  let lowestFrom = -1;
  let textAbove = false;
  // The nearest numbered entry below ("6. Name") and whether a paragraph lies between it and the line read.
  let nextNumber = -1;
  let textSinceNumber = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.reason !== null) {
      // Only below the page's last running text: a box of links inside the story is no closing furniture.
      if (NAMED_LABELS.has(l.reason) && !textAbove) {
        named++;
        topNamed = i;
      }
      continue;
    }
    const sentence = isParagraph(l);
    // Running text longer than any headline is a paragraph too, full stop or not (the page was cut
    // off mid-paragraph, or prints one without): it counts against the labels and in a row. The
    // end is still placed only under a sentence, where a story ends.
    const paragraph = sentence || isRunningText(l);
    // Read only on the short lines: a paragraph is no list entry, and the pattern scans a whole line.
    if (!paragraph && wordsUpTo(l, MAX_HEADLINE_WORDS) <= MAX_HEADLINE_WORDS && STORY_LIST.test(l.text)) break;
    // Two paragraphs in a row: the story's running text, above which nothing is judged.
    if (paragraph && belowIsParagraph) break;
    // Entries numbered in sequence, each over its own paragraph, are the story's list ("5. Name",
    // its lines, its text, "6. Name"): a list of other stories numbers headlines one under another.
    const number = entryNumber(l.text);
    if (number >= 0) {
      if (number + 1 === nextNumber && textSinceNumber) break;
      nextNumber = number;
      textSinceNumber = false;
    } else if (paragraph) textSinceNumber = true;
    if (sentence && labels >= MIN_LABELS && labels * 2 >= total && paragraphs < labels) end = i;
    if (sentence && lowest < 0 && keptBelow) {
      const all = labels + named;
      lowest = named > 0 && all >= MIN_LABELS && all * 2 >= total + named && paragraphs < all ? i : -2;
      lowestFrom = topNamed;
    }
    keptBelow = true;
    textAbove ||= paragraph;
    if (paragraph) paragraphs++;
    if (isLabel(l)) labels++;
    total++;
    belowIsParagraph = paragraph;
  }
  return end >= 0 ? [end, end + 1] : [lowest, lowestFrom];
}

/**
 * The stretch's labels all above its text, and text from them to the page's end: a headline and
 * its decks over the story (on a page whose headline was not found), not furniture below it, which
 * ends in labels and headlines or puts them between its teasers and comments.
 */
function isDecksOverText(lines: readonly ContentLine[], end: number): boolean {
  const rest = lines.slice(end + 1).filter((l) => l.reason === null);
  const isText = (l: ContentLine) => isParagraph(l) || isRunningText(l);
  const firstText = rest.findIndex(isText);
  if (firstText <= 0 || !rest.slice(0, firstText).every(isDeck)) return false;
  // A page cut off by the scraper ends in the start of a paragraph.
  return rest.slice(firstText).every((l, i, text) => isText(l) || (i === text.length - 1 && isCutParagraph(l.text)));
}

/** Lines that are no chrome of the page's end: what is no chrome beside a line (the headline and its copies), and a lone punctuation mark. */
const NOT_CHROME: ReadonlySet<JunkReason> = new Set<JunkReason>([...NOT_NEIGHBOUR_CHROME, 'punctuation-only']);
/** The most labels taken between the last paragraph and the closing chrome (three are a menu, `classify.ts`'s). */
const MAX_LABELS_ABOVE_CHROME = 2;

/**
 * One or two labels between the story's last paragraph and the chrome that closes the page (a
 * credit, a section, a copyright notice above a share row or a tag list) are that chrome's: the
 * story ends in its paragraph. `classify.ts` takes a headline there and keeps labels, which may be
 * a name; here they go only when nothing but chrome follows them to the page's end.
 */
function markLabelsAboveClosingChrome(lines: ContentLine[]): void {
  let i = lines.length - 1;
  let chrome = false;
  for (; i >= 0 && lines[i]!.reason !== null; i--) if (!NOT_CHROME.has(lines[i]!.reason!)) chrome = true;
  if (!chrome) return;
  const labels: ContentLine[] = [];
  for (; i >= 0; i--) {
    const l = lines[i]!;
    if (l.reason !== null) continue;
    if (isParagraph(l)) break;
    if (!isLabel(l) || STORY_LIST.test(l.text) || labels.length === MAX_LABELS_ABOVE_CHROME) return;
    labels.push(l);
  }
  if (i < 0) return;
  for (const l of labels) l.reason = tailReason(l);
}

/** A page's own notice, not a photo's credit: it has a year or reserves the rights. */
const PAGE_NOTICE = /\d{4}|rights reserved/i;

/**
 * A copyright notice of the page (dated, or reserving the rights) below the story's running text
 * closes the article: what follows is the page's footer — videos, other stories, the notice's
 * own terms — paragraphs too, unless the text runs on in two paragraphs in a row (a notice
 * printed inside the article, under a photo).
 */
function markBelowCopyrightNotice(lines: ContentLine[]): void {
  // Most pages have no notice: paragraphs are read only once one is seen.
  if (!lines.some((l) => l.reason === 'copyright')) return;
  let run = 0;
  let story = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.reason === null) {
      run = isParagraph(l) ? run + 1 : 0;
      story ||= run >= 2;
      continue;
    }
    if (!story || l.reason !== 'copyright' || !PAGE_NOTICE.test(l.text)) continue;
    const rest = lines.slice(i + 1).filter((r) => r.reason === null);
    if (hasTextRun(rest, isParagraph, 2)) continue;
    for (const r of rest) r.reason = tailReason(r);
    return;
  }
}

/** The number of a numbered entry ("3. Name", "3) Name"), or -1: a digit first, one or two, then "." or ")" and a space. */
function entryNumber(text: string): number {
  const c = text.charCodeAt(0);
  if (c < 48 || c > 57) return -1;
  const m = NUMBERED_ENTRY.exec(text);
  return m ? Number(m[1]) : -1;
}
const NUMBERED_ENTRY = /^(\d{1,2})[.)]\s/;

/** A sentence of `MIN_PARAGRAPH_WORDS` words or more: a paragraph of running text. */
export function isParagraph(l: ContentLine): boolean {
  return isSentenceParagraph(l, MIN_PARAGRAPH_WORDS);
}

/** Longer than any headline: running text, with or without its full stop (a paragraph the scraper cut off). */
export function isRunningText(l: ContentLine): boolean {
  return wordsUpTo(l, MAX_HEADLINE_WORDS + 1) > MAX_HEADLINE_WORDS;
}

/** The most words of a deck under a headline: a short phrase, as a label is. */
const MAX_DECK_WORDS = 6;

/** A deck: a short phrase with no sentence end and no figure (a date, a score or a teaser is none). */
function isDeck(l: ContentLine): boolean {
  return isShortPhrase(l, MAX_DECK_WORDS);
}

/** A label: one to three words, no sentence, no digits (a date, a score or a figure is the story's). */
function isLabel(l: ContentLine): boolean {
  return isShortPhrase(l, MAX_LABEL_WORDS);
}

/** At most `maxWords` words, no sentence end, no digit: the shape a label and a deck share, apart from length. */
function isShortPhrase(l: ContentLine, maxWords: number): boolean {
  return wordsUpTo(l, maxWords) <= maxWords && !endsSentence(l.text) && !HAS_DIGIT.test(l.text);
}

function tailReason(l: ContentLine): JunkReason {
  if (isDateOnly(l.text)) return 'dateline';
  return wordsUpTo(l, MIN_HEADLINE_WORDS) >= MIN_HEADLINE_WORDS ? 'related-headlines' : 'navigation';
}
