import type { SearchRequest, SortOrder } from '../types.ts';

/**
 * The user's query goes to Meilisearch as typed: its own syntax gives us last-word prefix,
 * `"phrases"` and `-word`. We only remove control characters (our highlight sentinels among
 * them) and cap the length, so no input can fail the request.
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
