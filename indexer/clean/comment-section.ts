/**
 * The comment section: once a page's comments open below the article ("Leave a Reply",
 * "Kommentare", "3 thoughts on …", "Vos réactions doivent respecter…"), what follows is readers'
 * comments and the form's furniture, whatever their shape. A comment is a sentence like any
 * paragraph; only where it sits tells it from one.
 *
 * A counter ("Comments (12)", "3 comments") is a link in a share bar, which may sit anywhere, and
 * opens nothing. The opener must follow the article's text (two paragraphs at least), and what
 * follows must not be a run of paragraphs: a prompt printed under the lead leaves the story alone.
 */
import { endsSentence, spacedWordCount } from './shape.ts';
import type { ContentLine } from './structure.ts';

/** Fewest paragraphs above the opener: the article's text comes first. */
const MIN_PARAGRAPHS_ABOVE = 2;
const MIN_PARAGRAPH_WORDS = 8;
/** Paragraphs in a row that are the article's text, not comments. */
const MAX_COMMENT_RUN = 3;
const COUNTER = /^(?:\(?\d+\)?\s*\p{L}+|\p{L}+\s*\(?\d+\)?)$/u;

export function markCommentSection(lines: ContentLine[]): void {
  const paragraph = (l: ContentLine) =>
    l.reason === null && endsSentence(l.text) && spacedWordCount(l.text, MIN_PARAGRAPH_WORDS) >= MIN_PARAGRAPH_WORDS;
  let above = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (paragraph(l)) above++;
    if (l.reason !== 'comments' || above < MIN_PARAGRAPHS_ABOVE || isCounter(l.text)) continue;
    const rest = lines.slice(i + 1);
    if (hasTextRun(rest, paragraph)) return;
    for (const r of rest) if (r.reason === null) r.reason = 'comments';
    return;
  }
}

/**
 * Paragraphs one after another, nothing between: the article going on. Comments come one by one,
 * each under its author's name or stamp and over its buttons.
 */
function hasTextRun(lines: readonly ContentLine[], paragraph: (l: ContentLine) => boolean): boolean {
  let run = 0;
  for (const l of lines) {
    run = paragraph(l) ? run + 1 : 0;
    if (run >= MAX_COMMENT_RUN) return true;
  }
  return false;
}

/** "Comments (12)", "12 Kommentare": a count, a link in a share bar. A bare "Comments" heads the list. */
function isCounter(text: string): boolean {
  return COUNTER.test(text.replace(/[:|•·]/g, ' ').trim());
}
