/**
 * Islands below the story: a few lines the rules kept, with page furniture the rules dropped right
 * above and right below them, under the story's paragraphs. A page's closing furniture comes in
 * blocks (a list of other stories with their dates, a row of prompts, a menu), and a teaser or a
 * prompt the rules could not name sits inside such a block; the story's own last lines come before
 * the furniture starts, or after an ad as a section that repeats the story's words. Read without
 * phrases, so it holds in any language: position (between dropped lines, below the story's core),
 * run length, and topic (`topic-tail.ts`'s content words).
 *
 * The story's core here is its longest run of kept paragraphs with no dropped line between them:
 * a teaser written as a paragraph, right under the story but below a stamp, is not the story's
 * (with no such run of two, `storySpan`'s core, dropped lines between its paragraphs allowed).
 * A run of at most three kept lines below the core is dropped as `off-topic` when the line right
 * above it and the line right below it were dropped (any reason but the headline), and each of its
 * lines shares under a tenth of its content words with the core, has none of the story's own
 * shapes (`isStoryShape`: a list's entry, a question, data, figures, a fixture) and is not running
 * text that lost its full stop. Two stamps around it make it a live page's or a log's entry (its
 * own topic by design, `headline-run.ts` and `log-entries.ts` keep those), so one of the two
 * dropped neighbours must be something else: a menu, a prompt, another story's headline. A run that ends
 * the page is left alone: measured, a paragraph cut off at the page's end below an ad, and a blog's
 * next post below its date, were lost that way (shared dev 2 lines, u 2).
 */
import { endsSentenceAnyScript } from './script-stops.ts';
import { isListPage } from './listing-headline.ts';
import { isStamp } from './stamps.ts';
import type { LanguageMask } from './stopwords.ts';
import { isRunningText } from './story-end.ts';
import type { ContentLine } from './structure.ts';
import { isParagraphAnyScript, isStoryShape, offTopicTest, storySpan } from './topic-tail.ts';

/** The most lines of an island: a teaser and its headline, or a prompt, between blocks of furniture. */
export const MAX_ISLAND = 3;
/** Paragraphs in the core: with fewer there is no story to compare with. */
const MIN_CORE = 2;

export function markTailIslands(lines: ContentLine[], mask: LanguageMask): void {
  const coreEnd = islandCoreEnd(lines);
  if (coreEnd < 0) return;
  const kept = lines.filter((l) => l.reason === null);
  const keptAt = new Map<ContentLine, number>(kept.map((l, i) => [l, i]));
  let offTopic: ((i: number) => boolean) | null = null;
  let listPage: boolean | null = null;
  const furniture = (l: ContentLine | undefined) => l !== undefined && l.reason !== null && l.reason !== 'headline';
  for (let a = coreEnd + 1; a < lines.length; a++) {
    if (lines[a]!.reason !== null) continue;
    let b = a;
    while (b + 1 < lines.length && lines[b + 1]!.reason === null) b++;
    const above = lines[a - 1];
    const below = lines[b + 1];
    // Between two stamps is a live page's or a log's entry: its topic is its own by design.
    if (b - a < MAX_ISLAND && furniture(above) && furniture(below) && !(isStampLine(above!) && isStampLine(below!))) {
      offTopic ??= offTopicTest(kept, mask, keptAt.get(lines[coreEnd]!)! + 1);
      const test = offTopic;
      const island = lines.slice(a, b + 1).map((l) => keptAt.get(l)!);
      if (island.every((k) => test(k) && !isStoryShape(kept, k) && !isUnstoppedText(kept[k]!))) {
        // A page that is a list of stories has no one topic to be off (`listing-headline.ts`): read once, and only here.
        listPage ??= isListPage(lines);
        if (listPage) return;
        for (const k of island) kept[k]!.reason = 'off-topic';
      }
    }
    a = b;
  }
}

function isStampLine(l: ContentLine): boolean {
  return l.reason === 'dateline' || isStamp(l.text, l.words);
}

/** Running text that lost its full stop (cut off, or an OCR'd page): longer than a teaser, and the story's as often. */
function isUnstoppedText(l: ContentLine): boolean {
  return isRunningText(l) && !endsSentenceAnyScript(l.text);
}

/** Where the story's core ends in `lines`: its unbroken run, else `storySpan`'s (dropped lines between its paragraphs allowed), else -1. */
export function islandCoreEnd(lines: readonly ContentLine[]): number {
  const unbroken = unbrokenCoreEnd(lines);
  if (unbroken >= 0) return unbroken;
  const story = storySpan(lines);
  return story === null ? -1 : lines.indexOf(story.kept[story.core.end - 1]!);
}

/** The index in `lines` of the last line of the longest run of kept paragraphs with no dropped line between them, or -1. */
function unbrokenCoreEnd(lines: readonly ContentLine[]): number {
  let end = -1;
  let best = 0;
  let run = 0;
  lines.forEach((l, i) => {
    run = l.reason === null && isParagraphAnyScript(l) ? run + 1 : 0;
    if (run > best) {
      best = run;
      end = i;
    }
  });
  return best >= MIN_CORE ? end : -1;
}
