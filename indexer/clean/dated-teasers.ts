/**
 * Dated teasers below the story: a line that opens with a full date and runs on as text ("07.03.2025
 * Hedgehogs need help For hedgehogs the spring is…") is an entry of a list of other stories, each
 * printed with its publication date. The story's own lines do not open with a date of their own
 * and go on for a sentence or more about something else: a log's or a timeline's dated entries
 * repeat the story's names and terms. Read without phrases: the date is any the date reader finds
 * (numeric or named months, many languages), the topic is `topic-tail.ts`'s content words.
 *
 * A kept line below the page's first running text is dropped as `related-headlines` when a date
 * with a year opens it, it is as long as a headline and a teaser's opening (a stamp, a byline or a
 * credit beside a date is the page's own, and states the story's year), and it shares under `MAX_SHARED` of its content words with the
 * paragraphs above the first such line. A story in one paragraph counts: a teaser list's entry
 * needs no core of two paragraphs above it to be dated. A dated line with the story still running on
 * below it (`storyRunsOnBelow`) is the story's own paragraph, whatever it shares: two pages of two
 * write-from sets opened their story with a dated sentence ("31 December … firefighters were called
 * out 277 times") right under a caption or a one-paragraph lead.
 */
import { findDates } from '../infer/dates.ts';
import { hasWordsAtLeast } from './line-words.ts';
import type { LanguageMask } from './stopwords.ts';
import type { ContentLine } from './structure.ts';
import { isSentence, longestParagraphRun, offTopicTest } from './topic-tail.ts';

/**
 * The most of its content words a dated teaser shares with the story's paragraphs above it. Looser
 * than `topic-tail.ts`'s tenth: a local site's teasers name the same town as its story, and the
 * date in front already says "entry" (measured below the story's core: at a tenth 2 of f's 9 dated
 * teasers went, at 0.3 and with no bound at all the same 5; no body line on any set either way).
 */
const MAX_SHARED = 0.3;
/** Fewest words of a dated entry: a date, a headline and the opening of its teaser (the dev sets' have 20 or more). */
const MIN_ENTRY_WORDS = 12;
/** The most characters before the date (a bullet, a bracket, a space): further in, the date is the sentence's. */
const MAX_DATE_OFFSET = 3;
/** Undated paragraphs of the story's core below a dated line that make it the story's own. */
const MIN_CORE_BELOW = 2;

export function markDatedTeasers(lines: ContentLine[], mask: LanguageMask): void {
  const kept = lines.filter((l) => l.reason === null);
  const first = kept.findIndex(isSentence);
  if (first < 0) return;
  let offTopic: ((i: number) => boolean) | null = null;
  let core: { start: number; end: number } | null = null;
  for (let i = first + 1; i < kept.length; i++) {
    const l = kept[i]!;
    if (!isEntryLength(l) || !opensWithDate(l.text)) continue;
    core ??= longestParagraphRun(kept);
    if (storyRunsOnBelow(kept, i, core)) continue;
    offTopic ??= offTopicTest(kept, mask, i, MAX_SHARED);
    if (offTopic(i)) l.reason = 'related-headlines';
  }
}

/**
 * A headline and a teaser's opening behind the date: a byline or an agency credit beside a date
 * ("15 May 2025; by J. Doe") is the page's own stamp, and the year it states is the story's.
 */
function isEntryLength(l: ContentLine): boolean {
  return hasWordsAtLeast(l, MIN_ENTRY_WORDS);
}

function opensWithDate(text: string): boolean {
  if (!/^\P{L}{0,3}\p{N}/u.test(text)) return false;
  const first = findDates(text)[0];
  return first !== undefined && first.index <= MAX_DATE_OFFSET;
}

/**
 * A teaser list sits below the story: a dated line with two paragraphs or more of the story's core
 * (its longest run of kept paragraphs) still to come below it, not dated themselves, opens or
 * continues the story ("31 December was the busiest night…"). A list's entries below it are
 * dated, and do not count.
 */
function storyRunsOnBelow(kept: readonly ContentLine[], i: number, core: { start: number; end: number }): boolean {
  let undated = 0;
  for (let j = Math.max(i + 1, core.start); j < core.end && undated < MIN_CORE_BELOW; j++) if (!opensWithDate(kept[j]!.text)) undated++;
  return undated >= MIN_CORE_BELOW;
}
