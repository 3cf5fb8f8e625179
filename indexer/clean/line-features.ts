/**
 * Features of a line for the junk classifier (`junk-model.ts`): measures that hold across sites
 * rather than phrases of any one of them. Shape (length, how it ends, casing, digits, separators),
 * text-likeness (stop words of the page's language), layout (blank lines around it, runs of short
 * lines, repetition), position (before the first real paragraph, after the last, next to the
 * headline) and context (what the rules recognised around it). Every value is cheap: a few
 * scans of the line and of its neighbours, no regex over the page.
 *
 * The order of `FEATURE_NAMES` is the order of a feature vector and of the model's weights.
 */
import { isDateOnly } from '../infer/dates.ts';
import { endsSentence, endsWithEllipsis, endsWithFullStop, spacedWordCount, LIST_ITEM_START } from './shape.ts';
import { wordsUpTo } from './line-words.ts';
import { isNameLine } from './neighbours.ts';
import { endsSentenceAnyScript } from './script-stops.ts';
import { stopWordCount, type LanguageMask } from './stopwords.ts';
import type { ContentLine } from './structure.ts';

export const FEATURE_NAMES = [
  'log-words',
  'log-chars',
  'ends-sentence',
  'ends-full-stop',
  'stop-share',
  'no-stops',
  'cap-share',
  'digit-share',
  'date-only',
  'separators',
  'list-mark',
  'url-at-copyright',
  'starts-lower',
  'ends-colon',
  'bracketed',
  'starts-quote',
  'before-body',
  'after-body',
  'real-paragraph',
  'prev-junk',
  'next-junk',
  'prev-adjacent',
  'next-adjacent',
  'packed-in-spaced-page',
  'log-short-run',
  'repeated',
  'rel-length',
  'name-line',
  'page-junk-share',
  'near-headline',
  'above-headline',
  'rel-position',
  'near-junk',
  'unknown-language',
  'short-outside-body',
  'ends-ellipsis',
  'symbols',
  'upper-share',
] as const;

export const FEATURE_COUNT = FEATURE_NAMES.length;

/** Words counted per line: no feature looks further. */
const WORD_LIMIT = 40;
/**
 * The longest line the classifier judges. What it drops on the training pages is labels, teasers
 * and credits of a few words; judging every paragraph of a clean corpus tripled the cleaning
 * time, and a paragraph this long is text wherever the rules have not named it.
 */
