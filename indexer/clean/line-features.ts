/**
 * Features of a line for the junk classifier (`junk-model.ts`): measures that hold across sites
 * rather than phrases of any one of them. Shape (length, how it ends, casing, digits, separators),
 * text-likeness (stop words of the page's language), layout (blank lines around it, runs of short
 * lines, repetition), position (before the first real paragraph, after the last, next to the
 * headline) and context (what the rules recognised around it); the neighbourhood (what the lines
 * either side look like, the nearest kept paragraph, how much of the page's text lies above) and
 * the topic (whether the line's words recur in the rest of the page: related teasers are about other
 * stories). Every value is cheap: per-line measures are computed once per page and read by the
 * neighbours, and the topic splits each line into words once.
 *
 * The order of `FEATURE_NAMES` is the order of a feature vector and of the model's weights.
 */
import { isDateOnly } from '../infer/dates.ts';
import { endsSentence, endsWithFullStop, spacedWordCount } from './shape.ts';
import { isNameLine } from './neighbours.ts';
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
  'prev-log-words',
  'next-log-words',
  'prev-real',
  'next-real',
  'prev-short',
  'next-short',
  'prev-sentence',
  'next-sentence',
  'sandwiched',
  'alternating',
  'like-neighbour',
  'log-real-distance',
  'body-before',
  'headline-to-lede',
  'short-real-outside',
  'topic-share',
  'headline-share',
  'no-topic-words',
  'block-topic-share',
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
const LIST_MARK = /^(?:[-–—•*·►▶]|\d{1,2}[.)]\s)/u;
const URL_AT_COPYRIGHT = /https?:|www\.|@|©|\(c\)|\.(?:com|org|net)\b/iu;
const BRACKETED = /^[([].*[)\]]$|[)\]]$/u;
const STARTS_QUOTE = /^["“„«‘'‹]/u;
const STARTS_LOWER = /^\p{Ll}/u;
const CAPITALISED = /^["“„«‘'(]?\p{Lu}/u;
/** A teaser cut to fit its box: "… and gründete ein Start…", "O governador … é o...". */
const ENDS_ELLIPSIS = /(?:\.\.\.|…)["”’»)]?$/u;
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
  const words = spacedWordCount(l.text, WORD_LIMIT);
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
  around: Around;
  topic: Topic;
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
    around: around(lines, stats),
    topic: topic(lines),
  };
}

/**
 * Whether a line is about the page's story: the share of its content words (5+ letters, a cheap
 * stand-in for "not a stop word" in any spaced language) that recur on lines further than its
 * neighbours, and in the headline. Body paragraphs repeat the story's names and nouns; a related
 * teaser, a list of other headlines or a promotion is about something else, and its headline +
 * teaser pair only shares words with its own neighbour.
 */
interface Topic {
  share: Float64Array;
  headline: Float64Array;
  words: Int32Array;
  /** The mean share over the line and its two neighbours either side: a block of other stories. */
  block: Float64Array;
}

const WORD_SPLIT = /[^\p{L}\p{N}]+/u;
const MIN_TOPIC_CHARS = 5;
const STEM_CHARS = 5;
/**
 * Stems a page needs before a line's words missing from it say anything: on a short text (a
 * brief, three paragraphs and a subheading) most lines share no word with the rest, so every
 * line is given the neutral share.
 */
const MIN_PAGE_STEMS = 80;

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  // A word's first five letters: inflections and compounds of one stem meet ("Koalition", "Koalitionen").
  for (const w of text.toLowerCase().split(WORD_SPLIT)) if (w.length >= MIN_TOPIC_CHARS) out.add(w.slice(0, STEM_CHARS));
  return out;
}

function topic(lines: readonly ContentLine[]): Topic {
  const n = lines.length;
  const words = lines.map((l) => contentWords(l.text));
  const count = new Map<string, number>();
  for (const ws of words) for (const w of ws) count.set(w, (count.get(w) ?? 0) + 1);
  const h = lines.findIndex((l) => l.reason === 'headline');
  const headline = h < 0 ? new Set<string>() : words[h]!;
  const out: Topic = { share: new Float64Array(n), headline: new Float64Array(n), words: new Int32Array(n), block: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const ws = words[i]!;
    let shared = 0;
    let inHeadline = 0;
    for (const w of ws) {
      const near = 1 + +(words[i - 1]?.has(w) ?? false) + +(words[i + 1]?.has(w) ?? false);
      if (count.get(w)! > near) shared++;
      if (i !== h && headline.has(w)) inHeadline++;
    }
    out.words[i] = ws.size;
    out.share[i] = ws.size === 0 || count.size < MIN_PAGE_STEMS ? 0.5 : shared / ws.size;
    out.headline[i] = ws.size === 0 ? 0 : inHeadline / ws.size;
  }
  for (let i = 0; i < n; i++) {
    let sum = 0;
    let k = 0;
    for (let j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 2); j++) (sum += out.share[j]!), k++;
    out.block[i] = sum / k;
  }
  return out;
}

