import type { Interpretation, TermReading } from '../query/interpret.ts';
import type { ParsedQuery, QueryTerm } from '../query/parse.ts';
import type { SynonymTable } from '../query/synonyms.ts';
import type { SortOrder } from '../contract/types.ts';

/*
 * The query arrives cleaned and capped by the engine's one normaliser (engine/contract/request.ts); it is
 * parsed and read like the embedded engine reads it, then rebuilt for Meilisearch (`meiliQueries`).
 */

/**
 * Meilisearch `sort` for an order. Relevance with no query has nothing to rank by, so it lists
 * newest first like the embedded engine. Ties break by article, then reading order.
 */
export function sortParams(sort: SortOrder, q: string): string[] | undefined {
  const order = sort === 'relevance' && q === '' ? 'newest' : sort;
  if (order === 'relevance') return undefined;
  const direction = order === 'newest' ? 'desc' : 'asc';
  return [`dateOrdinal:${direction}`, 'articleId:asc', 'position:asc'];
}

/**
 * The `q` strings Meilisearch is sent, rebuilt from what `interpret()` decided, so they match what
 * the embedded engine matches:
 * - a word taken as written is sent as a one-word phrase (`"fed"`), which turns off Meilisearch's
 *   typo tolerance and prefix search for it: "Fed" never finds "Federer";
 * - a word with declared variants (synonyms) stays bare, so the index's `synonyms` setting applies
 *   to it: Meilisearch gives a phrase no synonyms (milli's `PhraseBuilder::build` leaves them
 *   empty). Bare and last, it would also be completed as a prefix, which a trailing space turns
 *   off (milli makes only a word with no token after it a prefix);
 * - a corrected word is sent as its correction, as a phrase; an absent one as itself, as a phrase
 *   (it matches nothing);
 * - the last word, when it is completed, stays bare and last: Meilisearch's prefix search;
 * - phrases and compounds are sent as phrases; exclusions as `-word` / `-"phrase"`, every spelling
 *   of an excluded `a|b` excluded.
 * https://www.meilisearch.com/docs/reference/api/search#query-q (phrase search, negative search)
 *
 * Its query language has no OR, so `a|b` spellings become one query per way of choosing a spelling
 * for each word (at most MAX_COMBINATIONS, capped by the parser), searched together as one
 * federated multi-search (federation.ts). Without spellings there is exactly one query.
 */
export function meiliQueries(parsed: ParsedQuery, interpretation: Interpretation, synonyms: SynonymTable): string[] {
  const choices = parsed.terms.map((term, i) => termForms(term, interpretation.readings[i]!, synonyms));
  const excluded = parsed.excluded.flatMap((term) => (term.alternatives ?? [term.tokens]).map((tokens) => `-${phrase(tokens)}`));
  const lastIsPrefix = interpretation.readings.at(-1)?.kind === 'prefix';
  return combinations(choices).map((parts) => {
    const q = [...parts, ...excluded].join(' ');
    // A bare last word that is not being completed: the trailing space keeps it whole.
    return excluded.length === 0 && !lastIsPrefix && parts.length > 0 && !parts.at(-1)!.startsWith('"') ? `${q} ` : q;
  });
}

/** How one positive term can be written in Meilisearch syntax: one string, or one per `|` spelling. */
export function termForms(term: QueryTerm, reading: TermReading, synonyms: SynonymTable): string[] {
  if (reading.kind === 'prefix') return [term.tokens.join(' ')];
  if (reading.kind === 'corrected') return [phrase([reading.to])];
  if (term.quoted) return [phrase(term.tokens)];
  return (term.alternatives ?? [term.tokens]).map((tokens) =>
    tokens.length === 1 && synonyms.lookup(tokens).length > 0 ? tokens[0]! : phrase(tokens),
  );
}

/** Every way of taking one item from each list, the last list varying fastest; `[[]]` for none. */
function combinations(lists: readonly string[][]): string[][] {
  return lists.reduce<string[][]>((acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]);
}

/** Tokens as a Meilisearch phrase. Tokens hold letters and digits only, so no quote can occur in them. */
const phrase = (tokens: readonly string[]): string => `"${tokens.join(' ')}"`;
