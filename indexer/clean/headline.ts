/**
 * The headline: the stated title line when the format has one, else the first line below the page
 * chrome that is shaped like a headline; its decoration (site suffix, counter text) and its
 * repeats further down.
 */
import type { Headline } from '../types.ts';
import {
  hasLineKey,
  lineKey,
  looksLikeBreadcrumb,
  looksLikeCapsMenu,
  looksLikeSeparatedMenu,
  wordCount,
} from './shape.ts';
import type { ContentLine } from './structure.ts';
import { splitTitleLine, suffixIsSiteName } from './title.ts';

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
