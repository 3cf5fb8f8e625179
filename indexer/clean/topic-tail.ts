/**
 * Off-topic tail: the lines a page prints below its story that share none of the story's words.
 * Shapes cannot tell another story's teaser, a comment form or a stray label from the story's own
 * closing lines; topic can. The story's own last lines repeat its names and terms, while another
 * story's teaser and the page's furniture share almost none of them. Read without phrases, so it
 * holds in any language: the content words of a line are its words of three letters or more that
 * are not stop words of the page's language (`stopwords-iso`), cut to a stem so inflected forms
 * meet, and the dictionary words of scripts written without spaces.
 *
 * The story's core is its longest run of kept paragraphs. Below it, a run of kept lines reaching
 * the page's end is dropped when every line shares under a tenth of its content words with the
 * paragraphs above it, and the run has two lines or more (a single off-topic last line may be the
 * story's aside). Guards, each for a page whose text this shape also fits:
 * - prose is left alone: a sentence in the run is the story's closing aside as often as another
 *   story's teaser (measured: with prose taken, body was lost on three sets), so the run starts
 *   below the last one;
 * - a dated line below the core (a live page's entries, a blog archive's next post) leaves the
 *   page alone;
 * - so does a run that reaches a line of one of the story's own shapes: a comma sign-off (a
 *   letter's), a question (an interview's change topic by design), a line opening with a figure
 *   (a ranked or numbered entry, an attendance), a data line (a third of its words numbers), a
 *   line of measured figures (two decimals or percentages: results, figure-lines.ts), a
 *   bulleted line, a fixture, a line introducing a list (a colon, two lines or more under it).
 */
import { hasWordsAtLeast, wordsUpTo } from './line-words.ts';
import { endsSentenceAnyScript } from './script-stops.ts';
import { isFigureLine } from './figure-lines.ts';
import { isDataLine } from './headline-run.ts';
import { isFixture, isCutParagraph, LIST_MARK_CLASS } from './shape.ts';
import { isStamp } from './stamps.ts';
import { readsAsCutText } from './text-like.ts';
import { isRunningText } from './story-end.ts';
import { isStopWordAt, stopWordCount, type LanguageMask } from './stopwords.ts';
import { asciiLettered } from '../infer/capital-spelling.ts';
import { eachAsciiWord } from './ascii-words.ts';
import type { ContentLine } from './structure.ts';
import { STEM_LETTERS } from './title-agreement.ts';
import { hasUnspacedScript, unspacedWords } from './unspaced-words.ts';

/** A paragraph of the story's core: a sentence of this many words or more. */
const PARAGRAPH_WORDS = 10;
/** Paragraphs in the core: with fewer there is no story to compare with. */
const MIN_CORE = 2;
/** Words of the story's own lines run on at least this share of shared content words. */
const MAX_SHARED = 0.1;
/** Lines in the run: teasers and furniture come several together. */
const MIN_RUN = 2;
/** A cut-off last line of this many words is a paragraph, not a label. */
const CUT_WORDS = 5;
const MIN_WORD_LETTERS = 3;
const STORY_SHAPES = new RegExp(`,\\s*$|[?？]\\s*$|^\\p{N}|^${LIST_MARK_CLASS}`, 'u');
const ENDS_IN_COLON = /:\s*$/u;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function markOffTopicTail(lines: ContentLine[], mask: LanguageMask): void {
  const story = storyCore(lines);
  if (story === null) return;
  const { kept, core } = story;
  // The run starts below the last sentence and needs MIN_RUN lines: when one of the last MIN_RUN
  // lines is a sentence there is none. Most stories end in prose, so their words are not read.
  // A last line cut off mid-sentence that reads as text is prose too, however it ends.
  if (kept.slice(-MIN_RUN).some(isSentence) || readsAsCutText(kept.at(-1)!, mask)) return;
  const offTopic = offTopicTest(kept, mask, kept.length);
  let start = kept.length;
  while (start > core.end && offTopic(start - 1)) {
    // Reached one of the story's own shapes: what is below it is that list's, whatever its topic.
    if (isStoryShape(kept, start - 1)) return;
    start--;
  }
  // Prose below the core is the story's (an aside, a closing note) as often as another story's:
  // the run is what follows the last sentence.
  for (let i = kept.length - 1; i >= start; i--) {
    if (!isSentence(kept[i]!)) continue;
    start = i + 1;
    break;
  }
  if (kept.length - start < MIN_RUN) return;
  for (let i = start; i < kept.length; i++) kept[i]!.reason = 'off-topic';
}

