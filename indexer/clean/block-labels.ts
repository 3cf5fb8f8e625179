/**
 * A label over furniture: a short line the rules kept, right above a block of lines they dropped as
 * lists, prompts or stamps, is that block's heading ("Related", "Read also:", "Most read", a
 * section's name), whatever its words: a heading belongs to what is under it. Read without
 * phrases, so it holds in any language; the block's reasons come from the rules that ran before.
 *
 * Below the page's first running text (the story has begun), a kept line is dropped as
 * `related-headlines` when it is a label (six words at most, or eighteen characters of a script
 * without spaces, no comma, no sentence end but a colon or a "»"), every line from it down to the next
 * kept line was dropped for a list's reason (`BLOCK_REASONS`), and that next kept line is not running
 * text: a subheading over an ad or a photo's caption has the story's next section under it.
 */
import type { JunkReason } from '../../engine/contract/types.ts';
import { hasWordsAtMost } from './line-words.ts';
import { endsSentenceAnyScript } from './script-stops.ts';
import type { ContentLine } from './structure.ts';
import { isSentence } from './topic-tail.ts';

const MAX_LABEL_WORDS = 6;
/** A label's last sign that still introduces what is under it. */
const INTRODUCES = /[:»]\s*$/u;
/** Reasons of the lines a label heads: lists of links, stamps, prompts, copies — not a caption or a byline, which a subheading may sit over. */
const BLOCK_REASONS: ReadonlySet<JunkReason> = new Set<JunkReason>([
  'related-headlines',
  'navigation',
  'classifier',
  'off-topic',
  'dateline',
  'repeated-line',
  'repeated-headline',
  'promotion',
  'comments',
  'boilerplate',
]);

export function markBlockLabels(lines: ContentLine[]): void {
  const first = lines.findIndex((l) => l.reason === null && isSentence(l));
  if (first < 0) return;
  for (let i = first + 1; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    if (l.reason === null && lines[i + 1]!.reason !== null && isLabel(l) && headsBlock(lines, i)) l.reason = 'related-headlines';
  }
}

/** Whether the dropped lines under `i` are all a block's, and no running text follows them. */
function headsBlock(lines: readonly ContentLine[], i: number): boolean {
  let j = i + 1;
  for (; j < lines.length && lines[j]!.reason !== null; j++) if (!BLOCK_REASONS.has(lines[j]!.reason!)) return false;
  return j === lines.length || !isSentence(lines[j]!);
}

function isLabel(l: ContentLine): boolean {
  // A comma is a clause or a sign-off ("With best wishes,", "Jane Doe, Harbour Gazette"), not a heading.
  if (l.text.includes(',') || (endsSentenceAnyScript(l.text) && !INTRODUCES.test(l.text))) return false;
  return hasWordsAtMost(l, MAX_LABEL_WORDS);
}
