/**
 * Rules that depend on where a line sits (the headline itself is found by `headline.ts`): chrome
 * below the headline, caption labels next to credits, headline lists after the last paragraph, and
 * subheadings between paragraphs. They work on the non-blank lines of one article, in order,
 * after the phrase rules have labelled what they could.
 */
import type { JunkReason } from '../../engine/contract/types.ts';
import type { Headline } from '../types.ts';
import { BLOCK_LABEL } from './phrases.ts';
import { isPictureCredit } from './captions.ts';
import { isFigureLine } from './figure-lines.ts';
import { agreement, contentStems } from './title-agreement.ts';
import { RELATED_HEADING, isCapsRelated } from './trade-phrases.ts';
import {
  endsWithFunctionWord,
  endsSentence,
  endsWithFullStop,
  endsWithEllipsis,
  isFixture,
  isCutParagraph,
  keyLongerThan,
  lineKey,
  looksLikeBreadcrumb,
  looksLikeCapsMenu,
  looksLikeSeparatedMenu,
  wordCount,
} from './shape.ts';
import { hasWordsAtLeast, isSentenceParagraph } from './line-words.ts';
import { endsSentenceAnyScript } from './script-stops.ts';
import { guessLanguage } from './stopwords.ts';
import { readsAsCutProse } from './text-like.ts';

/**
 * Reasons the shape rules give a short line for where it stands or how it looks, not for a phrase
 * of the trade it holds: the passes that see more of the page (a clause's comma, a story told in
 * entries, a run of other stories' headlines) may take them back or give them.
 */
export const SHAPE_REASONS: ReadonlySet<JunkReason> = new Set<JunkReason>(['navigation', 'related-headlines', 'classifier']);

export interface ContentLine {
  line: number;
  text: string;
  reason: JunkReason | null;
  heading: boolean;
  /** `countLineWords(text)`: read it through `wordsUpTo` (see line-words.ts). */
  words: number;
}

/** Longest line still read as a subheading or a headline in a list. */
const MAX_HEADING_WORDS = 14;
const MAX_LIST_ITEM_WORDS = 20;

/** Chrome between the headline and the first paragraph: breadcrumbs and menus placed below the title. */
export function markChromeBelowHeadline(lines: ContentLine[], headline: Headline | null): void {
  if (!headline) return;
  for (const l of lines) {
    if (l.line <= headline.line) continue;
    if (l.reason !== null) continue;
    if (endsSentence(l.text) || wordCount(l.text, MAX_HEADING_WORDS) > MAX_HEADING_WORDS) return;
    // A sentence in another script is no menu item (a standfirst in Hindi ends in its danda, and
    // has no lower case to tell it from a menu in capitals); the chrome may go on below it.
    if (endsSentenceAnyScript(l.text)) continue;
    if (looksLikeBreadcrumb(l.text)) l.reason = 'breadcrumb';
    else if (looksLikeCapsMenu(l.text) || looksLikeSeparatedMenu(l.text)) l.reason = 'navigation';
  }
}

/**
 * Caption labels: a short unpunctuated line directly above a photo credit, sandwiched between
 * caption/credit lines, or repeating the start of a caption next to it ("Clinton (R370)").
 */
export function markCaptionLabels(lines: ContentLine[]): void {
  const isCaptionish = (l: ContentLine | undefined) => l !== undefined && (l.reason === 'caption' || isPictureCredit(l));
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.reason !== null || wordCount(l.text, 10) > 10 || endsSentence(l.text)) continue;
    const prev = lines[i - 1];
    const next = lines[i + 1];
    const prefixOfNeighbour = [prev, next, lines[i - 2], lines[i + 2]].some(
      (n) => isCaptionish(n) && n!.text.startsWith(l.text) && n!.text.length > l.text.length,
    );
    if (prefixOfNeighbour || (isCaptionish(prev) && isCaptionish(next)) || isPictureCredit(next)) {
      l.reason = 'caption';
    }
  }
  // A sentence printed right above a photo credit, with no blank line between, is the photo's
  // caption ("The building has stood empty since 2009." / "(Photo: Gazette/Anna Berg)"). Only in
  // text whose paragraphs are separated by blank lines, where adjacency means something (in
  // packed text the last paragraph sits right above the credit of the photo below it).
  if (!isBlankSeparated(lines.filter((l) => l.reason === null))) return;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1]!;
    if (l.reason !== null || next.line !== l.line + 1 || wordCount(l.text, MAX_CAPTION_WORDS) > MAX_CAPTION_WORDS) continue;
    if (isPictureCredit(next)) l.reason = 'caption';
  }
}

const MAX_CAPTION_WORDS = 35;

/**
 * Lists of other headlines: lines after a block label ("Most Popular", "Related") and the run
 * of unpunctuated short lines after the last real paragraph. A line ending in sentence
 * punctuation or a closing quote is never taken, so the last paragraph always survives.
 */
