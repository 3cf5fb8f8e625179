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

/** The probability that each picked line is junk, in `judge` order. */
export function junkProbabilities(
  lines: readonly ContentLine[],
  language: LanguageMask,
  judge: readonly number[],
  model: JunkModel = JUNK_MODEL,
  weights: JunkWeights = model,
): number[] {
  checkFeatures(model);
  const x = lineFeatures(lines, language, judge);
  return judge.map((_, k) => {
    let z = weights.bias;
    for (let f = 0; f < FEATURE_COUNT; f++) z += weights.weights[f]! * ((x[k * FEATURE_COUNT + f]! - weights.mean[f]!) / weights.scale[f]!);
    return 1 / (1 + Math.exp(-z));
  });
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
export function weightsOfPage(lines: readonly ContentLine[], model: JunkModel = JUNK_MODEL): JunkWeights {
  return model.furnished !== undefined && carriesFurniture(lines) ? model.furnished : model;
}

/** Drops, as 'classifier', the unlabelled lines the model scores as junk. */
export function markByModel(lines: ContentLine[], language: LanguageMask, model: JunkModel = JUNK_MODEL): void {
  const judge = unlabelled(lines, language);
  if (judge.length === 0) return;
  const weights = weightsOfPage(lines, model);
  const p = junkProbabilities(lines, language, judge, model, weights);
  judge.forEach((i, k) => {
    if (p[k]! >= weights.threshold) lines[i]!.reason = 'classifier';
  });
}
