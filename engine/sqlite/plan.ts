/**
 * How the embedded engine reads a query the way Meilisearch does. Each positive term (or a run of
 * up to three adjacent words, see below) becomes a *unit*: FTS5 expressions grouped by how many
 * typos a paragraph pays to match it. Ranking then knows, per paragraph, how many leading units it
 * matched (Meilisearch's `matchingStrategy: "last"`) and how many typos that took, so an exact
 * match always ranks above a corrected one and a rare corrected word never outranks the word the
 * user typed ("goverment" → "movement").
 *
 * What a bare word may match, with its typo cost:
 * - 0: the word itself (the last word also as a prefix), and its synonyms;
 * - 1: its best split into two indexed words as a phrase (`ceasefire` → "cease fire"), as
 *      Meilisearch counts a split; vocabulary words one typo away;
 * - 2: vocabulary words two typos away (words of 9 letters or more).
 * A hyphenated or otherwise joined term (`cease-fire`) matches as a phrase or as its joined word.
 * Adjacent bare words whose joined form is indexed (`cease fire` → `ceasefire`, Meilisearch's
 * concatenation) or that spell a synonym key (`Binyamin Netanyahu`) form one unit that matches
 * either the words or that alternative.
 */
import { fts5Phrase, type ParsedQuery, type QueryTerm } from '../query.ts';
import type { SynonymTable } from '../synonyms.ts';
import { typoBudget } from '../typos.ts';
import type { Vocabulary } from '../vocabulary.ts';

/** Corrections kept per word, most frequent first: enough for any real misspelling. */
const MAX_CORRECTIONS = 50;
/** Meilisearch concatenates at most three adjacent words. */
const MAX_WINDOW = 3;

export interface MatchClass {
  typos: number;
  /** FTS5 expression. */
  match: string;
}

export interface Unit {
  /** Ascending `typos`; the first is always the typo-free reading. */
  classes: MatchClass[];
  /** Every class ORed: what the unit matches at any cost. */
  any: string;
}

export interface QueryPlan {
  units: Unit[];
  /** FTS5 expression for the excluded terms, or null. */
  exclude: string | null;
  /** Matches paragraphs that have at least one unit: for ranking and highlighting. */
  anyUnit: string | null;
  /** Matches paragraphs that have every unit and no excluded term. */
  allUnits: string | null;
}

export interface PlanContext {
  vocabulary: Vocabulary;
  synonyms: SynonymTable;
}

export function planQuery(parsed: ParsedQuery, context: PlanContext): QueryPlan {
  const units: Unit[] = [];
  const terms = parsed.terms;
  for (let i = 0; i < terms.length; ) {
    const window = windowAt(terms, i, context);
    if (window !== null) {
      units.push(window.unit);
      i += window.size;
    } else {
      units.push(termUnit(terms[i]!, context));
      i++;
    }
  }
  const exclude = parsed.excluded.length > 0 ? parsed.excluded.map((t) => fts5Phrase(t.tokens, false)).join(' OR ') : null;
  const anyUnit = units.length > 0 ? units.map((u) => `(${u.any})`).join(' OR ') : null;
  let allUnits = units.length > 0 ? units.map((u) => `(${u.any})`).join(' AND ') : null;
  if (allUnits !== null && exclude !== null) allUnits = `(${allUnits}) NOT (${exclude})`;
  return { units, exclude, anyUnit, allUnits };
}

/** Classes of one term; a single bare word gets typo corrections, splits and synonyms. */
function termClasses(term: QueryTerm, { vocabulary, synonyms }: PlanContext): Map<number, string[]> {
  const classes = new Map<number, string[]>();
  const add = (typos: number, expr: string) => {
    let list = classes.get(typos);
    if (list === undefined) classes.set(typos, (list = []));
    if (!list.includes(expr)) list.push(expr);
  };
  const prefix = term.prefix && !term.quoted;
  add(0, fts5Phrase(term.tokens, prefix));
  if (term.quoted) return classes;

  for (const alt of synonyms.lookup(term.tokens)) add(0, fts5Phrase(alt));
  if (term.tokens.length > 1) {
    add(0, fts5Phrase([term.tokens.join('')], prefix));
    return classes;
  }
  const word = term.tokens[0]!;
  const split = vocabulary.bestSplit(word);
  if (split !== null) add(1, fts5Phrase(split));
  for (const c of vocabulary.corrections(word, typoBudget(word), { prefix, limit: MAX_CORRECTIONS })) {
    add(c.typos, fts5Phrase([c.word]));
  }
  return classes;
}

function toUnit(classes: Map<number, string[]>): Unit {
  const list = [...classes]
    .sort(([a], [b]) => a - b)
    .map(([typos, exprs]) => ({ typos, match: exprs.length === 1 ? exprs[0]! : exprs.map((e) => `(${e})`).join(' OR ') }));
  return { classes: list, any: list.length === 1 ? list[0]!.match : list.map((c) => `(${c.match})`).join(' OR ') };
}

function termUnit(term: QueryTerm, context: PlanContext): Unit {
  return toUnit(termClasses(term, context));
}

/**
 * A run of adjacent unquoted terms starting at `start` that is a synonym key or whose joined
 * spelling is an indexed word, longest first; null when there is none.
 */
function windowAt(terms: QueryTerm[], start: number, context: PlanContext): { unit: Unit; size: number } | null {
  for (let size = Math.min(MAX_WINDOW, terms.length - start); size >= 2; size--) {
    const run = terms.slice(start, start + size);
    if (run.some((t) => t.quoted)) continue;
    const tokens = run.flatMap((t) => t.tokens);
    const prefix = run[run.length - 1]!.prefix;
    const joined = tokens.join('');
    const joinedIndexed = prefix ? context.vocabulary.hasPrefix(joined) : context.vocabulary.has(joined);
    const alternatives = context.synonyms.lookup(tokens);
    if (!joinedIndexed && alternatives.length === 0) continue;

    const perWord = run.map((t) => termClasses(t, context));
    const exact = perWord.map((c) => orOf(c.get(0)!)).join(' AND ');
    const zero = [`(${exact})`];
    if (joinedIndexed) zero.push(fts5Phrase([joined], prefix));
    for (const alt of alternatives) zero.push(fts5Phrase(alt));
    const classes = new Map<number, string[]>([[0, zero]]);
    if (perWord.some((c) => c.size > 1)) {
      classes.set(1, [perWord.map((c) => `(${orOf([...c.values()].flat())})`).join(' AND ')]);
    }
    return { unit: toUnit(classes), size };
  }
  return null;
}

const orOf = (exprs: string[]): string => (exprs.length === 1 ? exprs[0]! : exprs.map((e) => `(${e})`).join(' OR '));