export function markHeadlineLists(lines: ContentLine[]): void {
  const listItem = (l: ContentLine) =>
    l.reason === null && wordCount(l.text, MAX_LIST_ITEM_WORDS) <= MAX_LIST_ITEM_WORDS && !endsSentenceAnyScript(l.text);

  let storyAbove = false;
  for (let i = 0; i < lines.length; i++) {
    storyAbove ||= isStoryParagraph(lines[i]!);
    if (lines[i]!.reason !== 'related-headlines' || !isListHeading(lines[i]!.text)) continue;
    markLabelledList(lines, i, storyAbove);
  }

  let lastReal = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.reason === null && endsSentenceAnyScript(l.text)) {
      lastReal = i;
      break;
    }
  }
  // No line of the page ends a sentence: a script that writes no stops (Thai), where every line of the story
  // would read as a list item under a label at its foot.
  if (lastReal < 0) return;
  const tail = lines.slice(lastReal + 1).filter((l) => l.reason === null);
  for (const l of tail) {
    // "About admin": the author box of a blog engine, after the article.
    if (/^about\s+\S+(?:\s+\S+){0,2}$/i.test(l.text)) l.reason = 'author-box';
  }
  // The page's last line cut off mid-paragraph is the article's text.
  const items = tail.filter((l) => listItem(l) && !isCutLastLine(lines, l));
  // A link with its label glued on ("LEGGI ANCHE Venezia, …") is one link, not the heading of a list.
  const hasLabel = lines.slice(lastReal + 1).some((l) => l.reason === 'related-headlines' && !isCapsRelated(l.text));
  if (hasLabel && items.length >= 1) {
    for (const l of items) l.reason = 'related-headlines';
    return;
  }
  // Without a label, only a run of headline-shaped lines. In text whose paragraphs are separated
  // by blank lines, a run means adjacent lines: a list laid out like the paragraphs (results,
  // award winners) is part of the article.
  if (items.length < 2 || items.length !== tail.filter((l) => l.reason === null).length) return;
  if (!items.every((l) => looksLikeHeadline(l.text))) return;
  if (isHeadingOverCutParagraph(lines, items)) return;
  const body = lines.slice(0, lastReal + 1).filter((l) => l.reason === null);
  if (isBlankSeparated(body) && !items.every((l, i) => i === 0 || l.line === items[i - 1]!.line + 1)) return;
  for (const l of items) l.reason = 'related-headlines';
}

/**
 * A subheading over the start of its paragraph, which the scraper cut off at the page's end: the
 * page's last line is twice as long as the short line above it and takes up its subject (shares a
 * content word). Two links to other stories differ in length less, and a page's last link is no
 * paragraph continuing the one above.
 */
function isHeadingOverCutParagraph(lines: readonly ContentLine[], items: readonly ContentLine[]): boolean {
  const last = items.at(-1)!;
  const above = items.at(-2);
  if (above === undefined || last !== lines.at(-1) || endsSentence(last.text)) return false;
  if (wordCount(last.text, MAX_LIST_ITEM_WORDS) < 2 * wordCount(above.text, MAX_LIST_ITEM_WORDS)) return false;
  return agreement(last.text, contentStems(above.text)).shared > 0;
}

/**
 * The page's last line, cut off mid-paragraph by the scraper: a word cut short ("… and res"), or
 * a clause cut off that reads as prose in the page's language (`readsAsCutProse`: "… by 5c to 10c.
 * Boars lost"). It is the article's text going on, not an item of a list above it.
 */
function isCutLastLine(lines: readonly ContentLine[], l: ContentLine): boolean {
  return l === lines.at(-1) && (isCutParagraph(l.text) || readsAsCutProse(l, () => guessLanguage(lines)));
}

/** Longest item of a list under a "Related" heading: a headline with its section or site glued on. */
const MAX_LABELLED_ITEM_WORDS = 25;

/** Fewest words of a paragraph of the story above a list: a sentence, not a label. */
const MIN_STORY_WORDS = 8;

/** A kept paragraph of running text (in a script without spaces, its length in characters). */
function isStoryParagraph(l: ContentLine): boolean {
  return l.reason === null && endsSentenceAnyScript(l.text) && hasWordsAtLeast(l, MIN_STORY_WORDS);
}

/**
 * The items under a heading of other stories: headline-shaped lines, which may end in "?" or "!"
 * like any headline. The first line ending in a full stop is where the article resumes. Below a
 * story's paragraph, an item may also end in the ellipsis of a headline or a teaser the list's box
 * cut short ("… in the car park of the…"): the story's text does not resume that way. On a page
 * that is itself a list (the heading above any paragraph), a teaser ending so is the page's text.
 */
function markLabelledList(lines: ContentLine[], label: number, storyAbove: boolean): void {
  for (let j = label + 1; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.reason !== null) continue;
    if (wordCount(l.text, MAX_LABELLED_ITEM_WORDS) > MAX_LABELLED_ITEM_WORDS) return;
    if (endsWithFullStop(l.text) && !(storyAbove && endsWithEllipsis(l.text))) return;
    l.reason = 'related-headlines';
  }
}

/** A heading of a list of other stories ("Most read", "Lees ook", "Te puede interesar"). */
export function isListHeading(text: string): boolean {
  return BLOCK_LABEL.test(text) || RELATED_HEADING.test(text);
}

