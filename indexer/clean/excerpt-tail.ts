/**
 * Other stories' teasers under an excerpt: a page where no headline was found is mostly a scraped
 * excerpt (the story's paragraphs, then whatever the page printed below them), and the positional
 * rules that read the headline never fire on it. The story's own span stands in for the headline:
 * its longest run of kept paragraphs, two or more. Below it, a run of kept lines to the page's end that share
 * under a tenth of their content words with that span is other stories' teasers, and is dropped,
 * prose included. Read without phrases (content words, `topic-tail.ts`), so it holds in any language.
 *
 * `topic-tail.ts` leaves prose below the story alone, because on a page with a headline a closing
 * sentence off the story's words is its aside as often as a teaser (measured again here: taking
 * prose on every page lost body lines on three sets). Under an excerpt without a headline it did not.
 * Guards, each for a page whose text this shape also fits:
 * - the run has two lines or more (a single off-topic last line may be the story's aside);
 * - no dated line below the span (a live page's or an archive's next entry is its own topic);
 * - no line of the run has one of the story's own shapes (`isStoryShape`: a list's entry or its
 *   introduction, a question, data, figures, a fixture), and none is longer than a teaser: a page
 *   that goes on in long paragraphs on other topics prints its own sections (a magazine's contents
 *   written as quoted paragraphs), not a teaser list.
 */
import type { Headline } from '../types.ts';
import { wordsUpTo } from './line-words.ts';
import type { LanguageMask } from './stopwords.ts';
import type { ContentLine } from './structure.ts';
import { isStoryShape, offTopicTest, storyCore } from './topic-tail.ts';

/** Lines in the run: teasers come several together. */
const MIN_RUN = 2;
/** The most words of a teaser line: longer lines below the span are the page's own sections. */
const MAX_TEASER_WORDS = 25;

export function markExcerptTail(lines: ContentLine[], headline: Headline | null, mask: LanguageMask): void {
  if (headline !== null) return;
  // The span is `storyCore`'s: two paragraphs or more in a row (under one, a run of other lines is as
  // often a listing page's own items), lines below it, and no dated line below it.
  const story = storyCore(lines);
  if (story === null) return;
  const { kept, core: span } = story;
  const offTopic = offTopicTest(kept, mask, span.end);
  let start = kept.length;
  while (start > span.end && offTopic(start - 1)) {
    const line = kept[start - 1]!;
    if (isStoryShape(kept, start - 1) || wordsUpTo(line, MAX_TEASER_WORDS + 1) > MAX_TEASER_WORDS) return;
    start--;
  }
  if (kept.length - start < MIN_RUN) return;
  for (let i = start; i < kept.length; i++) kept[i]!.reason = 'off-topic';
}