/** The page's kept lines and the story's core among them. */
export interface StoryCore {
  kept: ContentLine[];
  /** The longest run of kept paragraphs, [start, end) over `kept`. */
  core: { start: number; end: number };
}

/**
 * The story's core, when there is a tail to judge below it: null with fewer than two paragraphs in
 * a row, nothing kept below them, or a dated line below them (`hasStampBelow`).
 */
export function storyCore(lines: readonly ContentLine[]): StoryCore | null {
  const story = storySpan(lines);
  if (story === null || hasStampBelow(lines, story.kept[story.core.end - 1]!.line)) return null;
  return story;
}

/** `storyCore` with dated lines below the core allowed: for rules whose own test settles what a stamp would. */
export function storySpan(lines: readonly ContentLine[]): StoryCore | null {
  const kept = lines.filter((l) => l.reason === null);
  const core = longestParagraphRun(kept);
  if (core.end - core.start < MIN_CORE || core.end >= kept.length) return null;
  return { kept, core };
}

/**
 * Whether the kept line at an index shares under a tenth of its content words with the paragraphs
 * above it, counting only paragraphs before `seenBefore` (the whole page, or the story's core).
 */
export function offTopicTest(
  kept: readonly ContentLine[],
  mask: LanguageMask,
  seenBefore: number,
  maxShared = MAX_SHARED,
): (i: number) => boolean {
  // The first paragraph each word appears in: a line shares the words seen in paragraphs above it.
  const firstSeen = new Map<string, number>();
  const end = Math.min(seenBefore, kept.length);
  for (let i = 0; i < end; i++) {
    const l = kept[i]!;
    if (isParagraphAnyScript(l)) for (const k of lineContentWords(l, mask)) if (!firstSeen.has(k)) firstSeen.set(k, i);
  }
  return (i) => {
    const own = lineContentWords(kept[i]!, mask);
    const shared = own.filter((k) => (firstSeen.get(k) ?? i) < i).length;
    return shared < maxShared * own.length || own.length === 0;
  };
}

/** A line of the story's own: a sign-off, a question, a list's entry or its introduction, data, measured figures, a fixture. */
export function isStoryShape(kept: readonly ContentLine[], i: number): boolean {
  const text = kept[i]!.text;
  return STORY_SHAPES.test(text) || isFixture(text) || isDataLine(text) || isFigureLine(text) || introducesList(kept, i);
}

/** A line ending in a colon with two lines or more under it, the next not a colon label too (a form's "Name:", "Email:"). */
function introducesList(kept: readonly ContentLine[], i: number): boolean {
  return ENDS_IN_COLON.test(kept[i]!.text) && i + 2 < kept.length && !ENDS_IN_COLON.test(kept[i + 1]!.text);
}

/** The longest run of consecutive kept paragraphs, as [start, end) over `kept`. */
export function longestParagraphRun(kept: readonly ContentLine[]): { start: number; end: number } {
  let best = { start: 0, end: 0 };
  let from = -1;
  kept.forEach((l, i) => {
    if (!isParagraphAnyScript(l)) from = -1;
    else {
      if (from < 0) from = i;
      if (i + 1 - from > best.end - best.start) best = { start: from, end: i + 1 };
    }
  });
  return best;
}

