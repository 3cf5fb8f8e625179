/**
 * A match's result box above its report: "2-2", "1:1 (0:0)", "Uitslag 2 - 1 (0 - 0)", "FT(HT: 1-1)",
 * with the teams or the scorers on the lines against it. Short and without a sentence, each line
 * reads as a menu item and is dropped. What marks the box as the story's is agreement between two
 * places: the report below repeats its score ("… a 2-2 draw") and names its teams and scorers. A
 * score in another match's ticker or a related headline seldom agrees with the story, and a score
 * box printed twice (a picture's alt text, a share box) is a copy, not the story.
 *
 * So a line above the first paragraph that holds one score (and at most a half-time score in
 * brackets) and a few words, printed once on the page, stays when a kept paragraph below repeats
 * its score or names the words of a line stacked right against it (no blank line between): that
 * line (the teams, the scorers) stays too, unless it holds a score of its own (a ticker's next match).
 */
import type { JunkReason } from '../../engine/contract/types.ts';
import { endsSentence, lineKey } from './shape.ts';
import type { ContentLine } from './structure.ts';

/** The reasons a line gets for its shape alone: a phrase or a position rule's reason is left standing. */
const SHAPE_REASONS: ReadonlySet<JunkReason> = new Set<JunkReason>(['navigation', 'classifier']);
/** Two numbers joined by a dash or a colon, not part of a date, a time's seconds, a decimal or a range of years. */
const SCORE = /(?<![\d.,:/])(\d{1,3}) ?[-–:] ?(\d{1,3})(?![\d,:/]|[.,]\d)/gu;
/** A score box names few words besides its score: "Uitslag", "FT", "HT", two teams, two scorers. */
const MAX_BOX_WORDS = 6;
/** A paragraph of the story: enough words to be running text (its score agrees in prose). */
const MIN_STORY_WORDS = 12;
const CAPITALISED = /\p{Lu}[\p{L}'’-]{2,}/gu;

/** The scores of a line as "a-b" keys; a time ("17:30") is no score. */
function scores(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SCORE)) {
    const sep = text.slice(m.index + m[1]!.length).trimStart()[0];
    // "17:30", "9:05": an hour and its minutes, not a score.
    if (sep === ':' && m[2]!.length === 2 && Number(m[1]) <= 24 && Number(m[2]) < 60) continue;
    out.push(`${Number(m[1])}-${Number(m[2])}`);
  }
  return out;
}

/** The line is a score box's score line: one score, or one and a half-time score in brackets, and few words. */
function boxScore(text: string): string | null {
  if (!/\d ?[-–:] ?\d/.test(text)) return null;
  const found = scores(text);
  if (found.length === 0 || found.length > 2) return null;
  // A second score only as the half-time score, in brackets: "1:1 (0:0)", "FT(HT: 1-1)".
  if (found.length === 2 && !/\(\s*(?:\p{L}+\s*:?\s*)?\d{1,3} ?[-–:] ?\d{1,3}\s*\)/u.test(text)) return null;
  const words = text.replace(SCORE, ' ').match(/\p{L}+/gu) ?? [];
  if (words.length > MAX_BOX_WORDS || endsSentence(text)) return null;
  // The full-time score: the one outside brackets, else the only one ("FT(HT: 1-1)" holds the half-time score alone).
  const outside = scores(text.replace(/\([^)]*\)/g, ' '));
  return outside[0] ?? found[0]!;
}

export function keepScoreBox(lines: ContentLine[]): void {
  const firstParagraph = lines.findIndex((l) => l.reason === null && l.words >= MIN_STORY_WORDS && endsSentence(l.text));
  if (firstParagraph <= 0) return;
  const candidates: number[] = [];
  for (let i = 0; i < firstParagraph; i++) {
    const l = lines[i]!;
    if (l.reason !== null && SHAPE_REASONS.has(l.reason) && boxScore(l.text) !== null) candidates.push(i);
  }
  if (candidates.length === 0) return;

  const story = lines.slice(firstParagraph).filter((l) => l.reason === null && l.words >= MIN_STORY_WORDS);
  const storyScores = new Set(story.flatMap((l) => scores(l.text)));
  const storyWords = new Set(story.flatMap((l) => l.text.toLowerCase().match(/\p{L}{3,}/gu) ?? []));
  const keyCounts = new Map<string, number>();
  for (const l of lines) {
    const key = lineKey(l.text);
    keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
  }
  const printedOnce = (l: ContentLine) => keyCounts.get(lineKey(l.text)) === 1;

  // A line stacked right against the score line (no blank line between), dropped for its shape, short, printed once.
  const stacked = (i: number, j: number) => {
    const n = lines[j];
    if (!n || j >= firstParagraph || n.reason === null || !SHAPE_REASONS.has(n.reason)) return null;
    if (Math.abs(n.line - lines[i]!.line) !== 1 || n.words > MAX_BOX_WORDS || endsSentence(n.text) || !printedOnce(n)) return null;
    // A line with a score of its own is another match's result (a ticker), not this box's team or scorers.
    return scores(n.text).length === 0 ? n : null;
  };
  const namesStory = (n: ContentLine) => (n.text.match(CAPITALISED) ?? []).some((w) => storyWords.has(w.toLowerCase()));

  for (const i of candidates) {
    const l = lines[i]!;
    if (!printedOnce(l)) continue;
    const [a, b] = boxScore(l.text)!.split('-');
    const beside = [stacked(i, i - 1), stacked(i, i + 1)].filter((n): n is ContentLine => n !== null && namesStory(n));
    if (!(storyScores.has(`${a}-${b}`) || storyScores.has(`${b}-${a}`)) && beside.length === 0) continue;
    l.reason = null;
    for (const n of beside) n.reason = null;
  }
}
