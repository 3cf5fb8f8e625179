/**
 * The story's own heading under lines about other things. A page's top may stack a live-coverage
 * banner, another story's headline, a round-up of other news or a site's slogan over the
 * headline; each is scored one by one on its place and shape, and a headline several lines down
 * loses on rank to them. What tells them apart is what the text is about: the story's first
 * paragraphs repeat nearly every content word of its headline and at most one of the lines above.
 * Language-independent: it reads only the agreement counts of `title-agreement.ts`.
 */

/** How a candidate's content words meet the story's text (`agreement`). */
export interface Met {
  words: number;
  shared: number;
}

/** A candidate as this rule weighs it: its agreement, and whether its shape lets it be the story's heading. */
export interface StoryCandidate extends Met {
  /**
   * Long enough to be a headline (a venue or a name of three words is repeated by the text as
   * well) and not a standfirst (a longer line stacked right under a headline).
   */
  headlineShaped: boolean;
}

/** Content words the heading shares with the story, at least: one or two shared words are coincidence. */
const MIN_SHARED = 3;
/** Share of the heading's content words the story repeats: a headline is about nothing else. */
const MIN_SHARE = 0.75;
/** Words a line above may share with the story and still be about something else (a name, a place). */
const MAX_SHARED_ABOVE = 1;

/**
 * With `fewOfTheirOwn`, a line above may share more words when they are under this share of its
 * own: another story's headline of ten words that names the same country as the story.
 */
const MAX_SHARE_ABOVE = 1 / 3;

/**
 * The index of the first candidate below `best` that the story repeats nearly word for word,
 * when every candidate above it (the winner so far included) shares at most one word with the
 * story (or, with `fewOfTheirOwn`, under a third of its words); else `best`.
 */
export function storyHeadingBelow(candidates: readonly StoryCandidate[], best: number, options: { fewOfTheirOwn?: boolean } = {}): number {
  for (let k = 0; k < candidates.length; k++) {
    const m = candidates[k]!;
    if (k > best && m.headlineShaped && m.shared >= MIN_SHARED && m.shared >= MIN_SHARE * m.words) return k;
    if (m.shared > MAX_SHARED_ABOVE && !(options.fewOfTheirOwn && m.shared < m.words * MAX_SHARE_ABOVE)) return best;
  }
  return best;
}
