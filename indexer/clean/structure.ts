/**
 * Rules that depend on where a line sits: chrome above the headline, the headline and its
 * repeats, caption labels next to credits, headline lists after the last paragraph, and
 * subheadings between paragraphs. They work on the non-blank lines of one article, in order,
 * after the phrase rules have labelled what they could.
 */
import type { JunkReason } from '../../engine/types.ts';
import type { Headline } from '../types.ts';
import { BLOCK_LABEL, isPhotoCredit } from './phrases.ts';
import {
  endsWithFunctionWord,
  endsSentence,
  endsWithFullStop,
  hasLineKey,
  lineKey,
  looksLikeBreadcrumb,
  looksLikeCapsMenu,
  looksLikeSeparatedMenu,
  wordCount,
} from './shape.ts';
import { splitTitleLine, suffixIsSiteName } from './title.ts';

export interface ContentLine {
  line: number;
  text: string;
  reason: JunkReason | null;
  heading: boolean;
}

/** Longest line still read as a subheading or a headline in a list. */
const MAX_HEADING_WORDS = 14;
const MAX_LIST_ITEM_WORDS = 20;
/** How far below the title line a cleaner copy of the headline may appear. */
const TITLE_REPEAT_WINDOW = 8;

/**
 * Finds the headline: the stated title line when the format has one, else the first line that
 * is not chrome. Lines above it are navigation, breadcrumbs or stamps. Returns null when the
 * text starts straight with body paragraphs.
 */
export function markHeadline(lines: ContentLine[], statedTitleLine?: number): Headline | null {
  const index = statedTitleLine === undefined ? headlineByShape(lines) : lines.findIndex((l) => l.line === statedTitleLine);
  const firstBody = index >= 0 ? index : lines.findIndex((l, i) => l.reason === null && !isTopChrome(lines, i));
  for (let i = 0; i < (firstBody < 0 ? lines.length : firstBody); i++) {
    const l = lines[i]!;
    if (l.reason === null) l.reason = looksLikeBreadcrumb(l.text) ? 'breadcrumb' : 'navigation';
  }
  if (index < 0) return null;

  const titleLine = lines[index]!;
  const parts = splitTitleLine(titleLine.text);
  const window = lines.slice(index + 1, index + 1 + TITLE_REPEAT_WINDOW);
  const repeatOf = (text: string) => {
    const key = lineKey(text);
    return window.find((l) => l.reason === null && hasLineKey(l.text, key));
  };

  let text = parts.text;
  let siteSuffix: string | null = null;
  let repeat = parts.suffix ? repeatOf(parts.suffix.headline) : undefined;
  if (parts.suffix && (repeat || suffixIsSiteName(parts))) {
    text = parts.suffix.headline;
    siteSuffix = parts.suffix.site;
  }
  const decorated = text !== titleLine.text.replace(/\s+/g, ' ').trim();
  if (!repeat && decorated) repeat = repeatOf(text);

  let headlineLine = titleLine;
  if (decorated && repeat) {
    titleLine.reason = 'title-decoration';
    repeat.reason = 'headline';
    headlineLine = repeat;
  } else {
    titleLine.reason = 'headline';
  }

  // The headline printed again further down (above a photo, in a share box) is not a paragraph.
  const keys = [...new Set([lineKey(text), lineKey(titleLine.text)])];
  for (const l of lines) {
    if (l.reason === null && l.line > headlineLine.line && keys.some((key) => hasLineKey(l.text, key))) l.reason = 'repeated-headline';
  }
  return {
    line: headlineLine.line,
    text,
    siteSuffix,
    decorated,
    cleanerRepeatLine: headlineLine === titleLine ? null : headlineLine.line,
  };
}

/** The first line that is not chrome, if it is shaped like a headline; else -1. */
function headlineByShape(lines: ContentLine[]): number {
  const first = lines.findIndex((l, i) => l.reason === null && !isTopChrome(lines, i));
  return first >= 0 && couldBeHeadline(lines[first]!.text) ? first : -1;
}

/**
 * Chrome shapes that may precede a headline: menus of capitalised section names, pipe-separated
 * menus, breadcrumbs, single words, and runs of three or more very short lines (link lists).
 */