/** A headline of another story: a few words, capitalised, not a list entry or a data line. */
function looksLikeHeadline(text: string): boolean {
  const n = wordCount(text, MAX_LIST_ITEM_WORDS);
  if (n < 3 || n > MAX_LIST_ITEM_WORDS) return false;
  if (!/^[\p{Lu}"“‘']/u.test(text)) return false;
  // List entries and data: "1 Roger Federer (Switzerland)", "- Best actor - X", "Arsenal v Wolves", "Moss 46,2%; Berg 28,7%".
  return !/^(?:\d|[-*•–])|\)$|\s[-–]\s/u.test(text) && !isFixture(text) && !isFigureLine(text);
}

/**
 * The article above a block: the unlabelled lines before line index `end` that are paragraphs (a
 * sentence of `minWords` or more), how many, and the longest run of them in a row.
 */
export function paragraphsAbove(lines: readonly ContentLine[], end: number, minWords: number): { count: number; run: number } {
  let count = 0;
  let run = 0;
  let inRow = 0;
  for (let i = 0; i < end; i++) {
    const l = lines[i]!;
    if (l.reason !== null) continue;
    const paragraph = isSentenceParagraph(l, minWords);
    inRow = paragraph ? inRow + 1 : 0;
    if (paragraph) count++;
    run = Math.max(run, inRow);
  }
  return { count, run };
}

export function isBlankSeparated(body: ContentLine[]): boolean {
  let gaps = 0;
  for (let i = 1; i < body.length; i++) if (body[i]!.line > body[i - 1]!.line + 1) gaps++;
  return body.length > 1 && gaps / (body.length - 1) >= 0.5;
}

/** A line repeating one already dropped (a promo or caption printed twice) goes the same way. */
export function markRepeatsOfDropped(lines: ContentLine[]): void {
  const dropped = new Map<string, JunkReason>();
  for (const l of lines) {
    if (l.reason !== null && l.reason !== 'headline' && wordCount(l.text) >= 2) dropped.set(lineKey(l.text), l.reason);
  }
  if (dropped.size === 0) return;
  let longest = 0;
  for (const key of dropped.keys()) longest = Math.max(longest, key.length);
  lines.forEach((l, i) => {
    if (l.reason !== null) return;
    // A paragraph's key is longer than any dropped line's: no need to build it (most lines are paragraphs).
    if (keyLongerThan(l.text, longest)) return;
    const reason = dropped.get(lineKey(l.text)) ?? null;
    if (reason !== 'caption' || !isStandfirst(lines, i)) l.reason = reason;
  });
}

/**
 * The page's furniture between a headline and its standfirst (date stamps, a byline, an author's
 * missing photo: "2024-05-01, 10:15", "Newsroom"): at most this many lines.
 */
const MAX_LINES_OVER_STANDFIRST = 4;

/**
 * The line right under the headline, or under the stamps and byline printed below it: the
 * standfirst. A page that reuses its standfirst as the photo's caption prints it twice; the
 * caption is the copy, and the standfirst is the story's first line, which dropping both copies
 * would lose from the text. Only dropped lines may sit between, no caption among them (a line under a
 * caption is the photo's, and a byline is read as a credit).
 */
export function isStandfirst(lines: readonly ContentLine[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 1 - MAX_LINES_OVER_STANDFIRST; j--) {
    const reason = lines[j]!.reason;
    if (reason === 'headline') return true;
    if (reason === null || reason === 'caption') return false;
  }
  return false;
}

/**
 * Subheadings: a short line without a closing full stop, between paragraphs, followed by body
 * text ("Ceasefire or ground operation?"). The first line under the headline is the standfirst
 * and stays body text.
 */
export function markHeadings(lines: ContentLine[], headline: Headline | null, marked: ReadonlySet<number> = new Set()): void {
  for (const l of lines) if (l.reason === null && marked.has(l.line)) l.heading = true;
  const kept = lines.filter((l) => l.reason === null && (!headline || l.line > headline.line));
  for (let i = 1; i < kept.length - 1; i++) {
    const l = kept[i]!;
    const prev = kept[i - 1]!;
    const next = kept[i + 1]!;
    const n = wordCount(l.text, MAX_HEADING_WORDS);
    if (n < 2 || n > MAX_HEADING_WORDS || l.text.length > 120 || endsWithFullStop(l.text) || /!["'”’]?$/.test(l.text)) continue;
    // Starts like a title; does not stop mid-phrase ("…went to form in Sheffield as").
    if (!/^[\p{Lu}"“‘']/u.test(l.text) || endsWithFunctionWord(l.text)) continue;
    if (!endsSentence(prev.text) && !prev.heading) continue;
    if (!endsSentence(next.text) && wordCount(next.text, MAX_HEADING_WORDS) <= MAX_HEADING_WORDS) continue;
    // A next line starting in lower case continues this one: a wrapped sentence, not a heading.
    if (/^\p{Ll}/u.test(next.text)) continue;
    l.heading = true;
  }
}
