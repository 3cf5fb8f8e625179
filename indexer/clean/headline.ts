/**
 * The headline: the stated title line when the format has one, else the best-scored candidate
 * among the top lines (`title-candidates.ts`); its decoration (scraper stamp, section, site
 * suffixes, counter text) and its repeats further down.
 */
import type { Headline } from '../types.ts';
import { endsSentence, hasLineKey, lineKey, looksLikeBreadcrumb, wordCount } from './shape.ts';
import type { ContentLine } from './structure.ts';
import { isBodyParagraph, isTopChrome, pickHeadline } from './title-candidates.ts';
import { addressWords } from './title-address.ts';
import { type Undecorated, withoutDecoration, withoutGluedNames } from './title-decoration.ts';
import { namesAfterHeadline, splitAppendedNames, splitTitleLine, suffixIsSiteName, suffixNamedElsewhere } from './title.ts';

/** How far below the title line a cleaner copy of the headline may appear. */
const TITLE_REPEAT_WINDOW = 8;

/**
 * Finds the headline: the stated title line when the format has one, else the best candidate
 * above the first paragraph. Lines above it are navigation, breadcrumbs or stamps, unless they
 * read as text. Returns null when the text starts straight with body paragraphs.
 */
export function markHeadline(lines: ContentLine[], statedTitleLine?: number, url?: string | null): Headline | null {
  const pick = statedTitleLine === undefined ? pickHeadline(lines, () => lines.map((l) => l.text).join('\n'), addressWords(url)) : null;
  const index = statedTitleLine === undefined ? (pick?.index ?? -1) : lines.findIndex((l) => l.line === statedTitleLine);
  const firstBody = index >= 0 ? index : lines.findIndex((l, i) => l.reason === null && !isTopChrome(lines, i));
  for (let i = 0; i < (firstBody < 0 ? lines.length : firstBody); i++) {
    const l = lines[i]!;
    // A paragraph above the headline (a teaser, a lead printed first) is text, not navigation.
    if (l.reason === null && !readsAsText(l.text)) l.reason = looksLikeBreadcrumb(l.text) ? 'breadcrumb' : 'navigation';
  }
  if (index < 0) return null;

  const titleLine = lines[index]!;
  const parts = splitTitleLine(pick?.text ?? titleLine.text);
  const window = lines.slice(index + 1, index + 1 + TITLE_REPEAT_WINDOW);
  const repeatOf = (text: string) => {
    const key = lineKey(text);
    return window.find((l) => l.reason === null && hasLineKey(l.text, key));
  };

  let text = parts.text;
  let siteSuffix: string | null = null;
  // The title line printed again whole further down says its last part is the headline's own ("Team A -
  // Team B" over a menu listing "Team A"): a line repeating only its first part is then no cleaner copy.
  let repeat = parts.suffix && !printedAgainWhole(lines, index, parts.text) ? repeatOf(parts.suffix.headline) : undefined;
  const others = () => lines.filter((_, i) => i !== index).map((l) => l.text);
  // The headline printed again, cleaner, says where it ends before any guess from the names' shapes
  // (a headline in title case after "Site - " reads as a name too).
  const copied = repeat ? undefined : decoratedCopyBelow(window, parts.text);
  const named = repeat || copied ? null : splitAppendedNames(parts.text);
  if (copied) {
    ({ headline: text, site: siteSuffix } = copied.undecorated);
    repeat = copied.line;
  } else if (named) {
    ({ headline: text, site: siteSuffix } = named);
  } else if (
    parts.suffix &&
    (repeat || suffixIsSiteName(parts) || suffixNamedElsewhere(parts.suffix.site, others(), parts.suffix.headline))
  ) {
    text = parts.suffix.headline;
    siteSuffix = parts.suffix.site;
  }
  if (!repeat) repeat = cleanerCopyBelow(window, text);
  const fuller = repeat ? undefined : fullerCopyBelow(window, text);
  if (fuller) {
    text = fuller.text;
    repeat = fuller;
  }
  if (repeat && !hasLineKey(repeat.text, lineKey(text))) {
    const named = namesAfterHeadline(text, lineKey(repeat.text)) ?? withoutDecoration(text, lineKey(repeat.text));
    if (named) {
      text = named.headline;
      siteSuffix ??= named.site;
    }
  }
  const decorated = text !== titleLine.text.replace(/\s+/g, ' ').trim();

  let headlineLine = titleLine;
  if (decorated && repeat && hasLineKey(repeat.text, lineKey(text))) {
    titleLine.reason = 'title-decoration';
    repeat.reason = 'headline';
    headlineLine = repeat;
  } else {
    titleLine.reason = 'headline';
  }

  // The headline printed again further down (above a photo, in a share box) is not a paragraph.
  const keys = [...new Set([lineKey(text), lineKey(titleLine.text)])];
  for (const l of lines) {
    if (l.reason !== null || l.line <= headlineLine.line) continue;
    if (keys.some((key) => hasLineKey(l.text, key)) || isLabelledRepeat(l.text, text)) l.reason = 'repeated-headline';
  }
  const headline: Headline = {
    line: headlineLine.line,
    text,
    siteSuffix,
    decorated,
    cleanerRepeatLine: headlineLine === titleLine ? null : headlineLine.line,
  };
  if (pick?.archive) headline.archive = true;
  return headline;
}

