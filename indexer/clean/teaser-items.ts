/**
 * Other stories' teasers printed as a list of items below the story, read by the items' repeating
 * shape rather than by any heading's words. A list of other stories is made by a template, so its
 * items repeat one shape, and their words are their own stories', not this one's:
 * - a run of three or more kept lines each cut short by an ellipsis ("… sono stati…"): a box cuts
 *   every teaser at its width, while a story cuts at most its last line or a quoted aside;
 * - the page's last kept lines in groups of the same shapes, three groups or more, each group a
 *   headline, a sentence and a short line with a figure (a date, a duration, a count): a headline,
 *   its standfirst and its date, printed again for every item. A group opening with the short
 *   figure line is a live page's or a log's entry under its time stamp, and stays.
 * - a ranked list: three or more kept lines in a row numbered 1, 2, 3… (in any script's digits), each
 *   a headline (no comma or semicolon closing it, as a sentence's enumeration has; no line of
 *   figures, as a table's row is), right under a line the rules dropped as chrome (a "most read"
 *   box's label or tab); straight under the story's text or a colon it is the story's own list;
 * - bulleted headlines to the page's end under a line ending in a colon ("Read also:"), which
 *   `tail-bullet-links.ts` leaves to the story ("What the council will decide:"): taken here only
 *   when the items and the label are off the story's topic (the story introduces its own points
 *   in its own words).
 * Each needs a paragraph of the story above the run (any script), and every item sharing few of its
 * content words with the story's paragraphs above it (`topic-tail.ts`'s words): a story's own
 * sections and lists carry its names and terms. Lines go as `related-headlines`.
 *
 * Cost: one test of the last characters per kept line, and a walk back from the page's end that
 * stops at the first line out of step; content words are read only when a run is found.
 */
import { isDataLine } from './headline-run.ts';
import { isListPage } from './listing-headline.ts';
import { MAX_HEADLINE_WORDS, wordsUpTo } from './line-words.ts';
import { endsSentenceAnyScript } from './script-stops.ts';
import { endsWithEllipsis, LIST_MARK_CLASS } from './shape.ts';
import type { LanguageMask } from './stopwords.ts';
import type { ContentLine } from './structure.ts';
import { isBulletedHeadline } from './tail-bullet-links.ts';
import { contentWords, isParagraphAnyScript } from './topic-tail.ts';

/** Fewest items: two cut lines or two groups may be the story's own. */
const MIN_ITEMS = 3;
/** Most of its content words an item of a cut run shares with the story above (a local site's teasers name its town). */
const MAX_SHARED_CUT = 0.3;
/** Most of its content words a group shares with the story above: a headline, a sentence and a date carry their own story's words. */
const MAX_SHARED_GROUP = 0.1;
/** Most of its content words an item of a ranked or a colon-introduced list shares with the story above. */
const MAX_SHARED_LIST = 0.3;
/** Most words of the label over a colon-introduced list ("Read also in this section:"). */
const MAX_LABEL_WORDS = 6;
/** Most words of a ranked item: a kicker, a headline and the start of its teaser ("3 Kicker? / Headline. Teaser…"). */
const MAX_ITEM_WORDS = 30;
/** A rank opening the line: an optional bullet, one or two digits of any script, then a dot, a bracket or a space. */
const RANK = new RegExp(`^(?:${LIST_MARK_CLASS}\\s*)?(\\p{Nd}{1,2})(?:[.)]\\s*|\\s+)\\S`, 'u');
/** An item of an enumeration inside a sentence ("1) transport;", "2) housing, and"). */
const ENDS_CLAUSE = /[,;،、，；]\s*(?:\p{L}{1,4})?\s*$/u;
const ENDS_IN_COLON = /[:：]\s*$/u;
/** The lines of one item in a group: headline, standfirst, date. */
const GROUP = 3;
/** Most words of the short line with a figure (a date, a duration, a section with a count). */
const MAX_FIGURE_WORDS = 6;
const HAS_DIGIT = /\p{Nd}/u;

