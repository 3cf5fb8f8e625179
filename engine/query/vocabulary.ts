/**
 * The index's own vocabulary: every indexed word with the number of paragraphs that contain it.
 * Typo corrections, word splits and "did you mean" suggestions are all chosen from it, so they
 * only ever propose words that can actually match. Backend-neutral: the embedded engine reads it
 * from FTS5 (`fts5vocab`), the Meilisearch backend from vocabulary documents its indexer wrote.
 */
import { LRUCache } from 'lru-cache';
import { nearWords } from './near-words.ts';
import { prefixTypoCost, splitFirst, typoCost } from './typos.ts';

const CORRECTION_CACHE_ENTRIES = 1_024;

export interface Correction {
  word: string;
  typos: number;
  /** Paragraphs containing the word. */
  docs: number;
}

/**
 * Words are grouped by first letter and sorted within it: a correction keeps the first letter (or
 * pays two typos, looked up by the rest of the word), so a query walks one letter's sorted words
 * (`nearWords`), and a prefix is a binary search.
 */
export class Vocabulary {
  private readonly index = new Map<string, number>();
  /** Word indexes by first code point. */
  private readonly byFirst = new Map<number, number[]>();
  /** By first code point: its words sorted, and their rests (built on first use). */
  private readonly groups = new Map<number, { rests: string[]; words: number[] }>();
  /**
   * Recent answers of `corrections`. One search asks twice (matching, then "did you mean"), and a
   * query is asked again for every page, facet click and keystroke that keeps the word; the
   * vocabulary belongs to one snapshot, so a reindex starts afresh.
   */
  private readonly correctionCache = new LRUCache<string, Correction[]>({ max: CORRECTION_CACHE_ENTRIES });

  constructor(
    readonly words: readonly string[],
    readonly docs: ArrayLike<number>,
  ) {
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      this.index.set(w, i);
      const first = w.codePointAt(0)!;
      let list = this.byFirst.get(first);
      if (list === undefined) this.byFirst.set(first, (list = []));
      list.push(i);
    }
  }

  get size(): number {
    return this.words.length;
  }

  has(word: string): boolean {
    return this.index.has(word);
  }

  /** Paragraphs containing the word (0 when it is not indexed). */
  docCount(word: string): number {
    const i = this.index.get(word);
    return i === undefined ? 0 : this.docs[i]!;
  }

  /** Whether some indexed word starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    if (this.index.has(prefix)) return true;
    const [first, start] = splitFirst(prefix);
    const group = this.firstLetterGroup(first);
    return group !== undefined && group.rests[lowerBound(group.rests, start)]?.startsWith(start) === true;
  }

  /**
   * Indexed words within `budget` typos of `query` (not `query` itself), most frequent first within
   * each typo count. With `prefix`, a word counts when some beginning of it is that close.
   */
  corrections(query: string, budget: number, options: { prefix?: boolean; limit?: number } = {}): Correction[] {
    if (budget <= 0 || query.length === 0) return [];
    const prefix = options.prefix === true;
    const key = `${budget}${prefix ? '*' : ' '}${query}`;
    let all = this.correctionCache.get(key);
    if (all === undefined) {
      // The same word asked with a wider budget ("did you mean" reaches one typo further than
      // matching): its answer holds this one, with the same costs.
      const wider = this.correctionCache.get(`${budget + 1}${prefix ? '*' : ' '}${query}`);
      all = wider !== undefined ? wider.filter((c) => c.typos <= budget) : this.allCorrections(query, budget, prefix);
      this.correctionCache.set(key, all);
    }
    return options.limit === undefined ? all.slice() : all.slice(0, options.limit);
  }

  private allCorrections(query: string, budget: number, prefix: boolean): Correction[] {
    const out: Correction[] = [];
    const consider = (i: number) => {
      const word = this.words[i]!;
      if (word === query || (prefix && word.startsWith(query))) return;
      const typos = prefix ? prefixTypoCost(query, word, budget) : typoCost(query, word, budget);
      if (typos <= budget) out.push({ word, typos, docs: this.docs[i]! });
    };
    const [first, tail] = splitFirst(query);
    const group = this.firstLetterGroup(first);
    if (group !== undefined) {
      for (const k of nearWords(group.rests, tail, budget, prefix)) consider(group.words[k]!);
    }
    if (budget >= 2) {
      // A first-letter typo costs two, so it leaves nothing for the rest: candidates are the words
      // whose rest begins with the query's rest (first letter replaced) or with the whole query (a
      // letter missing in front), and those beginning with the query's rest (one letter too many).
      // Whole words must equal these, beginnings only start with them; `consider` prices both.
      const seen = new Set<number>();
      for (const other of this.byFirst.keys()) {
        if (other === first) continue;
        for (const i of this.withRestPrefix(other, tail)) seen.add(i);
        for (const i of this.withRestPrefix(other, query)) seen.add(i);
      }
      const [tailFirst, tailRest] = splitFirst(tail);
      if (tailFirst !== first) for (const i of this.withRestPrefix(tailFirst, tailRest)) seen.add(i);
      for (const i of seen) consider(i);
    }
    out.sort((a, b) => a.typos - b.typos || b.docs - a.docs || (a.word < b.word ? -1 : 1));
    return out;
  }

  /**
   * Meilisearch's word split: the place that cuts `word` into two indexed words whose rarer half
   * is the most frequent. Null when no cut gives two indexed words.
   */
  bestSplit(word: string): [string, string] | null {
    let best: [string, string] | null = null;
    let bestDocs = 0;
    for (let cut = 1; cut < word.length; cut++) {
      const left = word.slice(0, cut);
      const right = word.slice(cut);
      const docs = Math.min(this.docCount(left), this.docCount(right));
      if (docs > bestDocs) {
        bestDocs = docs;
        best = [left, right];
      }
    }
    return best;
  }

  /** Words of one first letter, sorted by the rest of them, for `nearWords`. */
  private firstLetterGroup(first: number): { rests: string[]; words: number[] } | undefined {
    let group = this.groups.get(first);
    if (group === undefined) {
      const list = this.byFirst.get(first);
      if (list === undefined) return undefined;
      const words = [...list].sort((a, b) => (this.words[a]! < this.words[b]! ? -1 : 1));
      group = { rests: words.map((i) => splitFirst(this.words[i]!)[1]), words };
      this.groups.set(first, group);
    }
    return group;
  }

  /** Words of first letter `first` whose rest (after it) starts with `start`. */
  private withRestPrefix(first: number, start: string): number[] {
    const group = this.firstLetterGroup(first);
    if (group === undefined) return [];
    const { rests, words } = group;
    const out: number[] = [];
    for (let k = lowerBound(rests, start); k < rests.length && rests[k]!.startsWith(start); k++) out.push(words[k]!);
    return out;
  }
}

/** The first index of ascending `sorted` whose value is not below `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