/** Whether a line below `index` is the title line's text whole, as `lineKey` reads it. */
function printedAgainWhole(lines: readonly ContentLine[], index: number, text: string): boolean {
  const key = lineKey(text);
  // Compared only when the length is near: punctuation and spacing aside, a copy is about as long.
  const [least, most] = [text.length / 2, text.length * 2];
  for (let i = index + 1; i < lines.length; i++) {
    const other = lines[i]!.text;
    if (other.length >= least && other.length <= most && hasLineKey(other, key)) return true;
  }
  return false;
}

/** Most words of the section or site label glued to a repeat of the headline ("| Top News |"). */
const MAX_LABEL_WORDS = 4;
const LABEL_SEPARATOR = /[|·•–—:/»›]|\s-\s/u;

/**
 * The headline printed again with a section or site label glued on, behind or before a separator
 * ("Headline | Top News |", "World · Headline"): a teaser box or a share widget, not prose. A
 * paragraph that quotes a headline goes on with a sentence, which the label's word limit excludes.
 */
function isLabelledRepeat(line: string, headline: string): boolean {
  if (line.length <= headline.length || line.length > headline.length + 60 || wordCount(headline, 4) < 4) return false;
  if (!LABEL_SEPARATOR.test(line)) return false;
  const key = lineKey(line);
  const head = lineKey(headline);
  const at = key.indexOf(head);
  // Whole words: the copy starts and ends at word bounds of the line.
  if (at < 0 || (at > 0 && key[at - 1] !== ' ') || (key.length > at + head.length && key[at + head.length] !== ' ')) return false;
  return wordCount(key.slice(0, at), MAX_LABEL_WORDS + 1) + wordCount(key.slice(at + head.length), MAX_LABEL_WORDS + 1) <= MAX_LABEL_WORDS;
}

/**
 * The headline printed without decoration a few lines below the title line: the same text, or
 * the title line's opening when all that follows it there are appended names ("Headline, Latest
 * Country News - Site" over "Headline"), or the title line less names joined to it by any
 * separator, before or after (`title-decoration.ts`).
 */
function cleanerCopyBelow(window: ContentLine[], text: string): ContentLine | undefined {
  const key = lineKey(text);
  return window.find((l) => {
    // A copy is no longer than the title line: paragraphs are skipped before they are keyed.
    if (l.reason !== null || l.text.length > text.length + 2 || wordCount(l.text, 3) < 3) return false;
    const copy = lineKey(l.text);
    return (
      copy === key || (key.startsWith(`${copy} `) && namesAfterHeadline(text, copy) !== null) || withoutDecoration(text, copy) !== null
    );
  });
}

/** A cleaner copy below of which the title line is the headline with names joined by separators (`title-decoration.ts`). */
function decoratedCopyBelow(window: ContentLine[], text: string): { line: ContentLine; undecorated: Undecorated } | undefined {
  for (const l of window) {
    if (l.reason !== null || l.text.length >= text.length || wordCount(l.text, 3) < 3) continue;
    const undecorated = withoutDecoration(text, lineKey(l.text)) ?? withoutGluedNames(text, l.text);
    if (undecorated) return { line: l, undecorated };
  }
  return undefined;
}

/**
 * A title line cut short by the page's <title> ("Council gives initial approval ...") and the
 * whole headline a few lines below, starting with the same words: the headline is the whole one.
 */
function fullerCopyBelow(window: ContentLine[], text: string): ContentLine | undefined {
  const cut = /^(.*\S)\s*(?:\.{3}|…)$/u.exec(text)?.[1];
  if (cut === undefined || wordCount(cut, 3) < 3) return undefined;
  const key = lineKey(cut);
  return window.find(
    (l) => l.reason === null && l.text.length > cut.length && wordCount(l.text, 31) <= 30 && lineKey(l.text).startsWith(`${key} `),
  );
}

/** A sentence of eight words or more: text, wherever it sits, and left to the line classifier. */
function readsAsText(text: string): boolean {
  return isBodyParagraph(text) || (wordCount(text, 8) >= 8 && endsSentence(text));
}