export function markTeaserItems(lines: ContentLine[], mask: LanguageMask): void {
  const kept = lines.filter((l) => l.reason === null);
  if (kept.length < MIN_ITEMS + 1) return;
  markCutRuns(lines, kept, mask);
  markRankedRuns(lines, kept, mask);
  const left = kept.filter((l) => l.reason === null);
  markListUnderColon(left, mask);
  markItemGroups(
    left.filter((l) => l.reason === null),
    mask,
  );
}

/**
 * Three or more kept lines in a row ranked 1, 2, 3…, each a headline, below the story, right under a
 * line the rules dropped as the page's chrome (a box's label: "Most read", a menu's tab). A ranked
 * list straight under the story's text, or under a colon, is the story's own (a listicle's picks
 * need share no word with its opening paragraphs).
 */
function markRankedRuns(lines: readonly ContentLine[], kept: ContentLine[], mask: LanguageMask): void {
  for (let i = 1; i < kept.length; i++) {
    if (rankOf(kept[i]!.text) !== 1) continue;
    let j = i + 1;
    while (j < kept.length && rankOf(kept[j]!.text) === j - i + 1) j++;
    if (j - i < MIN_ITEMS || !underChrome(lines, kept[i]!)) continue;
    let items = true;
    for (let k = i; k < j && items; k++) items = isRankedHeadline(kept[k]!);
    if (!items) continue;
    const story = storyWordsAbove(kept, i, mask);
    if (story !== null && allOffTopic(kept, i, j, 1, story, mask, MAX_SHARED_LIST))
      for (let k = i; k < j; k++) kept[k]!.reason = 'related-headlines';
    i = j - 1;
  }
}

/** Reasons of a box's label or a menu's tab: what the rules name the page's chrome around a list of stories. */
const CHROME_LABELS: ReadonlySet<string> = new Set(['navigation', 'related-headlines', 'counter', 'promotion']);

/** Whether the line right above a kept line was dropped as the page's chrome. */
function underChrome(lines: readonly ContentLine[], first: ContentLine): boolean {
  const above = lines[lines.indexOf(first) - 1];
  return above !== undefined && above.reason !== null && CHROME_LABELS.has(above.reason);
}

function isRankedHeadline(l: ContentLine): boolean {
  return wordsUpTo(l, MAX_ITEM_WORDS + 1) <= MAX_ITEM_WORDS && !ENDS_CLAUSE.test(l.text) && !isDataLine(l.text);
}

