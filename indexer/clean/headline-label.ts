/**
 * A label right under the headline that shares no word with the story (issue 18, 18rel8).
 *
 * The line printed right under a headline is the story's deck, a kicker or the page's chrome: a share row
 * ("Share and Follow"), a box name ("Related Story"), a section ("Print edition"), a release's tag, a
 * byline's label. A deck is about the story and says so in its words; chrome of one to three words,
 * with no sentence end, that shares no content word (a five-letter stem, `contentStems`) with the
 * headline or the story's first two paragraphs is not. Read without wording, so in any language; in a
 * script without spaces "three words" is nine characters (`hasWordsAtMost`).
 *
 * Measured on the write-from sets (shared dev, d4–d7, d10, d11) with `bench/ingest/furniture-structure.ts`
 * (end state of the cleaner): such lines are 13 junk on 13 pages of 13 sites, 0 body; lower in the slot between
 * the headline and the first paragraph 13 junk / 3 body ("Key takeaways:", a name over a quote), with four to six
 * words 13 / 4 (decks), so only the line right under the headline, of three words at most, is taken. Guards from
 * tests and the BBC: a label closing on a colon (a transcript's speaker, `indexer-blocks.test.ts`), a clean text's
 * kicker (no chrome anywhere on the page, `showsChrome`; `indexer-classify-features.test.ts`; the BBC's match
 * previews, ground over date and time, lost five lines without these two), and the head of a block the rules dropped (a
 * ground over a fixture block read as a menu, in the bench's records: `record-loss.ts` +1 without it). Through the
 * pipeline it takes 3 write-from lines on 3 pages of 3 sites (a stray letter, a channel's name as byline, a
 * print-edition label), d8 1 line, d9 0, no body line on any set; BBC identical.
 * Cost: one line a page; its words are read only when it is short, ends no sentence and the page shows chrome.
 */
import { sharesStem, storyStems } from './beyond-story.ts';
import { showsChrome } from './bylines.ts';
import { hasWordsAtMost } from './line-words.ts';
import type { ContentLine } from './structure.ts';
import { isSentence } from './topic-tail.ts';

/** The most words of a label under the headline: a deck or a kicker clause is longer. */
const MAX_LABEL_WORDS = 3;

export function markLabelUnderHeadline(lines: ContentLine[], headline: { text: string } | null): void {
  if (headline === null) return;
  let h = -1;
  for (let i = 0; i < lines.length && h < 0; i++) if (lines[i]!.reason === 'headline') h = i;
  const l = lines[h + 1];
  if (h < 0 || l === undefined || l.reason !== null || !hasWordsAtMost(l, MAX_LABEL_WORDS) || isSentence(l)) return;
  // A label closing on a colon speaks for what follows (a speaker, "Key points:"); a clean text's kicker stays with it.
  if (l.text.endsWith(':') || !showsChrome(lines)) return;
  // A lone label between the headline and the text: the head of a block the rules dropped (a fixture's ground over its
  // date and time, read as a menu) is that block's, left to the rules that judged it.
  if (lines[h + 2] !== undefined && lines[h + 2]!.reason !== null) return;
  const { story, paragraphs } = storyStems(lines, headline, h + 2);
  // No story below to compare with: a page of headlines or a stub is left as it is.
  if (paragraphs === 0 || sharesStem(l.text, story)) return;
  l.reason = 'off-topic';
}
