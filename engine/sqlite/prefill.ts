/**
 * Fill a search worker's match-set cache (match-cache.ts), before its first search, with the sets
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

export interface PrefillBudget {
  /** Stop once the match sets hold this many bytes (default: `prefillBytes` of the index). */
  bytes?: number;
  /** ...or once this many milliseconds have passed: the worker's first search waits for it. */
  ms?: number;
}

/**
 * Bitmaps of the index (a dense word's set: paragraphs / 8 bytes) filled at most: 96 at a million
 * paragraphs are 12 MB, three quarters of the cache, leaving room for the sets traffic brings.
 * Measured there (in-process, 1,000 distinct spike-shaped searches drawn by word frequency, load
 * 14-17): 101 words, 2.0-2.2 s of CPU; first-seen CPU 8.75 → 7.01 ms a search; RSS grew 52 MB
 * over the searches without it and 28 with it. Sized by the index, so a small index keeps little.
 */
const PREFILL_BITMAPS = 96;
/**
 * A warming worker takes no search (worker-pool.ts), and every worker warms a new generation at
 * once: this bounds what the prefill adds to the snapshot's load (~3.3 s of CPU at a million
 * paragraphs) on a switch. The prefill there took 2.0-2.2 s of CPU, 8-9 s of wall time at load 17,
 * so a loaded machine keeps fewer words.
 */
const PREFILL_MS = 3_000;

/** Bytes of match sets worth prefilling for an index of `paragraphs`: never more than 3/4 of the cache. */
export function prefillBytes(paragraphs: number): number {
  return Math.min((MATCH_CACHE_BYTES * 3) / 4, PREFILL_BITMAPS * Math.ceil(paragraphs / 8));
}

export interface Prefilled {
  words: number;
  bytes: number;
  ms: number;
}

/** Words matching at least CACHE_MIN_ROWS paragraphs (smaller sets are never kept), most frequent first. */
export function frequentWords(words: readonly string[], docs: ArrayLike<number>): string[] {
  const order: number[] = [];
  for (let i = 0; i < words.length; i++) if (docs[i]! >= CACHE_MIN_ROWS) order.push(i);
  order.sort((a, b) => docs[b]! - docs[a]! || a - b);
  return order.map((i) => words[i]!);
}

/**
 * Fetch and keep the match sets of the most frequent words, each planned as a query of that word
 * alone, so the cache keys are the expressions a search of it (or with it) asks for.
 */
export function prefillMatchSets(generation: Generation, budget: PrefillBudget = {}): Prefilled {
  const started = performance.now();
  const snap = generation.readyForSearches();
  const { postings } = generation;
  // Never to the cache's bound: past it, each word would evict the last (1M: 6,161 words, 6.4 s of CPU, to hold 16 MB).
  const bytes = Math.min(budget.bytes ?? prefillBytes(snap.paragraphCount), (MATCH_CACHE_BYTES * 15) / 16);
  const ms = budget.ms ?? PREFILL_MS;
  const held = () => postings.held().matchSets.main;
  let words = 0;
  for (const word of frequentWords(snap.vocabulary.words, snap.vocabulary.docs)) {
    if (held() >= bytes || performance.now() - started >= ms) break;
    const parsed = parseQuery(word);
    const plan = planQuery(parsed, snap, interpret(parsed, snap));
    for (const unit of plan.units) for (const cls of unit.classes) postings.matches(cls.match);
    words++;
  }
  return { words, bytes: held(), ms: performance.now() - started };
}