export const MAX_JUDGED_WORDS = 25;
/** No judged line is longer (25 words): longer lines need not be counted for repetition. */
const MAX_JUDGED_CHARS = 400;
/** A line this short, not a sentence, is an item of a list or a label. */
const SHORT_WORDS = 6;
const SEPARATORS = /[|·»•›→]/u;
const LIST_MARK = LIST_ITEM_START;
const URL_AT_COPYRIGHT = /https?:|www\.|@|©|\(c\)|\.(?:com|org|net)\b/iu;
const BRACKETED = /^[([].*[)\]]$|[)\]]$/u;
const STARTS_QUOTE = /^["“„«‘'‹]/u;
const STARTS_LOWER = /^\p{Ll}/u;
const CAPITALISED = /^["“„«‘'(]?\p{Lu}/u;
/** A teaser cut to fit its box: "… and gründete ein Start…", "O governador … é o...". */
/** Pictographs and marks menus and promotions use, prose does not: ✅ ▶ ★ ➤ 📷. */
const SYMBOLS = /(?![©®])[\p{Extended_Pictographic}\u2190-\u21ff\u25a0-\u27bf]/u;

/** Per-line measures the page-level features are built from. */
interface LineStats {
  words: number;
  stops: number;
  sentence: boolean;
  real: boolean;
  short: boolean;
}

/** A real paragraph: a sentence of 8+ words with stop words, or a long run of text. */
function isReal(s: Pick<LineStats, 'words' | 'stops' | 'sentence'>, language: LanguageMask): boolean {
  if (s.words >= 8 && s.sentence) return s.stops >= (language === 0 ? 1 : 2);
  return s.words >= 20 && s.stops >= 3;
}

function lineStats(l: ContentLine, language: LanguageMask): LineStats {
  const words = wordsUpTo(l, WORD_LIMIT);
  // A line too long to be judged needs its stop words only for `isReal` (3 at most).
  const stops = stopWordCount(l.text, language, 30, words > MAX_JUDGED_WORDS ? 3 : Infinity);
  const sentence = endsSentence(l.text);
  const s = { words, stops, sentence };
  return { ...s, real: isReal(s, language), short: words <= SHORT_WORDS && !sentence };
}

/**
 * Share of words that start with a capital letter, of characters that are digits, and of letters
 * in capitals (labels and kickers in capitals: "MOST READ", "ΣΧΟΛΙΑ").
 */
function casingAndDigits(text: string, words: number): [number, number, number] {
  let caps = 0;
  for (const w of text.split(' ', WORD_LIMIT)) if (CAPITALISED.test(w)) caps++;
  let digits = 0;
  let upper = 0;
  let lettersSeen = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
    else if (c >= 0x41 && c <= 0x5a) {
      upper++;
      lettersSeen++;
    } else if (c >= 0x61 && c <= 0x7a) lettersSeen++;
    else if (c >= 0xc0) {
      const ch = text[i]!;
      const lower = ch.toLowerCase();
      const up = ch.toUpperCase();
      if (lower !== up) {
        lettersSeen++;
        if (ch === up) upper++;
      }
    }
  }
  return [caps / Math.max(1, Math.min(words, WORD_LIMIT)), digits / Math.max(1, text.length), upper / Math.max(1, lettersSeen)];
}

const isJunk = (l: ContentLine | undefined) => l !== undefined && l.reason !== null && l.reason !== 'headline';

/** The page-level context every line's features read. */
interface PageContext {
  stats: LineStats[];
  first: number;
  last: number;
  headline: number;
  blankSeparated: boolean;
  medianChars: number;
  junkShare: number;
  counts: Map<string, number>;
  runs: Int32Array;
  nearJunk: Float64Array;
}

function pageContext(lines: readonly ContentLine[], language: LanguageMask): PageContext {
  const stats = lines.map((l) => lineStats(l, language));
  const first = stats.findIndex((s, i) => s.real && lines[i]!.reason === null);
  let last = -1;
  for (let i = lines.length - 1; i >= 0; i--)
    if (stats[i]!.real && lines[i]!.reason === null) {
      last = i;
      break;
    }
  let gaps = 0;
  for (let i = 1; i < lines.length; i++) if (lines[i]!.line > lines[i - 1]!.line + 1) gaps++;
  const realChars = lines.filter((_, i) => stats[i]!.real).map((l) => l.text.length);
  realChars.sort((a, b) => a - b);
  const counts = new Map<string, number>();
  for (const l of lines) if (l.text.length <= MAX_JUDGED_CHARS) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  return {
    stats,
    first,
    last,
    headline: lines.findIndex((l) => l.reason === 'headline'),
    blankSeparated: lines.length > 1 && gaps / (lines.length - 1) >= 0.5,
    medianChars: realChars[realChars.length >> 1] ?? 200,
    junkShare: lines.filter(isJunk).length / Math.max(1, lines.length),
    counts,
    runs: shortRuns(lines, stats),
    nearJunk: nearJunk(lines),
  };
}

/** For each line, the length of the run of short adjacent lines it belongs to (0 when not short). */
function shortRuns(lines: readonly ContentLine[], stats: readonly LineStats[]): Int32Array {
  const runs = new Int32Array(lines.length);
  for (let i = 0; i < lines.length; ) {
    if (!stats[i]!.short) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < lines.length && stats[end + 1]!.short && lines[end + 1]!.line === lines[end]!.line + 1) end++;
    for (let j = i; j <= end; j++) runs[j] = end - i + 1;
    i = end + 1;
  }
  return runs;
}

/** 1 / (1 + distance in lines to the nearest line the rules dropped), 0 when none. */
function nearJunk(lines: readonly ContentLine[]): Float64Array {
  const near = new Float64Array(lines.length);
  let lastJunk = -Infinity;
  for (let i = 0; i < lines.length; i++) {
    if (isJunk(lines[i])) lastJunk = i;
    near[i] = 1 / (1 + (i - lastJunk));
  }
  lastJunk = Infinity;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (isJunk(lines[i])) lastJunk = i;
    near[i] = Math.max(near[i]!, 1 / (1 + (lastJunk - i)));
  }
  return near;
}