function isTopChrome(lines: ContentLine[], i: number): boolean {
  const text = lines[i]!.text;
  if (looksLikeCapsMenu(text) || looksLikeSeparatedMenu(text) || looksLikeBreadcrumb(text)) return true;
  if (wordCount(text) <= 1) return true;
  // Menu items: one to three capitalised words, no digits or punctuation ("Middle East", "Sport").
  const short = (l: ContentLine | undefined) =>
    l !== undefined && wordCount(l.text) <= 3 && /^(?:(?:[\p{Lu}\p{Lo}][\p{L}'’-]*|&)\s?)+$/u.test(l.text);
  if (!short(lines[i])) return false;
  let start = i;
  while (short(lines[start - 1])) start--;
  let end = i;
  while (short(lines[end + 1])) end++;
  return end - start + 1 >= 3;
}

/** Headlines are short; one that ends in a full stop ("Markets fall.") is shorter still. */
function couldBeHeadline(text: string): boolean {
  const n = wordCount(text, 30);
  if (n < 2 || n > 30 || /[,;]$/.test(text)) return false;
  return n <= 15 || !/[.:]["'”’]?$/.test(text);
}

/** Chrome between the headline and the first paragraph: breadcrumbs and menus placed below the title. */
export function markChromeBelowHeadline(lines: ContentLine[], headline: Headline | null): void {
  if (!headline) return;
  for (const l of lines) {
    if (l.line <= headline.line) continue;
    if (l.reason !== null) continue;
    if (endsSentence(l.text) || wordCount(l.text, MAX_HEADING_WORDS) > MAX_HEADING_WORDS) return;
    if (looksLikeBreadcrumb(l.text)) l.reason = 'breadcrumb';
    else if (looksLikeCapsMenu(l.text) || looksLikeSeparatedMenu(l.text)) l.reason = 'navigation';
  }
}

/**
 * Caption labels: a short unpunctuated line directly above a photo credit, sandwiched between
 * caption/credit lines, or repeating the start of a caption next to it ("Clinton (R370)").
 */
export function markCaptionLabels(lines: ContentLine[]): void {
  const isCaptionish = (l: ContentLine | undefined) =>
    l !== undefined && (l.reason === 'caption' || (l.reason === 'credit' && isPhotoCredit(l.text)));
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.reason !== null || wordCount(l.text, 10) > 10 || endsSentence(l.text)) continue;
    const prev = lines[i - 1];
    const next = lines[i + 1];
    const prefixOfNeighbour = [prev, next, lines[i - 2], lines[i + 2]].some(
      (n) => isCaptionish(n) && n!.text.startsWith(l.text) && n!.text.length > l.text.length,
    );
    if (prefixOfNeighbour || (isCaptionish(prev) && isCaptionish(next)) || (next?.reason === 'credit' && isPhotoCredit(next.text))) {
      l.reason = 'caption';
    }
  }
  // A sentence printed right above a photo credit, with no blank line between, is the photo's
  // caption ("The building has stood empty since 2009." / "(Photo: Gazette/Anna Berg)"). Only in
  // text whose paragraphs are separated by blank lines, where adjacency means something.
  if (!isBlankSeparated(lines.filter((l) => l.reason === null))) return;
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1]!;
    if (l.reason !== null || next.line !== l.line + 1 || wordCount(l.text, MAX_CAPTION_WORDS) > MAX_CAPTION_WORDS) continue;
    if (next.reason === 'credit' && isPhotoCredit(next.text)) l.reason = 'caption';
  }
}

const MAX_CAPTION_WORDS = 35;

/**
 * Lists of other headlines: lines after a block label ("Most Popular", "Related") and the run
 * of unpunctuated short lines after the last real paragraph. A line ending in sentence
 * punctuation or a closing quote is never taken, so the last paragraph always survives.
 */
export function markHeadlineLists(lines: ContentLine[]): void {
  const listItem = (l: ContentLine) => l.reason === null && wordCount(l.text, MAX_LIST_ITEM_WORDS) <= MAX_LIST_ITEM_WORDS && !endsSentence(l.text);

  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.reason !== 'related-headlines' || !BLOCK_LABEL.test(lines[i]!.text)) continue;
    for (let j = i + 1; j < lines.length && (lines[j]!.reason !== null || listItem(lines[j]!)); j++) {
      if (lines[j]!.reason === null) lines[j]!.reason = 'related-headlines';
    }
  }

  let lastReal = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.reason === null && endsSentence(l.text)) {
      lastReal = i;
      break;
    }
  }
  const tail = lines.slice(lastReal + 1).filter((l) => l.reason === null);
  for (const l of tail) {
    // "About admin": the author box of a blog engine, after the article.
    if (/^about\s+\S+(?:\s+\S+){0,2}$/i.test(l.text)) l.reason = 'author-box';
  }
  const items = tail.filter(listItem);
  const hasLabel = lines.slice(lastReal + 1).some((l) => l.reason === 'related-headlines');
  if (hasLabel && items.length >= 1) {
    for (const l of items) l.reason = 'related-headlines';
    return;
  }
  // Without a label, only a run of headline-shaped lines. In text whose paragraphs are separated
  // by blank lines, a run means adjacent lines: a list laid out like the paragraphs (results,
  // award winners) is part of the article.
  if (items.length < 2 || items.length !== tail.filter((l) => l.reason === null).length) return;
  if (!items.every((l) => looksLikeHeadline(l.text))) return;
  const body = lines.slice(0, lastReal + 1).filter((l) => l.reason === null);
  if (isBlankSeparated(body) && !items.every((l, i) => i === 0 || l.line === items[i - 1]!.line + 1)) return;
  for (const l of items) l.reason = 'related-headlines';
}

/** A headline of another story: a few words, capitalised, not a list entry or a data line. */
function looksLikeHeadline(text: string): boolean {
  const n = wordCount(text, MAX_LIST_ITEM_WORDS);
  if (n < 3 || n > MAX_LIST_ITEM_WORDS) return false;
  if (!/^[\p{Lu}"“‘']/u.test(text)) return false;
  // List entries and data: "1 Roger Federer (Switzerland)", "- Best actor - X", "Arsenal v Wolves".
  return !/^(?:\d|[-*•–])|\)$|\s[-–]\s|\sv\.?\s|\svs\.?\s/u.test(text);
}

function isBlankSeparated(body: ContentLine[]): boolean {
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
  for (const l of lines) {
    if (l.reason === null) l.reason = dropped.get(lineKey(l.text)) ?? null;
  }
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
