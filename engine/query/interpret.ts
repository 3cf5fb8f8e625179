/**
 * What a query asks for, read against the index's own vocabulary before any backend searches: the
 * one place that decides, for both engines, which words are taken as written, which last word is
 * completed as a prefix, which word the corpus lacks is corrected (and to what), and which is
 * simply absent. Backends then match exactly what this says, so a word the corpus contains is
 * never typo-corrected or prefix-expanded behind the user's back ("Fed" is not "Federer"), and a
 * correction is always one the result can state ("No paragraph contains Morsi. Showing Morris").
 *
 * Also here: the near spellings the corpus holds for each query word ("Also spelled: Morsy (4)"),
 * which the page offers as `|` alternatives for the user to add, and the label of each hit.
 */
import { tokenize, type ParsedQuery, type QueryTerm } from './parse.ts';
import type { SynonymTable } from './synonyms.ts';
import { typoBudget } from './typos.ts';
import type { Vocabulary } from './vocabulary.ts';
import type { HitMatch, QueryReading, Spelling } from '../contract/types.ts';

/**
 * A correction is made only when one candidate stands out: fewer typos than every other, or at
 * least this many times as frequent as the next at the same count. Otherwise the word is absent
 * and the page says so (with "did you mean" suggestions), rather than guessing.
 */
const CLEAR_LEAD = 4;
/** Nor is a word found in a single paragraph anyone's clear intent. */
const CLEAR_MIN_DOCS = 2;
/** A split reading (`antispam` → "anti spam") needs both halves at least this long. */
const MIN_SPLIT_HALF = 3;
/** Near spellings offered per query word. */
const MAX_SPELLINGS = 6;

/** How one positive term is read. */
export type TermReading =
  /** As written: a corpus word, a quoted phrase, a compound, `|` spellings, or a word with declared variants. */
  | { kind: 'as-asked' }
  /** The last word, not itself a corpus word, completed as the beginning of longer words (`negot`). */
  | { kind: 'prefix' }
  /** A word the corpus lacks, replaced by the one it clearly means. */
  | { kind: 'corrected'; to: string }
  /** A word the corpus lacks, with no clear replacement: it matches nothing. */
  | { kind: 'absent' };

export interface Interpretation {
  /** One reading per positive term of the parsed query, in order. */
  readings: TermReading[];
  /** The same, as the result reports it. */
  reading: QueryReading;
}

export interface Lexicon {
  vocabulary: Vocabulary;
  synonyms: SynonymTable;
}

/** Read every positive term of the query against the lexicon. */
export function interpret(parsed: ParsedQuery, { vocabulary, synonyms }: Lexicon): Interpretation {
  const covered = synonymCovered(parsed, synonyms);
  const readings = parsed.terms.map((term) => readTerm(term, vocabulary, synonyms, covered));
  const reading: QueryReading = { corrected: [], completed: [], absent: [] };
  parsed.terms.forEach((term, i) => {
    const r = readings[i]!;
    const word = term.tokens[0]!;
    if (r.kind === 'corrected') reading.corrected.push({ from: word, to: r.to });
    else if (r.kind === 'prefix') reading.completed.push(word);
    else if (r.kind === 'absent') reading.absent.push(word);
  });
  return { readings, reading };
}

function readTerm(term: QueryTerm, vocabulary: Vocabulary, synonyms: SynonymTable, covered: Set<string>): TermReading {
  // Only a bare single word can be anything but what was written.
  if (term.quoted || term.alternatives !== undefined || term.tokens.length !== 1) return { kind: 'as-asked' };
  const word = term.tokens[0]!;
  if (vocabulary.size === 0 || vocabulary.has(word) || covered.has(word)) return { kind: 'as-asked' };
  // A declared variant the corpus holds ("Mursi" where only "Morsi" is written) is what was asked.
  if (synonyms.lookup([word]).some((alt) => alt.every((t) => vocabulary.has(t)))) return { kind: 'as-asked' };
  if (term.prefix && vocabulary.hasPrefix(word)) return { kind: 'prefix' };
  // Whole words only: a typo inside a beginning ("Mursi" → "musi…c") is too loose to be a clear intent.
  const clear = clearCandidate(vocabulary.corrections(word, typoBudget(word)));
  if (clear !== null) return { kind: 'corrected', to: clear };
  if (splitOf(word, vocabulary) !== null) return { kind: 'as-asked' };
  return { kind: 'absent' };
}

