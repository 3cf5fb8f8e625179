/**
 * Below a comment section's label, the article is over: what a page prints under "3 Comments",
 * "Comments are closed", "Kommentare", "Post your comments" — the readers' names and their
 * comments, reply buttons, another label — is the section's, in any language.
 *
 * `comment-blocks.ts` marks a comment section by its frame (author lines, button rows), and a
 * comment with an author line the words do not know (a bulleted name, a numbered entry with a
 * date) stays. Here the section's label alone closes the article, once the story has begun
 * above it (a kept paragraph): every line kept below it goes. Measured on the write-from sets
 * (shared dev, d4–d7, d10, d11): on 40 pages the first line dropped as a comment label below the
 * story's first paragraph has no body line anywhere below it, and the BBC corpus keeps every line.
 * A count or a blog's notice with the story's paragraphs right under it (two in a row) closes
 * nothing: a comment count in a share bar under the lead, a listing's notice under each post.
 */
import { isClosedNotice } from './comment-words.ts';
import type { ContentLine } from './structure.ts';
import { isParagraphAnyScript } from './topic-tail.ts';

const HAS_DIGIT = /\p{N}/u;
/** A line that is only a number, in brackets or not: a counter's. */
const COUNT_ONLY = /^[\s()[\]]*\p{N}{1,6}[\s()[\]]*$/u;
/** Paragraphs right under the label that say the story goes on. */
const RESUME_PARAGRAPHS = 2;

export function markBelowCommentLabel(lines: ContentLine[]): void {
  let story = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.reason === null) {
      story ||= isParagraphAnyScript(l);
      continue;
    }
    if (!story || l.reason !== 'comments' || (isCount(lines, i) && storyResumes(lines, i))) continue;
    for (let k = i + 1; k < lines.length; k++) if (lines[k]!.reason === null) lines[k]!.reason = 'comments';
    return;
  }
}

/**
 * A count of comments ("12 Comments", "Kommentare" over "14") or a blog's notice ("Comments Off on
 * <headline>"): what a share bar under the lead or a listing under each post prints, anywhere on
 * the page. A section's heading without a number ("Comments:", "Leave a reply") is the section.
 */
function isCount(lines: readonly ContentLine[], label: number): boolean {
  const text = lines[label]!.text;
  if (HAS_DIGIT.test(text) || isClosedNotice(text)) return true;
  const next = lines[label + 1];
  return next !== undefined && COUNT_ONLY.test(next.text);
}

/**
 * Whether the first two lines kept below the label are paragraphs: the story goes on right under it
 * (a share bar's comment count under the lead, a listing's "Comments Off on …" under each post).
 * A comment section opens with its first writer's name or another label.
 */
function storyResumes(lines: readonly ContentLine[], label: number): boolean {
  let seen = 0;
  for (let k = label + 1; k < lines.length && seen < RESUME_PARAGRAPHS; k++) {
    const l = lines[k]!;
    if (l.reason !== null) continue;
    if (!isParagraphAnyScript(l)) return false;
    seen++;
  }
  return seen === RESUME_PARAGRAPHS;
}
