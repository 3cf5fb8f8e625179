/**
 * How the embedded engine matches what `interpret()` decided (engine/query/interpret.ts). Each positive
 * term (or a run of up to three adjacent words, see below) becomes a *unit*: FTS5 expressions in
 * two classes, the forms as written (cost 0) and the declared variants (cost 1). Ranking then
 * knows, per paragraph, how many leading units it has (paragraphs with every unit are the counted
 * ones; Meilisearch's `matchingStrategy: "last"` lists the others after them) and whether it needed
 * a variant, so a paragraph with the words as written ranks above one that has only a synonym.
 *
 * What a term matches, by its reading:
 * - as asked: the word or phrase itself (each `|` spelling for `Mursi|Morsi`); variants: its
 *   synonyms, a compound's joined spelling (`cease-fire` → `ceasefire`), a joined word's split
 *   (`ceasefire` → "cease fire", both halves corpus words); a quoted phrase has no variants;
 * - prefix (the last word, not itself a corpus word): the words beginning with it, and the split
 *   spellings the synonym list knows of them (`ceasef` → "cease fire");
 * - corrected: the word it was corrected to, and that word's synonyms;
 * - absent: the word itself, which the index does not hold: it matches nothing.
 * No typo is ever forgiven here: a correction is made once, visibly, by `interpret()`.
 * Adjacent bare words whose joined form is indexed (`cease fire` → `ceasefire`, Meilisearch's
 * concatenation) or that spell a synonym key (`Binyamin Netanyahu`) form one unit that matches the
 * words as written, or that alternative as a variant.
 */
import type { Interpretation, TermReading } from '../query/interpret.ts';
import { splitOf } from '../query/interpret.ts';
import { fts5Phrase, type ParsedQuery, type QueryTerm } from '../query/parse.ts';
import type { SynonymTable } from '../query/synonyms.ts';
import type { Vocabulary } from '../query/vocabulary.ts';

/** Meilisearch concatenates at most three adjacent words. */
const MAX_WINDOW = 3;
/** Words "close together" (the proximity tier of the ranking): within this many tokens. */
export const NEAR_DISTANCE = 8;
/** NEAR groups ORed for units with several forms; beyond this, proximity is not ranked. */
const MAX_NEAR_GROUPS = 16;

/** Cost of a class: the forms as written, or a declared variant. */
export const AS_WRITTEN = 0;
export const VARIANT = 1;

export interface MatchClass {
  /** AS_WRITTEN or VARIANT. */
  cost: number;
  /** FTS5 expression. */
  match: string;
}

export interface Unit {
  /** Ascending `cost`; the first is always the forms as written. */
  classes: MatchClass[];
  /** Every class ORed: what the unit matches at any cost. */
  any: string;
  /** Each form as one FTS5 phrase (no ORs), for NEAR groups. */
  phrases: string[];
}

export interface QueryPlan {
  units: Unit[];
  /** FTS5 expression for the excluded terms, or null. */
  exclude: string | null;
  /** Matches paragraphs that have at least one unit: for ranking and highlighting. */
  anyUnit: string | null;
  /** Matches paragraphs that have every unit and no excluded term. */
  allUnits: string | null;

  /** Matches paragraphs whose units sit within NEAR_DISTANCE tokens (several units only), or null. */
  near: string | null;
}

export interface PlanContext {
  vocabulary: Vocabulary;
  synonyms: SynonymTable;
}

export function planQuery(parsed: ParsedQuery, context: PlanContext, interpretation: Interpretation): QueryPlan {
  const units: Unit[] = [];
  const terms = parsed.terms;
  const readings = interpretation.readings;
  for (let i = 0; i < terms.length; ) {
    const window = windowAt(terms, readings, i, context);
    if (window !== null) {
      units.push(window.unit);
      i += window.size;
    } else {
      units.push(toUnit(termClasses(terms[i]!, readings[i]!, context)));
      i++;
    }
  }
  const exclude = parsed.excluded.length > 0 ? parsed.excluded.map(excludedExpr).join(' OR ') : null;
  const anyUnit = units.length > 0 ? units.map((u) => `(${u.any})`).join(' OR ') : null;
  let allUnits = units.length > 0 ? units.map((u) => `(${u.any})`).join(' AND ') : null;
  if (allUnits !== null && exclude !== null) allUnits = `(${allUnits}) NOT (${exclude})`;
  return { units, exclude, anyUnit, allUnits, near: nearOf(units) };
}

function excludedExpr(term: QueryTerm): string {
  return term.alternatives === undefined ? fts5Phrase(term.tokens, false) : term.alternatives.map((a) => fts5Phrase(a)).join(' OR ');
}

