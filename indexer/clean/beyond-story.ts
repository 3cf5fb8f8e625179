/**
 * Lines between pieces of furniture below the story's end, that share no word with its headline
 * and lead (issue 18, 18tail7).
 *
 * The story's end is its last kept paragraph that shares a content word (a five-letter stem,
 * `contentStems`) with the headline or the first two paragraphs. Below it, once an earlier rule
 * has dropped a line (a share row, a related list, a credit), a kept line that shares no such word
 * and has another dropped line further down sits inside the page's closing furniture: a survey
 * prompt, a newsletter line, a box label, a run of other stories' teasers. Read without wording,
 * so in any language and script. A dated line among them spares them: a live page's or an
 * archive's entries sit between their stamps, each on a topic of its own.
 *
 * Measured on the write-from sets (shared dev, d4–d7, d10, d11) with `bench/ingest/story-extent.ts`:
 * such lines are 14 junk, 0 body (5 pages of 5 sites); without the dropped line below them
 * 29 junk, 4 body (a page's cut last line, a list entry), so the line below is required. Checked
 * on d8/d9: d9 9 junk lines fewer on 2 pages, d8 unchanged, no body line lost on either. Cost: a structural test first (`mayMark`:
 * a line either loop below could mark); words are read only past it.
 *
 * Below the last dropped line (18rel8's measure, shipped by 18tail9): the page's closing lines that end no sentence and
 * share no such word, read from the page's end up to its last kept sentence (a heading over running text stays), are the
 * closing furniture too. Write-from 7 junk lines on 6 pages of 6 sites, 0 body; c13 (checked, never read) 3 junk on 3
 * pages, d8/d9 unchanged; BBC identical.
 */
import { addContentStems, contentStems, sharesContentStem } from './title-agreement.ts';
import { isListPage } from './listing-headline.ts';
import type { ContentLine } from './structure.ts';
import { isRunningText } from './story-end.ts';
import { isParagraphAnyScript, isSentence } from './topic-tail.ts';
import { isAdSlot } from './trade-phrases.ts';
import { LIST_ITEM_START } from './shape.ts';

/** Paragraphs of the lead whose words, with the headline's, are the story's. */
const LEAD_PARAGRAPHS = 2;

/**
 * The story's words: the content stems of the headline and of the first LEAD_PARAGRAPHS kept
 * paragraphs from `from` down, with how many paragraphs were found (0: no story below to compare with).
 */
export function storyStems(
  lines: readonly ContentLine[],
  headline: { text: string } | null,
  from: number,
): { story: Set<string>; paragraphs: number } {
  const story = headline === null ? new Set<string>() : contentStems(headline.text);
  let paragraphs = 0;
  for (let i = from; i < lines.length && paragraphs < LEAD_PARAGRAPHS; i++) {
    const l = lines[i]!;
    if (l.reason !== null || !isParagraphAnyScript(l)) continue;
    addContentStems(l.text, story);
    paragraphs++;
  }
  return { story, paragraphs };
}

/** Whether `text` has a content stem among `story`'s. */
export function sharesStem(text: string, story: ReadonlySet<string>): boolean {
  return sharesContentStem(text, story);
}

export function markBeyondStory(lines: ContentLine[], headline: { text: string } | null): void {
  // The last dropped line: nothing below it is judged, and a page with no drop is left at once.
  let lastDrop = -1;
  for (let i = lines.length - 1; i >= 0; i--)
    if (lines[i]!.reason !== null && lines[i]!.reason !== 'headline') {
      lastDrop = i;
      break;
    }
  if (lastDrop < 0) return;
  let first = -1;
  for (let i = 0; i < lastDrop && first < 0; i++) if (lines[i]!.reason === null && isParagraphAnyScript(lines[i]!)) first = i;
  if (first < 0 || !mayMark(lines, first, lastDrop)) return;
  // Only now the words (most pages stop above): the headline's and the lead's.
  const { story } = storyStems(lines, headline, first);
  if (story.size === 0) return;
  const shares = (l: ContentLine): boolean => sharesStem(l.text, story);
  // The story's end: its last kept paragraph sharing a word, read from the page's end up.
  let end = -1;
  for (let i = lines.length - 1; i >= first; i--) {
    const l = lines[i]!;
    if (l.reason === null && isParagraphAnyScript(l) && shares(l)) {
      end = i;
      break;
    }
  }
  if (end < 0) return;
  let from = -1;
  // An ad slot's marker is where an ad sits inside the text, not where the closing furniture starts (as in classify.ts).
  for (let i = end + 1; i <= lastDrop; i++)
    if (lines[i]!.reason !== null && !isAdSlot(lines[i]!.text)) {
      from = i;
      break;
    }
  if (from < 0) return;
  // A list under the story's last paragraph (two or more short kept lines before the first drop) that the furniture
  // interrupts is the story's own (a draw's fixtures, a line-up): what follows the drop continues it.
  let listed = 0;
  for (let i = end + 1; i < from; i++) if (lines[i]!.reason === null && !isParagraphAnyScript(lines[i]!)) listed++;
  if (listed >= 2) return;
  // A dated line among them: a live page's or an archive's entries, each on a topic of its own (`topic-tail.ts`).
  for (let i = from; i <= lastDrop; i++) if (lines[i]!.reason === 'dateline') return;
  // A page that is itself a list of stories (headline over teaser, again and again: `listing-headline.ts`) has
  // no one topic: each item has its own, and an item's headline sharing no word with the first is the list's.
  if (isListPage(lines)) return;
  for (let i = from + 1; i < lastDrop; i++) {
    const l = lines[i]!;
    // Running text longer than any headline stays: a paragraph that lost its full stop, not a label or a prompt.
    if (l.reason === null && !shares(l) && !isRunningText(l)) l.reason = 'off-topic';
  }
  // Below the last dropped line (18rel8): the page's closing lines that end no sentence and share no word — a list's
  // label, a contact block, a site's note — up to the last kept sentence from the page's end (a heading over text stays),
  // or up to a list item: a bulleted or numbered line is the story's own list, as classify.ts and story-end.ts read it
  // (`tail-bullet-links.ts` alone takes a bulleted list of other stories' headlines there).
  for (let i = lines.length - 1; i > lastDrop; i--) {
    const l = lines[i]!;
    if (l.reason !== null) continue;
    if (isSentence(l) || LIST_ITEM_START.test(l.text)) break;
    if (!shares(l)) l.reason = 'off-topic';
  }
}

/**
 * Whether a line can be marked at all, read without words (most pages stop here, before the stems
 * are made): the first loop marks a kept line that is no running text, below the first dropped
 * line that is no ad slot under the story's end (itself at or below the first paragraph) and above
 * the last dropped line; the second marks kept lines below the last dropped line from the page's
 * end up, and stops at once when the lowest is a sentence or a list item. Neither loop changes what
 * the other reads (the first marks lines above the last drop only). On the bench's pages 94 % of
 * those that passed the looser test this replaces (a kept line between drops, or a kept line below
 * the last drop that ends no sentence) fail it (18perf17).
 */
export function mayMark(lines: readonly ContentLine[], first: number, lastDrop: number): boolean {
  let dropped = false;
  for (let i = first + 1; i < lastDrop; i++) {
    const l = lines[i]!;
    if (l.reason !== null) dropped ||= !isAdSlot(l.text);
    else if (dropped && !isRunningText(l)) return true;
  }
  for (let i = lines.length - 1; i > lastDrop; i--) {
    const l = lines[i]!;
    if (l.reason === null) return !isSentence(l) && !LIST_ITEM_START.test(l.text);
  }
  return false;
}
