import type { Interpretation } from '../interpret.ts';
import type { ParsedQuery } from '../query.ts';
import type { SynonymTable } from '../synonyms.ts';
import type { SearchRequest, SortOrder } from '../types.ts';

/**
 * The user's query is cleaned first: control characters (our highlight sentinels among them)
 * removed and the length capped, so no input can fail the request. It is then parsed and read
 * like the embedded engine reads it (`meiliQuery`).
 */
export const MAX_QUERY_CHARS = 256;
export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;

export function sanitizeQuery(q: unknown): string {
  if (typeof q !== 'string') return '';
  // Lone surrogates too: JSON carries them as `\ud800`, which Meilisearch rejects as malformed.
  const cleaned = q.replace(/[\p{Cc}\p{Cs}]+/gu, ' ').replace(/\s+/g, ' ').trim();
  // Cut by code points so a surrogate pair is never split.
  const chars = Array.from(cleaned);
  return chars.length <= MAX_QUERY_CHARS ? cleaned : chars.slice(0, MAX_QUERY_CHARS).join('').trim();
}

export interface Paging {
  page: number;
  perPage: number;
}

export function normalizePaging(request: Pick<SearchRequest, 'page' | 'perPage'>): Paging {
  const int = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : fallback);
  const page = Math.max(1, int(request.page, 1));
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, int(request.perPage, DEFAULT_PER_PAGE)));
  return { page, perPage };
}

export function normalizeSort(sort: unknown): SortOrder {
  return sort === 'newest' || sort === 'oldest' ? sort : 'relevance';
}

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
 * The `q` Meilisearch is sent, rebuilt from what `interpret()` decided, so it matches what the
 * embedded engine matches:
 * - a word taken as written is sent as a one-word phrase (`"fed"`), which turns off Meilisearch's
 *   typo tolerance and prefix search for it: "Fed" never finds "Federer";
 * - a word with declared variants (synonyms) stays bare, so the index's `synonyms` setting applies
 *   to it (a phrase is matched as written only);
 * - a corrected word is sent as its correction, as a phrase; an absent one as itself, as a phrase
 *   (it matches nothing);
 * - the last word, when it is completed, stays bare and last: Meilisearch's prefix search;
 * - phrases and compounds are sent as phrases; exclusions as `-word` / `-"phrase"`.
 * https://www.meilisearch.com/docs/reference/api/search#query-q (phrase search, negative search)
 * `|` spellings have no form in Meilisearch's query language: the first spelling is sent (see README).
 */
export function meiliQuery(parsed: ParsedQuery, interpretation: Interpretation, synonyms: SynonymTable): string {
  const parts: string[] = [];
  parsed.terms.forEach((term, i) => {
    const reading = interpretation.readings[i]!;
    if (reading.kind === 'prefix') parts.push(term.tokens.join(' '));
    else if (reading.kind === 'corrected') parts.push(phrase([reading.to]));
    else if (!term.quoted && term.tokens.length === 1 && term.alternatives === undefined && synonyms.lookup(term.tokens).length > 0) parts.push(term.tokens[0]!);
    else parts.push(phrase(term.tokens));
  });
  for (const term of parsed.excluded) parts.push(`-${phrase(term.tokens)}`);
  return parts.join(' ');
}

/** Tokens as a Meilisearch phrase. Tokens hold letters and digits only, so no quote can occur in them. */
const phrase = (tokens: readonly string[]): string => `"${tokens.join(' ')}"`;