/** Phrases of one term by cost: the forms as written, then the declared variants. */
function termClasses(term: QueryTerm, reading: TermReading, { vocabulary, synonyms }: PlanContext): Map<number, string[]> {
  const classes = new Map<number, string[]>();
  const add = (cost: number, expr: string) => {
    let list = classes.get(cost);
    if (list === undefined) classes.set(cost, (list = []));
    if (!list.includes(expr) && !(cost === VARIANT && classes.get(AS_WRITTEN)?.includes(expr))) list.push(expr);
  };
  if (reading.kind === 'prefix') {
    add(AS_WRITTEN, fts5Phrase(term.tokens, true));
    // The split spellings of the compounds it completes to (`ceasef` → "cease fire"), not their
    // synonyms: a word being typed is not yet a word whose meanings were asked for.
    const prefix = term.tokens[0]!;
    for (const compound of synonyms.compoundsStartingWith(prefix)) add(VARIANT, fts5Phrase(compound));
    return classes;
  }
  if (reading.kind === 'corrected') {
    add(AS_WRITTEN, fts5Phrase([reading.to]));
    for (const alt of synonyms.lookup([reading.to])) add(VARIANT, fts5Phrase(alt));
    return classes;
  }
  const forms = term.alternatives ?? [term.tokens];
  for (const form of forms) add(AS_WRITTEN, fts5Phrase(form));
  if (term.quoted || reading.kind === 'absent') return classes;
  for (const form of forms) {
    for (const alt of synonyms.lookup(form)) add(VARIANT, fts5Phrase(alt));
    if (form.length > 1) add(VARIANT, fts5Phrase([form.join('')]));
    else {
      const split = splitOf(form[0]!, vocabulary);
      if (split !== null) add(VARIANT, fts5Phrase(split));
    }
  }
  return classes;
}

function toUnit(classes: Map<number, string[]>): Unit {
  const list = [...classes]
    .filter(([, exprs]) => exprs.length > 0)
    .sort(([a], [b]) => a - b)
    .map(([cost, exprs]) => ({ cost, match: orOf(exprs) }));
  const phrases = [...classes.values()].flat();
  return { classes: list, any: list.length === 1 ? list[0]!.match : list.map((c) => `(${c.match})`).join(' OR '), phrases };
}

/**
 * A run of adjacent unquoted words taken as asked, starting at `start`, that is a synonym key or
 * whose joined spelling is an indexed word, longest first; null when there is none.
 */
function windowAt(terms: QueryTerm[], readings: TermReading[], start: number, context: PlanContext): { unit: Unit; size: number } | null {
  for (let size = Math.min(MAX_WINDOW, terms.length - start); size >= 2; size--) {
    const run = terms.slice(start, start + size);
    if (run.some((t) => t.quoted || t.alternatives !== undefined)) continue;
    if (readings.slice(start, start + size).some((r) => r.kind !== 'as-asked' && r.kind !== 'prefix')) continue;
    const tokens = run.flatMap((t) => t.tokens);
    const last = readings[start + size - 1]!;
    const prefix = last.kind === 'prefix';
    const joined = tokens.join('');
    const joinedIndexed = prefix ? context.vocabulary.hasPrefix(joined) : context.vocabulary.has(joined);
    const alternatives = context.synonyms.lookup(tokens);
    if (!joinedIndexed && alternatives.length === 0) continue;

    const perWord = run.map((t, k) => termClasses(t, readings[start + k]!, context));
    const written = `(${perWord.map((c) => orOf(c.get(AS_WRITTEN)!)).join(' AND ')})`;
    const variants: string[] = [];
    if (joinedIndexed) variants.push(fts5Phrase([joined], prefix));
    for (const alt of alternatives) variants.push(fts5Phrase(alt));
    if (perWord.some((c) => (c.get(VARIANT)?.length ?? 0) > 0)) {
      variants.push(perWord.map((c) => `(${orOf([...c.values()].flat())})`).join(' AND '));
    }
    const classes = new Map<number, string[]>([
      [AS_WRITTEN, [written]],
      [VARIANT, variants],
    ]);
    const unit = toUnit(classes);
    // The words of a window are near each other by construction: no NEAR group for it.
    unit.phrases = [];
    return { unit, size };
  }
  return null;
}

/**
 * Paragraphs whose units all sit within NEAR_DISTANCE tokens: one NEAR group per combination of
 * the units' phrases. Null for fewer than two units, or when a unit cannot be put in a NEAR group
 * (a window) or the combinations are too many.
 */
function nearOf(units: Unit[]): string | null {
  if (units.length < 2 || units.some((u) => u.phrases.length === 0)) return null;
  let groups: string[][] = [[]];
  for (const unit of units) {
    groups = groups.flatMap((g) => unit.phrases.map((p) => [...g, p]));
    if (groups.length > MAX_NEAR_GROUPS) return null;
  }
  return groups.map((g) => `NEAR(${g.join(' ')}, ${NEAR_DISTANCE})`).join(' OR ');
}

const orOf = (exprs: string[]): string => (exprs.length === 1 ? exprs[0]! : exprs.map((e) => `(${e})`).join(' OR '));