/** The rank a line opens with (1 for "1.", "- 1 ", "১ "), or -1. */
function rankOf(text: string): number {
  const c = text.charCodeAt(0);
  // Cheap exit: in ASCII a rank opens with a digit or a list mark ("-", "*"); other scripts' digits and marks are read by the pattern.
  if (c < 0x80 && !(c >= 0x30 && c <= 0x39) && c !== 0x2d && c !== 0x2a) return -1;
  const m = RANK.exec(text);
  if (m === null) return -1;
  let value = 0;
  for (const ch of m[1]!) {
    const d = digitValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** A decimal digit's value in any script: Unicode puts each script's ten digits in a row, zero first. */
function digitValue(code: number): number {
  for (let zero = code; zero > code - 10; zero--) {
    if (!DIGIT.test(String.fromCodePoint(zero - 1))) return DIGIT.test(String.fromCodePoint(zero)) ? code - zero : -1;
  }
  return -1;
}
const DIGIT = /^\p{Nd}$/u;

/** Bulleted headlines to the page's end under a line ending in a colon, every item off the story's topic. */
function markListUnderColon(kept: ContentLine[], mask: LanguageMask): void {
  let i = kept.length;
  while (i > 0 && isBulletedHeadline(kept[i - 1]!)) i--;
  if (kept.length - i < MIN_ITEMS || i === 0 || !ENDS_IN_COLON.test(kept[i - 1]!.text)) return;
  // The label too: a line introducing the story's own points is written in the story's words ("What the council will decide:").
  const story = storyWordsAbove(kept, i - 1, mask);
  if (story === null || !allOffTopic(kept, i - 1, kept.length, 1, story, mask, MAX_SHARED_LIST)) return;
  for (let k = i; k < kept.length; k++) kept[k]!.reason = 'related-headlines';
  // The label introducing them ("Read also:"), not a sentence of the story's ("He listed them:").
  const label = kept[i - 1]!;
  if (wordsUpTo(label, MAX_LABEL_WORDS + 1) <= MAX_LABEL_WORDS) label.reason = 'related-headlines';
}

/**
 * Runs of three or more kept lines in a row, each ending in an ellipsis, below the story. On a page that
 * is itself a list of stories (headline over teaser, again and again: `isListPage`, read once and only
 * when a run is found) there is no one story for the run to be off the topic of, as `tail-islands.ts` and
 * `beyond-story.ts` read such a page: its teasers cut by the template, and an item's headline cut with
 * them, make the run, and they are the list's own items.
 */
function markCutRuns(lines: readonly ContentLine[], kept: ContentLine[], mask: LanguageMask): void {
  let listPage: boolean | undefined;
  let i = 0;
  while (i < kept.length) {
    if (!endsWithEllipsis(kept[i]!.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < kept.length && endsWithEllipsis(kept[j]!.text)) j++;
    if (j - i >= MIN_ITEMS) {
      const story = storyWordsAbove(kept, i, mask);
      if (story !== null && allOffTopic(kept, i, j, 1, story, mask, MAX_SHARED_CUT) && !(listPage ??= isListPage(lines)))
        for (let k = i; k < j; k++) kept[k]!.reason = 'related-headlines';
    }
    i = j;
  }
}

/** The page's last kept lines in three or more groups of the same shapes, each with a figure line. */
function markItemGroups(kept: ContentLine[], mask: LanguageMask): void {
  const size = GROUP;
  const n = kept.length;
  if (n < size * MIN_ITEMS + 1) return;
  // Walk back from the end while each line's shape is the shape `size` lines below it.
  const shape = (i: number) => shapeOf(kept[i]!);
  let len = size;
  while (len < n && shape(n - 1 - len) === shape(n - 1 - len + size)) len++;
  const groups = Math.floor(len / size);
  if (groups < MIN_ITEMS) return;
  const start = n - groups * size;
  const pattern: Shape[] = [];
  for (let k = start; k < start + size; k++) pattern.push(shape(k));
  // A headline, a sentence and a figure line, the group not opening on its figure (a time stamp over an entry).
  if (pattern[0] === 'figure' || !pattern.includes('figure') || !pattern.includes('headline') || !pattern.includes('sentence')) return;
  const story = storyWordsAbove(kept, start, mask);
  if (story === null || !allOffTopic(kept, start, n, size, story, mask, MAX_SHARED_GROUP)) return;
  for (let k = start; k < n; k++) kept[k]!.reason = 'related-headlines';
}

type Shape = 'figure' | 'headline' | 'sentence';

function shapeOf(l: ContentLine): Shape {
  const sentence = endsSentenceAnyScript(l.text) || endsWithEllipsis(l.text);
  if (!sentence && wordsUpTo(l, MAX_FIGURE_WORDS + 1) <= MAX_FIGURE_WORDS && HAS_DIGIT.test(l.text)) return 'figure';
  if (sentence || wordsUpTo(l, MAX_HEADLINE_WORDS + 1) > MAX_HEADLINE_WORDS) return 'sentence';
  return 'headline';
}

/** The content words of the story's paragraphs above a kept index, or null when no paragraph is there. */
function storyWordsAbove(kept: readonly ContentLine[], end: number, mask: LanguageMask): Set<string> | null {
  let story: Set<string> | null = null;
  for (let i = 0; i < end; i++) {
    const l = kept[i]!;
    if (!isParagraphAnyScript(l)) continue;
    story ??= new Set();
    for (const w of contentWords(l.text, mask)) story.add(w);
  }
  return story;
}

/** Whether every item (`size` lines each, from `from` to `to`) shares under `maxShared` of its content words with the story. */
function allOffTopic(
  kept: readonly ContentLine[],
  from: number,
  to: number,
  size: number,
  story: ReadonlySet<string>,
  mask: LanguageMask,
  maxShared: number,
): boolean {
  for (let i = from; i < to; i += size) {
    let own = 0;
    let shared = 0;
    for (let k = i; k < i + size && k < to; k++) {
      for (const w of contentWords(kept[k]!.text, mask)) {
        own++;
        if (story.has(w)) shared++;
      }
    }
    if (shared >= maxShared * own && own > 0) return false;
  }
  return true;
}
