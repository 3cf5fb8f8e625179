/**
 * A labelled section of other stories below the story: a short label ("More from the region",
 * "Recommended", a section's name) under the story's paragraphs, and under it only lines about
 * something else, to the page's end. `topic-tail.ts` leaves prose below the story alone, because a
 * closing sentence that shares no words with the story is its aside as often as another story's
 * teaser; a label over it settles which: the story's own closing sections repeat its names and
 * terms, and a page that goes on below a label with nothing of the story's is printing its list of
 * other stories (teasers written as whole paragraphs, as most outlets outside English print them).
 * Read without phrases, so it holds in any language.
 *
 * The label and every kept line below it are dropped when:
 * - the story has a core (two paragraphs in a row) above the label, and no dated line below the
 *   core (a live page's or an archive's next entry is about something else by design);
 * - the label is short (four words at most, or twelve characters of a script without spaces), ends
 *   no sentence, and shares under a tenth of its content words with the story's paragraphs, and
 *   so does every kept line below it, compared with the story's paragraphs only (teasers share
 *   words with each other, not with the story);
 * - no line from the label down has one of the story's own shapes (`topic-tail.ts`: a list's entry
 *   or its introduction, a question, data, figures; a long paragraph is judged by its opening
 *   only, as a fixture's " v " is a preposition in some languages), and the label is not the first
 *   of two or more short lines right under such a shape (names under "The crew:", a draw's notes);
 * - the page goes on below the label: a lone short last line may be a subheading or a paragraph
 *   the scraper cut off (measured: taking those lost body lines on four sets), and the page does
 *   not end inside running text (a new section of the story, cut off);
 * - there are not two labels or more below the core, each over a paragraph: a news-in-brief
 *   page's items each have their own topic, and only the last few may share none of the first's.
 */
import { hasWordsAtMost } from './line-words.ts';
import { endsSentenceAnyScript } from './script-stops.ts';
import type { LanguageMask } from './stopwords.ts';
import type { ContentLine } from './structure.ts';
import { isParagraphAnyScript, isSentence, isStoryShape, offTopicTest, storyCore } from './topic-tail.ts';
import { LIST_MARK_CLASS } from './shape.ts';
import { readsAsCutText } from './text-like.ts';

/** The most words of a label. */
const MAX_LABEL_WORDS = 4;
/** Labels each over a paragraph, at least, that make the lines below a news-in-brief page's items. */
const MIN_BRIEF_SECTIONS = 2;
/** Short lines right under one of the story's list shapes, at least, that continue that list. */
const MIN_LIST_ITEMS = 2;
/** A paragraph's own shape that is the story's list: an entry opening with a figure or a bullet. */
const LIST_ENTRY = new RegExp(`^(?:\\p{N}|${LIST_MARK_CLASS})`, 'u');

export function markLabelledTail(lines: ContentLine[], mask: LanguageMask): void {
  const story = storyCore(lines);
  if (story === null) return;
  const { kept, core } = story;
  // Most pages have no label below the story: their words are not read.
  if (findLabel(kept, core.end) < 0) return;
  const tail = offTopicTail(kept, core.end, offTopicTest(kept, mask, core.end));
  // The page ends inside a paragraph: its section may be the story's, under a subheading.
  if (isCutRunningText(kept.at(-1)!) || readsAsCutText(kept.at(-1)!, mask)) return;
  const label = findLabel(kept, tail.start);
  if (label < 0) return;
  // A lone short last line may be a subheading or a paragraph the scraper cut off.
  const pageGoesOn = label < kept.length - 1 || kept[label]!.line < lines.at(-1)!.line;
  if (!pageGoesOn || sectionsBelow(kept, core.end) >= MIN_BRIEF_SECTIONS) return;
  if (tail.underList && label === tail.start && continuesList(kept, label)) return;
  for (let i = label; i < kept.length; i++) kept[i]!.reason = 'off-topic';
}

/**
 * The kept lines from the page's end up that share under a tenth of their words with the story,
 * below its core: where the run starts, and whether it stopped under one of the story's own shapes
 * (a list's introduction, a fixture, data). A long paragraph is judged by its opening only: a
 * fixture's " v " is a preposition in several languages.
 */
function offTopicTail(
  kept: readonly ContentLine[],
  coreEnd: number,
  offTopic: (i: number) => boolean,
): { start: number; underList: boolean } {
  const storyShape = (i: number) => (isParagraphAnyScript(kept[i]!) ? LIST_ENTRY.test(kept[i]!.text) : isStoryShape(kept, i));
  let start = kept.length;
  while (start > coreEnd && offTopic(start - 1)) {
    if (storyShape(start - 1)) return { start, underList: true };
    start--;
  }
  return { start, underList: false };
}

/** Two or more labels to the page's end: the items of the list right above them (names under "The crew:"). */
function continuesList(kept: readonly ContentLine[], from: number): boolean {
  return kept.length - from >= MIN_LIST_ITEMS && kept.slice(from).every(isLabel);
}

/** Labels over a paragraph below the story's core: a news-in-brief page's items, or one section of other stories. */
function sectionsBelow(kept: readonly ContentLine[], from: number): number {
  let n = 0;
  for (let i = from; i + 1 < kept.length; i++) if (isLabel(kept[i]!) && isParagraphAnyScript(kept[i + 1]!)) n++;
  return n;
}

/** Running text the scraper cut off: the page ends inside a paragraph, whose section may be the story's. */
function isCutRunningText(l: ContentLine): boolean {
  return isSentence(l) && !endsSentenceAnyScript(l.text);
}

/** The first label at or below `from`, or -1. */
function findLabel(kept: readonly ContentLine[], from: number): number {
  for (let i = from; i < kept.length; i++) if (isLabel(kept[i]!)) return i;
  return -1;
}

function isLabel(l: ContentLine): boolean {
  if (endsSentenceAnyScript(l.text)) return false;
  return hasWordsAtMost(l, MAX_LABEL_WORDS);
}
