/**
 * The learned line classifier: after the phrase and positional rules, every line they left is
 * scored by a logistic regression over `line-features.ts` and dropped as 'classifier' when the
 * score clears the model's threshold. The weights are data (`junk-weights.ts`), written by
 * `bench/ingest/train-junk.ts` from labelled pages; the rules stay as the high-precision part and
 * as context the features read, the model judges what they could not name.
 */
import { FEATURE_COUNT, FEATURE_NAMES, isJudged, lineFeatures } from './line-features.ts';
import { JUNK_MODEL } from './junk-weights.ts';
import { listRunLines } from './list-runs.ts';
import { carriesFurniture } from './page-gate.ts';
import type { LanguageMask } from './stopwords.ts';
import type { ContentLine } from './structure.ts';

/** Standardisation, weights in `FEATURE_NAMES` order, and the drop threshold. */
export interface JunkWeights {
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
  /** Probability of junk at or above which a line is dropped. */
  threshold: number;
}

/** A trained model: on a page the rules found no furniture on (`page-gate.ts`), its own weights; on one they did, `furnished`'s. */
export interface JunkModel extends JunkWeights {
  features: readonly string[];
  /**
   * Weights and threshold for a page the rules found furniture on (`carriesFurniture`), fitted on such
   * scraped pages alone, so never bound by a clean article's short lines; absent, one model acts everywhere.
   */
  furnished?: JunkWeights;
  /**
   * A second pass (stacking): weights over `FEATURE_NAMES` then `SECOND_FEATURES`, which read the first
   * pass's scores of the line's neighbours and of its page; when present, it alone decides, at its
   * threshold (on a page the rules found furniture on, at `furnishedThreshold` when given).
   */
  second?: JunkWeights & { furnishedThreshold?: number };
}

/** What the second pass adds to a line's features: the first pass's verdicts around it, in its block, and on its page; its distance to the story. */
export const SECOND_FEATURES = ['neighbour-max', 'neighbour-min', 'near-mean', 'page-mean', 'run-mean', 'story-near'] as const;
export const SECOND_COUNT = SECOND_FEATURES.length;

/**
 * The second pass's added features of the lines `rows` picks. Each line has a verdict `v`: 1 a line the
 * rules dropped, the first pass's score `p1[k]` for the k-th line of `scored`, else 0 (a line neither
 * dropped nor judged: prose, a list of the story's, the headline). Per row: the higher and lower of the
 * two neighbours' verdicts, the mean verdict two lines either side, the mean first-pass score on the
 * page, the mean verdict of the block of consecutive dropped or judged lines it sits in, and
 * 1 / (1 + its distance in lines to the story: the longest run of lines neither dropped nor judged).
 * Two passes over the page and a few reads per row: `SECOND_COUNT` values per row, in `rows` order.
 */
export function secondFeatures(
  ruleJunk: ArrayLike<number>,
  scored: readonly number[],
  p1: ArrayLike<number>,
  rows: readonly number[],
): Float64Array {
  const n = ruleJunk.length;
  const v = new Float64Array(n);
  // Open: a line dropped or judged; the others are prose.
  const open = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    v[i] = ruleJunk[i]!;
    open[i] = ruleJunk[i]!;
  }
  let total = 0;
  for (let k = 0; k < scored.length; k++) {
    v[scored[k]!] = p1[k]!;
    open[scored[k]!] = 1;
    total += p1[k]!;
  }
  const pageMean = scored.length === 0 ? 0 : total / scored.length;
  // Each open block's mean verdict, and the longest prose run [storyStart, storyEnd].
  const runMean = new Float64Array(n);
  let storyStart = 0;
  let storyEnd = -1;
  for (let i = 0; i < n; ) {
    let end = i;
    while (end + 1 < n && open[end + 1] === open[i]) end++;
    if (open[i]) {
      let sum = 0;
      for (let j = i; j <= end; j++) sum += v[j]!;
      for (let j = i; j <= end; j++) runMean[j] = sum / (end - i + 1);
    } else if (end - i > storyEnd - storyStart) {
      storyStart = i;
      storyEnd = end;
    }
    i = end + 1;
  }
  const out = new Float64Array(rows.length * SECOND_COUNT);
  rows.forEach((i, r) => {
    const prev = i > 0 ? v[i - 1]! : 0;
    const next = i + 1 < n ? v[i + 1]! : 0;
    let sum = 0;
    let m = 0;
    for (let j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 2); j++)
      if (j !== i) {
        sum += v[j]!;
        m++;
      }
    const o = r * SECOND_COUNT;
    out[o] = Math.max(prev, next);
    out[o + 1] = Math.min(prev, next);
    out[o + 2] = m === 0 ? 0 : sum / m;
    out[o + 3] = pageMean;
    out[o + 4] = runMean[i]!;
    out[o + 5] = storyEnd < 0 ? 0 : 1 / (1 + Math.max(0, storyStart - i, i - storyEnd));
  });
  return out;
}