/**
 * The neighbourhood of each line, computed once per page: how far the nearest real paragraph the
 * rules kept is, and how much of the page's text lies above the line. Captions sit between the
 * headline and the lede, related teasers below the last paragraph with little text after them:
 * a line judged alone reads like the body, its place among the paragraphs does not.
 */
interface Around {
  realDistance: Int32Array;
  bodyBefore: Float64Array;
}

function around(lines: readonly ContentLine[], stats: readonly LineStats[]): Around {
  const n = lines.length;
  const isBody = (i: number) => stats[i]!.real && lines[i]!.reason === null;
  const realDistance = new Int32Array(n).fill(n);
  let seen = -n;
  for (let i = 0; i < n; i++) {
    if (isBody(i)) seen = i;
    realDistance[i] = i - seen;
  }
  seen = 2 * n;
  for (let i = n - 1; i >= 0; i--) {
    if (isBody(i)) seen = i;
    realDistance[i] = Math.min(realDistance[i]!, seen - i);
  }
  let total = 0;
  for (let i = 0; i < n; i++) if (isBody(i)) total += lines[i]!.text.length;
  const bodyBefore = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    bodyBefore[i] = total === 0 ? 0 : sum / total;
    if (isBody(i)) sum += lines[i]!.text.length;
  }
  return { realDistance, bodyBefore };
}

/** Short lines (headline-shaped, no sentence end) and sentences taking turns around line i: a list of headline + teaser pairs. */
function alternation(stats: readonly LineStats[], i: number): number {
  let turns = 0;
  for (let k = Math.max(0, i - 2); k < Math.min(stats.length - 1, i + 2); k++) if (stats[k]!.short !== stats[k + 1]!.short) turns++;
  return turns / 4;
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
    +ENDS_ELLIPSIS.test(text),
    +SYMBOLS.test(text),
    upperShare,
    ...neighbourFeatures(lines, i, page),
    Math.log1p(page.around.realDistance[i]!),
    page.around.bodyBefore[i]!,
    +(page.headline >= 0 && i > page.headline && (page.first < 0 || i < page.first)),
    +((before || after) && s.real),
    page.topic.share[i]!,
    page.topic.headline[i]!,
    +(page.topic.words[i]! === 0),
    page.topic.block[i]!,
  ];
}

/** What the lines either side look like (their stats, computed once per page): no regex per neighbour. */
function neighbourFeatures(lines: readonly ContentLine[], i: number, page: PageContext): number[] {
  const s = page.stats[i]!;
  const p = page.stats[i - 1];
  const q = page.stats[i + 1];
  const body = (t: LineStats | undefined, j: number) => t?.real === true && lines[j]!.reason === null;
  const furniture = (t: LineStats | undefined, j: number) => t === undefined || t.short || isJunk(lines[j]);
  const len = (j: number) => lines[j]?.text.length ?? 0;
  const like = (j: number) => j >= 0 && j < lines.length && Math.abs(Math.log((len(j) + 1) / (len(i) + 1))) < 0.35;
  return [
    Math.log1p(p?.words ?? 0),
    Math.log1p(q?.words ?? 0),
    +body(p, i - 1),
    +body(q, i + 1),
    +(p?.short ?? false),
    +(q?.short ?? false),
    +(p?.sentence ?? false),
    +(q?.sentence ?? false),
    +(!s.short && furniture(p, i - 1) && furniture(q, i + 1)),
    alternation(page.stats, i),
    +(like(i - 1) || like(i + 1)),
  ];
}

/**
 * Whether the classifier judges a line: short enough to be furniture (`MAX_JUDGED_WORDS`) and not
 * a real paragraph. Out of fold no real paragraph of the training pages scored near the threshold
 * (the highest 0.52 against 0.93), and skipping them halves the model's cost on clean text.
 */
export function isJudged(text: string, language: LanguageMask): boolean {
  const words = spacedWordCount(text, MAX_JUDGED_WORDS);
  if (words > MAX_JUDGED_WORDS) return false;
  const sentence = endsSentence(text);
  if (!(words >= 8 && sentence)) return true;
  return !isReal({ words, sentence, stops: stopWordCount(text, language, 30, 3) }, language);
}
