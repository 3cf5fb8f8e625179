/**
 * Reader comments below the story, found by the rhythm of their section rather than by what they
 * say: a comment reads like any paragraph, and only its frame tells it from the story — an author
 * line over it (a name and a verb of saying, or a name and a relative time), a row of buttons
 * under it (Reply, Like, Report), and the section's labels around them (its name and count, "no
 * comments yet", a sort control, the prompt to log in). The words are `comment-words.ts`'s, in
 * many languages.
 *
 * The frame is read only below the story (a paragraph of it above, and no run of the story's
 * paragraphs below: the article does not resume), and it must be a comment section's: two author
 * lines, or one beside a label or a row of buttons. A live blog's entries carry times too, but
 * between runs of paragraphs; letters and interview turns are not framed by buttons or labels.
 * What is marked: the frame's lines, and the lines between them (the comments); below the last
 * author line, its comment (up to the next recognised line, a few lines at most).
 */
import type { JunkReason } from '../../engine/contract/types.ts';
import { endsSentence } from './shape.ts';
import { endsSentenceAnyScript } from './script-stops.ts';
import { wordsUpTo } from './line-words.ts';
import { hasTextRun } from './closing-sections.ts';
import { isActionLine, isAuthorLine, isClosedNotice, isCommentLabel } from './comment-words.ts';
import type { ContentLine } from './structure.ts';

const MIN_PARAGRAPH_WORDS = 8;
const MIN_PARAGRAPH_CHARS = 40;
const MIN_RUNNING_WORDS = 20;
/** The story's paragraphs in a row: below the section, the article is going on. */
const STORY_RUN = 3;
/** The story's paragraphs above the section, its headline not counted (one ending in "?" reads as a paragraph). */
const MIN_PARAGRAPHS_ABOVE = 1;
const LABEL_PARAGRAPHS_ABOVE = 2;
/** Most lines of the last comment below its author line. */
const MAX_LAST_COMMENT_LINES = 3;
const COUNT_ONLY = /^[\s()[\]]*\d{1,6}[\s()[\]]*$/u;

type Cue = 'label' | 'action' | 'author';
/** Longest line of a comment section's frame (a login prompt with the section's rules). */
const MAX_FRAME_WORDS = 30;
const FRAME_REASONS: ReadonlySet<JunkReason> = new Set<JunkReason>(['comments', 'navigation', 'classifier', 'dateline']);

function cueOf(l: ContentLine): Cue | null {
  // Lines other rules read as chrome of the section's kinds are read again: a button row may have
  // gone as navigation, an author's time as a stamp.
  if (l.reason !== null && !FRAME_REASONS.has(l.reason)) return null;
  // A story's paragraph is none of them, and is not read word by word (most lines of a page).
  if (l.words > MAX_FRAME_WORDS) return null;
  if (isCommentLabel(l.text, l.words)) return 'label';
  if (isActionLine(l.text)) return 'action';
  if (isAuthorLine(l.text, l.words)) return 'author';
  return null;
}

/**
 * "Comments Off on <headline>": the notice a blog engine prints under each post, a listing's as
 * well as a story's, wherever it sits. Run after the closing sections: it closes nothing.
 */
export function markClosedNotices(lines: ContentLine[]): void {
  for (const l of lines) if (l.reason === null && l.words <= MAX_FRAME_WORDS && isClosedNotice(l.text)) l.reason = 'comments';
}

/** @param headlineLine the title's source line, if one was found: not a paragraph of the story */
export function markCommentBlocks(lines: ContentLine[], headlineLine: number | null = null): void {
  const paragraph = (l: ContentLine) => l.reason === null && isStoryText(l);
  const cues = lines.map(cueOf);
  let first = -1;
  let above = 0;
  const aboveAt: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    aboveAt.push(above);
    if (first < 0 && cues[i] !== null && above >= MIN_PARAGRAPHS_ABOVE && !hasTextRun(lines.slice(i + 1), paragraph, STORY_RUN)) first = i;
    else if (paragraph(lines[i]!) && lines[i]!.line !== headlineLine) above++;
  }
  if (first < 0) {
    markCounts(lines);
    return;
  }
  const at = cues.map((c, i) => (c !== null && i >= first ? i : -1)).filter((i) => i >= 0);
  const count = (c: Cue) => at.filter((i) => cues[i] === c).length;
  const authors = count('author');
  const framed = count('label') + count('action') >= 1;
  // Author lines alone are a page of letters or a live page's posts as well: comments under a
  // story are fewer than its paragraphs above them (as `item-rhythm.ts` reads its items).
  const rhythm = framed ? authors >= 1 : authors >= 2 && authors < aboveAt[first]!;
  if (!rhythm) {
    // No comment's rhythm: the section's own labels go, the lines around them stay.
    // Alone, a label needs more of the story above it: a headline taken for a paragraph is one.
    for (const i of at) if (cues[i] !== 'author' && aboveAt[i]! >= LABEL_PARAGRAPHS_ABOVE) mark(lines[i]!);
    markCounts(lines);
    return;
  }
  const last = at.at(-1)!;
  for (let i = first; i <= last; i++) mark(lines[i]!);
  if (cues[last] === 'author')
    for (let i = last + 1; i < lines.length && i <= last + MAX_LAST_COMMENT_LINES && lines[i]!.reason === null; i++) mark(lines[i]!);
  markCounts(lines);
}

/**
 * A line of running text: a sentence of some length (in characters too: a Chinese paragraph is one
 * "word"), or a long run of words whatever its last character (a paragraph ending in a bracket).
 */
function isStoryText(l: ContentLine): boolean {
  if (wordsUpTo(l, MIN_RUNNING_WORDS) >= MIN_RUNNING_WORDS) return true;
  if (wordsUpTo(l, MIN_PARAGRAPH_WORDS) >= MIN_PARAGRAPH_WORDS) return endsSentence(l.text);
  return l.text.length >= MIN_PARAGRAPH_CHARS && endsSentenceAnyScript(l.text);
}

function mark(l: ContentLine): void {
  if (l.reason === null) l.reason = 'comments';
}

/** A bare count right under the section's label ("Comments" / "12") is the label's. */
function markCounts(lines: ContentLine[]): void {
  for (let i = 1; i < lines.length; i++)
    if (lines[i]!.reason === null && lines[i - 1]!.reason === 'comments' && COUNT_ONLY.test(lines[i]!.text)) lines[i]!.reason = 'comments';
}
