/**
 * The one request normaliser: every search goes through `normaliseRequest` before either backend
 * does anything with it (SQLite's `search`, Meilisearch's `planSearch`), so both read the same
 * defaults and limits. The engine is called by the server with validated parameters, but also by
 * the indexer, benches and tests with anything at all: no input fails here, every value outside
 * its range is brought into it.
 */
import type { SearchFilters, SearchRequest, SortOrder } from './types.ts';

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;
/**
 * Longest query read, in code points. The parser then keeps at most 32 terms of 32 tokens
 * (query/parse.ts MAX_QUERY_TERMS): 256 characters hold that many words as people type them, and the
 * server refuses queries over 1,000 characters before they get here (docs/http-api.md).
 */
export const MAX_QUERY_CHARS = 256;

/** A search request with every field present and within its limits. */
export interface NormalRequest {
  /** The query as given (a non-string reads as ""): what the result echoes as `query`. */
  query: string;
  /** The query as searched: control characters and lone surrogates as spaces, at most MAX_QUERY_CHARS. */
  q: string;
  filters: SearchFilters;
  /** 1-based. */
  page: number;
  perPage: number;
  sort: SortOrder;
  groupByArticle: boolean;
  dedupe: boolean;
}

/**
 * Paging: whole numbers, numeric strings too (rounded down); page ≥ 1; perPage from 1 to
 * MAX_PER_PAGE, DEFAULT_PER_PAGE when absent or not a number. Sort: `newest`, `oldest`, else
 * relevance. Flags: only `true` turns one on.
 */
export function normaliseRequest(request: SearchRequest): NormalRequest {
  const query = typeof request.q === 'string' ? request.q : '';
  const page = wholeNumber(request.page);
  const perPage = wholeNumber(request.perPage);
  return {
    query,
    q: normaliseQuery(query),
    filters: request.filters ?? {},
    page: page !== null && page >= 1 ? page : 1,
    perPage: perPage === null ? DEFAULT_PER_PAGE : Math.min(MAX_PER_PAGE, Math.max(1, perPage)),
    sort: request.sort === 'newest' || request.sort === 'oldest' ? request.sort : 'relevance',
    groupByArticle: request.groupByArticle === true,
    dedupe: request.dedupe === true,
  };
}

function wholeNumber(value: unknown): number | null {
  if (value === undefined || value === null || value === '') return null;
  const n = Math.floor(Number(value));
  return Number.isFinite(n) ? n : null;
}

/**
 * The query as searched: control characters (the highlight sentinels among them) and lone
 * surrogates (JSON carries them as `\ud800`, which Meilisearch rejects) become spaces; runs of
 * spaces one. Past MAX_QUERY_CHARS code points it is cut at the last space before the cap, so no
 * word is cut into a prefix it never was (a single long word is cut at the cap).
 */
export function normaliseQuery(q: unknown): string {
  if (typeof q !== 'string') return '';
  const cleaned = q
    .replace(/[\p{Cc}\p{Cs}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(cleaned);
  if (chars.length <= MAX_QUERY_CHARS) return cleaned;
  const kept = chars.slice(0, MAX_QUERY_CHARS).join('');
  const space = chars[MAX_QUERY_CHARS] === ' ' ? kept.length : kept.lastIndexOf(' ');
  return (space > 0 ? kept.slice(0, space) : kept).trim();
}