export function isParagraphAnyScript(l: ContentLine): boolean {
  if (!endsSentenceAnyScript(l.text)) return false;
  // A line in a script without spaces is one "word" or a few: its length speaks instead.
  return hasWordsAtLeast(l, PARAGRAPH_WORDS);
}

/**
 * A line ending a sentence, whatever its length, or a paragraph the scraper cut off at the
 * page's end (mid-word, or after a whole word but longer than any headline). Short ones count
 * too: a match report ends in its referee's name and county with a full stop, other stories'
 * headlines and the page's labels carry none.
 */
export function isSentence(l: ContentLine): boolean {
  if (endsSentenceAnyScript(l.text) || isRunningText(l)) return true;
  return isCutParagraph(l.text) && wordsUpTo(l, CUT_WORDS) >= CUT_WORDS;
}

/**
 * Whether a dated line (kept or dropped) sits below the core: what follows it is an entry of its
 * own (a blog archive's next post, a live page's update), whose topic is its own by design.
 */
function hasStampBelow(lines: readonly ContentLine[], coreEnd: number): boolean {
  return lines.some((l) => l.line > coreEnd && (l.reason === 'dateline' || isStamp(l.text, l.words)));
}

/**
 * A line's content words, read once for all the tail rules of its page (each reads the same
 * paragraphs: 4-5 times a page): a line's text never changes, and the page's mask is given again.
 */
const CONTENT_WORDS = new WeakMap<ContentLine, { mask: LanguageMask; words: readonly string[] }>();

function lineContentWords(l: ContentLine, mask: LanguageMask): readonly string[] {
  const known = CONTENT_WORDS.get(l);
  if (known !== undefined && known.mask === mask) return known.words;
  const words = contentWords(l.text, mask);
  CONTENT_WORDS.set(l, { mask, words });
  return words;
}

const ALL_NUMBERS = /^\p{N}+$/u;

/** The line's content words, lower-cased stems; numbers kept whole (a figure or a year is a topic too). */
export function contentWords(text: string, mask: LanguageMask): string[] {
  if (asciiLettered(text)) return asciiContentWords(text, mask);
  const out: string[] = [];
  // Asked of the line once: a word can hold a letter of an unspaced script only if its line does.
  const unspaced = hasUnspacedScript(text);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0].toLowerCase();
    if (unspaced && hasUnspacedScript(word)) out.push(...unspacedWords(word));
    else if (!isAsciiLetter(word.charCodeAt(0)) && ALL_NUMBERS.test(word)) out.push(word);
    else {
      // Code points, as `[...word]` counts them: a word without surrogates has one per code unit.
      const length = hasSurrogate(word) ? [...word].length : word.length;
      if (length >= MIN_WORD_LETTERS && stopWordCount(word, mask, 1) === 0)
        out.push(length === word.length ? word.slice(0, STEM_LETTERS) : [...word].slice(0, STEM_LETTERS).join(''));
    }
  }
  return out;
}

/** `contentWords` of a line whose words are ASCII (`asciiLettered`, `eachAsciiWord`), with a lower-case copy of the kept words only. */
function asciiContentWords(text: string, mask: LanguageMask): string[] {
  const out: string[] = [];
  eachAsciiWord(text, (start, end, digits) => {
    // A number is kept whole (`ALL_NUMBERS`); a word opening with a digit is read as any word.
    if (digits) out.push(text.slice(start, end));
    else if (end - start >= MIN_WORD_LETTERS && !isStopWordAt(text, start, end, mask))
      out.push(text.slice(start, Math.min(end, start + STEM_LETTERS)).toLowerCase());
  });
  return out;
}

function isAsciiLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}

function hasSurrogate(word: string): boolean {
  for (let i = 0; i < word.length; i++) if ((word.charCodeAt(i) & 0xf800) === 0xd800) return true;
  return false;
}