/** The candidate that stands out (see CLEAR_LEAD), or null. Candidates come best first. */
function clearCandidate(candidates: ReadonlyArray<{ word: string; typos: number; docs: number }>): string | null {
  const [best, next] = candidates;
  if (best === undefined || best.docs < CLEAR_MIN_DOCS) return null;
  if (next === undefined || next.typos > best.typos || best.docs >= CLEAR_LEAD * next.docs) return best.word;
  return null;
}

/**
 * A word written joined whose parts are both corpus words (`antispam` → "anti spam"): the split
 * spelling is a compound form of it, a declared kind of variant. Null when there is none.
 */
export function splitOf(word: string, vocabulary: Vocabulary): [string, string] | null {
  const split = vocabulary.bestSplit(word);
  if (split === null || split[0].length < MIN_SPLIT_HALF || split[1].length < MIN_SPLIT_HALF) return null;
  return split;
}

/** Tokens of the query that belong to a run of several words the synonym list knows ("Izz ad-Din al-Qassam"). */
export function synonymCovered(parsed: ParsedQuery, synonyms: SynonymTable): Set<string> {
  const tokens = parsed.terms.filter((t) => !t.quoted && t.alternatives === undefined).flatMap((t) => t.tokens);
  const covered = new Set<string>();
  for (let start = 0; start < tokens.length; start++) {
    for (let end = start + 2; end <= Math.min(tokens.length, start + synonyms.maxTokens); end++) {
      const run = tokens.slice(start, end);
      if (synonyms.lookup(run).length > 0) for (const t of run) covered.add(t);
    }
  }
  return covered;
}

/**
 * For each bare one-word term: the spellings the corpus holds within the word's typo budget, and
 * the declared single-word synonyms (already included), each with the paragraphs that contain it.
 * Spellings the user already added with `|` are marked selected.
 */
export function spellingsOf(parsed: ParsedQuery, { vocabulary, synonyms }: Lexicon): Spelling[] {
  const out: Spelling[] = [];
  for (const term of parsed.terms) {
    if (term.quoted || term.tokens.length !== 1) continue;
    const word = term.tokens[0]!;
    const chosen = new Set((term.alternatives ?? [term.tokens]).filter((a) => a.length === 1).map((a) => a[0]!));
    const options: Spelling['options'] = [];
    const seen = new Set<string>([word]);
    for (const alt of synonyms.lookup([word])) {
      if (alt.length !== 1 || seen.has(alt[0]!)) continue;
      seen.add(alt[0]!);
      options.push({ word: alt[0]!, count: vocabulary.docCount(alt[0]!), included: true, selected: false });
    }
    for (const other of chosen) {
      if (seen.has(other)) continue;
      seen.add(other);
      options.push({ word: other, count: vocabulary.docCount(other), included: false, selected: true });
    }
    for (const c of vocabulary.corrections(word, typoBudget(word), { limit: MAX_SPELLINGS })) {
      if (seen.has(c.word)) continue;
      seen.add(c.word);
      options.push({ word: c.word, count: c.docs, included: false, selected: false });
    }
    if (options.length > 0) out.push({ word, count: vocabulary.docCount(word), options });
  }
  return out;
}

/**
 * How a hit matched, from its text: `approximate` when it lacks some of the words or the query
 * was corrected or completed; `exact` when every term occurs as written (or as one of the user's
 * `|` spellings); otherwise `variant` (a synonym, a joined or split compound, case and accents
 * aside, which the tokenizer already folds).
 */
export function matchOf(text: string, parsed: ParsedQuery, interpretation: Interpretation, matchedAll: boolean): HitMatch {
  if (!matchedAll) return 'approximate';
  if (interpretation.readings.some((r) => r.kind !== 'as-asked')) return 'approximate';
  if (parsed.terms.length === 0) return 'exact';
  const tokens = tokenize(text);
  const asWritten = parsed.terms.every((term) => (term.alternatives ?? [term.tokens]).some((form) => containsRun(tokens, form)));
  return asWritten ? 'exact' : 'variant';
}

/**
 * The same label from what the engine knows of the hit: whether it had every unit, and whether it
 * needed a declared variant for one of them. No text is read (the embedded engine knows both).
 */
export function matchFrom(interpretation: Interpretation, matchedAll: boolean, usedVariant: boolean): HitMatch {
  if (!matchedAll || interpretation.readings.some((r) => r.kind !== 'as-asked')) return 'approximate';
  return usedVariant ? 'variant' : 'exact';
}

function containsRun(tokens: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= tokens.length; i++) {
    for (let j = 0; j < run.length; j++) if (tokens[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}