/** The logistic score of row k of `x` (`d` values a row) and, when given, of `extra` (`weights` beyond `d`). */
function logistic(weights: JunkWeights, x: Float64Array, d: number, k: number, extra?: Float64Array, e = 0): number {
  let z = weights.bias;
  for (let f = 0; f < d; f++) z += weights.weights[f]! * ((x[k * d + f]! - weights.mean[f]!) / weights.scale[f]!);
  if (extra !== undefined)
    for (let f = 0; f < e; f++) z += weights.weights[d + f]! * ((extra[k * e + f]! - weights.mean[d + f]!) / weights.scale[d + f]!);
  return 1 / (1 + Math.exp(-z));
}

/**
 * Models whose features were checked, each on its first use, not at load (the trainer loads this
 * module to write new weights); per model, so a test's hand-made model does not vouch for the shipped one.
 */
const checked = new WeakSet<JunkModel>();
function checkFeatures(model: JunkModel): void {
  if (checked.has(model)) return;
  if (model.features.join() !== FEATURE_NAMES.join())
    throw new Error('junk-weights.ts does not match line-features.ts: run bench/ingest/train-junk.ts');
  checked.add(model);
}

/**
 * The model the cleaner acts with when none is passed: the shipped weights, or one a bench tool put in
 * their place (`useJunkModel`: the trainer scores a model fitted without a set through the real cleaner).
 */
let active: JunkModel = JUNK_MODEL;

/** Puts `model` in the shipped weights' place for every later `cleanText` (no argument: the shipped weights again). For bench tools. */
export function useJunkModel(model: JunkModel = JUNK_MODEL): void {
  active = model;
}

/** The probability that each picked line is junk, in `judge` order. */
export function junkProbabilities(
  lines: readonly ContentLine[],
  language: LanguageMask,
  judge: readonly number[],
  model: JunkModel = active,
  weights: JunkWeights = model,
): number[] {
  checkFeatures(model);
  const x = lineFeatures(lines, language, judge);
  return judge.map((_, k) => logistic(weights, x, FEATURE_COUNT, k));
}

/**
 * The lines the model judges: those no rule labelled that could be furniture (`isJudged`), outside
 * the article's own lists (`list-runs.ts`: a stats box or a tour's dates is furniture line by line).
 */
export function unlabelled(lines: readonly ContentLine[], language: LanguageMask): number[] {
  const judge: number[] = [];
  lines.forEach((l, i) => {
    if (l.reason === null && isJudged(l.text, language, l.words)) judge.push(i);
  });
  // Most clean pages leave the model nothing to judge: the lists are looked for only when it has.
  if (judge.length === 0) return judge;
  const listed = listRunLines(lines);
  return judge.filter((i) => listed[i] === 0);
}

/** The weights and threshold the model acts with on this page: `furnished` on a page the rules found furniture on (`page-gate.ts`). */
export function weightsOfPage(lines: readonly ContentLine[], model: JunkModel = active): JunkWeights {
  return model.furnished !== undefined && carriesFurniture(lines) ? model.furnished : model;
}

/** Drops, as 'classifier', the unlabelled lines the model scores as junk. */
export function markByModel(lines: ContentLine[], language: LanguageMask, model: JunkModel = active): void {
  const judge = unlabelled(lines, language);
  if (judge.length === 0) return;
  const weights = weightsOfPage(lines, model);
  checkFeatures(model);
  const x = lineFeatures(lines, language, judge);
  let p = judge.map((_, k) => logistic(weights, x, FEATURE_COUNT, k));
  let threshold = weights.threshold;
  const second = model.second;
  if (second !== undefined) {
    // The second pass reads the first's scores around each line and alone decides.
    const ruleJunk = Uint8Array.from(lines, (l) => +(l.reason !== null && l.reason !== 'headline'));
    const extra = secondFeatures(ruleJunk, judge, p, judge);
    p = judge.map((_, k) => logistic(second, x, FEATURE_COUNT, k, extra, SECOND_COUNT));
    threshold = second.furnishedThreshold !== undefined && carriesFurniture(lines) ? second.furnishedThreshold : second.threshold;
  }
  judge.forEach((i, k) => {
    if (p[k]! >= threshold) lines[i]!.reason = 'classifier';
  });
}
