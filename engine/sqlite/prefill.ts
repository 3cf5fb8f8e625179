/**
 * Fill a search worker's match-set cache (match-cache.ts), once it is warm (between its first searches), with the sets
 * of the index's most frequent words: the sets a first-seen multi-word query most often shares
 * with others ("said" in "police said" and "said on monday"), which without this the spike's own
 * searches fetch and keep. Two reasons, both issue 25's: a server's memory is then what it will
 * be under load from its start, a spike turning the cache over instead of growing it; and the
 * first searches of a spike skip those doclist walks.
 */
import { interpret } from '../query/interpret.ts';
import { parseQuery } from '../query/parse.ts';
import type { Generation } from './open-generation.ts';
import { CACHE_MIN_ROWS, MATCH_CACHE_BYTES } from './match-cache.ts';
import { planQuery } from './plan.ts';
import type { Snapshot } from './snapshot.ts';

/**
 * Bitmaps of the index (a dense word's set: paragraphs / 8 bytes) filled at most: 96 at a million
 * paragraphs are 12 MB, three quarters of the cache, leaving room for the sets traffic brings.
 * Measured there (in-process, 1,000 distinct spike-shaped searches drawn by word frequency, 8 MB
 * page cache, load 16-18): 96 words, 2.2 s of CPU; first-seen CPU 8.17 → 6.96 ms a search; RSS
 * after the searches the same within noise, reached from a higher start. Sized by the index, so a
 * small index keeps little.
 */
const PREFILL_BITMAPS = 96;

/** Bytes of match sets worth prefilling for an index of `paragraphs`: never more than 3/4 of the cache. */
export function prefillBytes(paragraphs: number): number {
  return Math.min((MATCH_CACHE_BYTES * 3) / 4, PREFILL_BITMAPS * Math.ceil(paragraphs / 8));
}

export interface Prefilled {
  words: number;
  bytes: number;
}

/** Words matching at least CACHE_MIN_ROWS paragraphs (smaller sets are never kept), most frequent first. */
export function frequentWords(words: readonly string[], docs: ArrayLike<number>): string[] {
  const order: number[] = [];
  for (let i = 0; i < words.length; i++) if (docs[i]! >= CACHE_MIN_ROWS) order.push(i);
  order.sort((a, b) => docs[b]! - docs[a]! || a - b);
  return order.map((i) => words[i]!);
}

/**
 * Fetch and keep the match sets of the most frequent words, one word a step, until they hold
 * `bytes` (default: `prefillBytes` of the index). Each word is planned as a query of it alone, so
 * the cache keys are the expressions a search of it (or with it) asks for. A step is one doclist
 * walk (at a million paragraphs the commonest words take tens of ms): a worker runs the steps
 * between searches (worker.ts), so a search sent meanwhile waits for one word at most, not for
 * all of them (2.0-2.2 s of CPU there, 8-9 s of wall time at load 17).
 */
export function prefillSteps(generation: Generation, bytes?: number): Generator<Prefilled, Prefilled, undefined> {
  // The snapshot now, not at the first step: the worker says it is warm once this returns.
  const snap = generation.readyForSearches();
  // Never to the cache's bound: past it, each word would evict the last (1M: 6,161 words, 6.4 s of CPU, to hold 16 MB).
  const budget = Math.min(bytes ?? prefillBytes(snap.paragraphCount), (MATCH_CACHE_BYTES * 15) / 16);
  return steps(generation, snap, budget);
}

function* steps(generation: Generation, snap: Snapshot, budget: number): Generator<Prefilled, Prefilled, undefined> {
  const { postings } = generation;
  const held = () => postings.held().matchSets.main;
  let words = 0;
  for (const word of frequentWords(snap.vocabulary.words, snap.vocabulary.docs)) {
    if (held() >= budget) break;
    // Kept in the main LRU even when the last search was admitted during a spike (guarded-cache.ts).
    generation.beginSearch(false);
    const parsed = parseQuery(word);
    const plan = planQuery(parsed, snap, interpret(parsed, snap));
    for (const unit of plan.units) for (const cls of unit.classes) postings.matches(cls.match);
    words++;
    yield { words, bytes: held() };
  }
  return { words, bytes: held() };
}

/** All of `prefillSteps` at once: for measurements and tests. */
export function prefillMatchSets(generation: Generation, bytes?: number): Prefilled {
  const steps = prefillSteps(generation, bytes);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
