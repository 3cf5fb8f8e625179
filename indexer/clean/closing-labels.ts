/**
 * The page's last two lines, both a box's label, under the story's last sentence (issue 18, 18junk12):
 * "Slični postovi" / "Back to top button", "추천기사" / "실시간 랭킹 뉴스", "Новости" / a cut teaser. A page
 * scraped to its end prints its closing boxes' labels (related stories, comments, a back-to-top link)
 * whose items did not come with them. `beyond-story.ts` takes such lines below a line the rules dropped;
 * here two short lines in a row closing the page, each
 * of at most four words with no sentence end, no digit and no closing colon, sharing no content word
 * with the headline and the lead, right under a line that ends a sentence, go as `off-topic`. One such
 * line alone stays: a page cut by its scraper ends in a fragment of its next paragraph.
 *
 * Measured on the write-from sets (end state of the cleaner): pages closing on two such lines under a
 * sentence are 4 pages of 4 sites in 3 sets (n3, n7, n9), 8 junk lines, and 0 body once the colon
 * ("Ynys Mon:" over a cut result) and the shared-word guards are read.
 * Cost: the last three kept lines of a page; words are read only when the two are short.
 */
import { sharesStem, storyStems } from './beyond-story.ts';
import { hasWordsAtMost } from './line-words.ts';
import type { ContentLine } from './structure.ts';
import { isParagraphAnyScript, isSentence } from './topic-tail.ts';

const MAX_LABEL_WORDS = 4;
const DIGIT = /\p{N}/u;
const ENDS_COLON = /[:：]\s*$/u;

export function markClosingLabels(lines: ContentLine[], headline: { text: string; line: number } | null): void {
  const kept: number[] = [];
  for (let i = lines.length - 1; i >= 0 && kept.length < 3; i--) if (lines[i]!.reason === null) kept.push(i);
  if (kept.length < 3) return;
  const [b, a, above] = kept.map((i) => lines[i]!) as [ContentLine, ContentLine, ContentLine];
  if (!isLabel(a) || !isLabel(b) || !isSentence(above) || above.line === headline?.line) return;
  const first = lines.findIndex((l) => l.reason === null && isParagraphAnyScript(l));
  if (first < 0 || first >= kept[2]! + 1) return;
  const { story } = storyStems(lines, headline, first);
  if (story.size === 0 || sharesStem(a.text, story) || sharesStem(b.text, story)) return;
  a.reason = 'off-topic';
  b.reason = 'off-topic';
}

function isLabel(l: ContentLine): boolean {
  return hasWordsAtMost(l, MAX_LABEL_WORDS) && !isSentence(l) && !DIGIT.test(l.text) && !ENDS_COLON.test(l.text);
}