/**
 * The feature vectors of the lines `judge` picks (by index), in one flat array of
 * `FEATURE_COUNT` values per picked line, in index order.
 */
export function lineFeatures(lines: readonly ContentLine[], language: LanguageMask, judge: readonly number[]): Float64Array {
  const page = pageContext(lines, language);
  const out = new Float64Array(judge.length * FEATURE_COUNT);
  judge.forEach((i, k) => out.set(featuresOf(lines, i, page, language), k * FEATURE_COUNT));
  return out;
}

function featuresOf(lines: readonly ContentLine[], i: number, page: PageContext, language: LanguageMask): number[] {
  const l = lines[i]!;
  const s = page.stats[i]!;
  const text = l.text;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  const [capShare, digitShare, upperShare] = casingAndDigits(text, s.words);
  const prevAdjacent = prev !== undefined && prev.line === l.line - 1;
  const nextAdjacent = next !== undefined && next.line === l.line + 1;
  const before = page.first < 0 || i < page.first;
  const after = page.last >= 0 && i > page.last;
  const n = lines.length;
  return [
    Math.log1p(s.words),
    Math.log1p(text.length) / 5,
    +s.sentence,
    +endsWithFullStop(text),
    s.stops / Math.max(1, Math.min(s.words, 30)),
    +(s.stops === 0),
    capShare,
    digitShare,
    +(s.words <= 8 && isDateOnly(text)),
    +SEPARATORS.test(text),
    +LIST_MARK.test(text),
    +URL_AT_COPYRIGHT.test(text),
    +STARTS_LOWER.test(text),
    +text.endsWith(':'),
    +BRACKETED.test(text),
    +STARTS_QUOTE.test(text),
    +before,
    +after,
    +s.real,
    +isJunk(prev),
    +isJunk(next),
    +prevAdjacent,
    +nextAdjacent,
    +(page.blankSeparated && (prevAdjacent || nextAdjacent)),
    Math.log1p(page.runs[i]!),
    +(page.counts.get(text)! > 1),
    Math.max(-3, Math.min(3, Math.log((text.length + 1) / (page.medianChars + 1)))),
    +(s.words <= 5 && isNameLine(text, language)),
    page.junkShare,
    page.headline < 0 ? 0 : 1 / (1 + Math.abs(i - page.headline)),
    +(page.headline >= 0 && i < page.headline),
    n <= 1 ? 0 : i / (n - 1),
    page.nearJunk[i]!,
    +(language === 0),
    +((before || after) && !s.real && s.words <= 20),
    +endsWithEllipsis(text),
    +SYMBOLS.test(text),
    upperShare,
  ];
}

/** A Japanese quotation that closes a paragraph leaves out its last stop: 「…ません」. */
const CORNER_CLOSE = /[」』]$/u;

/**
 * A sentence of a script written without spaces (Chinese, Japanese): 20 characters or more with no
 * space, ending in a sentence mark of any script or a closing corner bracket. Counted in spaced
 * words it is one "word" and has no stop words, so `isReal` never sees it as text; on the labelled
 * sets here (dev pages) such lines are body 33 times and junk never.
 */
function isUnspacedSentence(text: string): boolean {
  return text.length >= 20 && !text.includes(' ') && (endsSentenceAnyScript(text) || CORNER_CLOSE.test(text));
}

/**
 * Whether the classifier judges a line: short enough to be furniture (`MAX_JUDGED_WORDS`) and not
 * a real paragraph, nor a sentence of a script without spaces (`isUnspacedSentence`). Out of fold no real paragraph of the training pages scored near the threshold
 * (the highest 0.52 against 0.93), and skipping them halves the model's cost on clean text.
 * @param words its words counted at least up to `MAX_JUDGED_WORDS` (a cleaned line's stored count will do)
 */
export function isJudged(text: string, language: LanguageMask, words = spacedWordCount(text, MAX_JUDGED_WORDS)): boolean {
  if (words > MAX_JUDGED_WORDS) return false;
  if (words === 1 && isUnspacedSentence(text)) return false;
  const sentence = endsSentence(text);
  if (!(words >= 8 && sentence)) return true;
  return !isReal({ words, sentence, stops: stopWordCount(text, language, 30, 3) }, language);
}
