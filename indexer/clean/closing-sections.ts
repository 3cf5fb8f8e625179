/**
 * The sections a page closes with, below the article: its comments ("Leave a Reply",
 * "Kommentare", "Vos réactions doivent respecter…") and its lists of other stories ("Most read",
 * "Ezek érdekelhetnek még"). Once one opens, what follows is comments or teasers whatever their
 * shape: a comment or a teaser is a sentence like any paragraph, and only where it sits tells it
 * from one.
 *
 * The opener must follow the article's text (two paragraphs at least). A comment counter
 * ("Comments (12)") is a link in a share bar, which may sit anywhere, and opens nothing. Below the
 * opener, paragraphs one after another are the article going on (a box of links printed inside
 * it, a prompt under the lead): comments come one by one under their author's name or stamp,
 * teasers one by one under their headlines.
 */
import type { JunkReason } from '../../engine/contract/types.ts';
import { isSentenceParagraph } from './line-words.ts';
import { isListHeading, type ContentLine } from './structure.ts';

/** Fewest paragraphs above the opener: the article's text comes first. */
const MIN_PARAGRAPHS_ABOVE = 2;
const MIN_PARAGRAPH_WORDS = 8;
/**
 * Paragraphs in a row that are the article's text. A comment may run to two paragraphs; a teaser
 * is one, under its headline.
 */
const TEXT_RUN: Readonly<Partial<Record<JunkReason, number>>> = { comments: 3, 'related-headlines': 2 };
/** Fewest teaser sentences that show a list of other stories runs on below its heading. */
const MIN_TEASERS = 2;
const COUNTER = /^(?:\(?\d+\)?\s*\p{L}+|\p{L}+\s*\(?\d+\)?)$/u;

export function markClosingSections(lines: ContentLine[]): void {
  const paragraph = (l: ContentLine) => l.reason === null && isSentenceParagraph(l, MIN_PARAGRAPH_WORDS);
  // Most pages have no opener at all: paragraphs are counted only once one is seen.
  if (!lines.some(isOpener)) return;
  let above = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (paragraph(l)) above++;
    if (above < MIN_PARAGRAPHS_ABOVE || !isOpener(l)) continue;
    const rest = lines.slice(i + 1);
    if (hasTextRun(rest, paragraph, TEXT_RUN[l.reason!]!)) continue;
    // One paragraph under a box of links is the article resuming; teasers come two or more, and
    // fewer than the article's paragraphs (sections under subheadings alternate like teasers).
    const below = l.reason === 'related-headlines' ? rest.filter(paragraph).length : 0;
    if (l.reason === 'related-headlines' && (below < MIN_TEASERS || below >= above)) continue;
    for (const r of rest) if (r.reason === null) r.reason = l.reason;
    return;
  }
}

function isOpener(l: ContentLine): boolean {
  if (l.reason === 'comments') return !COUNTER.test(l.text.replace(/[:|•·]/g, ' ').trim());
  return l.reason === 'related-headlines' && isListHeading(l.text);
}

/** Whether `limit` paragraphs come one after another among the lines. */
export function hasTextRun(lines: readonly ContentLine[], paragraph: (l: ContentLine) => boolean, limit: number): boolean {
  let run = 0;
  for (const l of lines) {
    run = paragraph(l) ? run + 1 : 0;
    if (run >= limit) return true;
  }
  return false;
}
