/**
 * What searches in one snapshot already worked out, beyond match sets and rankings (match-cache.ts):
 * the totals, facet counts and pages of one-word queries, and pages of hits as read and
 * highlighted. Paging back and forth, the back button and a colleague's identical search then
 * cost a lookup. Dropped with the snapshot on any write or rebuild, like the postings caches.
 */
import { type CacheGuard, GuardedCache } from './guarded-cache.ts';
import { compact, expand, type CompactSet } from './match-cache.ts';
import type { MatchRange, ParagraphKind, SearchHit, SearchResult } from '../contract/types.ts';

/** What a result says besides its hits. */
export interface Figures {
  /** Paragraphs matched (articles when grouped). */
  total: number;
  /** Copy groups counted when collapsed (dedupe); `total` then counts paragraphs. */
  distinctTotal?: number;
  articleTotal: number;
  facets: SearchResult['facets'];
}

/** A page's rowids and, collapsed (dedupe), each row's other copies among the matches. */
export interface KnownPage {
  rows: number[];
  copies: SearchHit['copies'][] | null;
}

/** An unfiltered one-word relevance search, as far as later requests for it can reuse. */
export interface QuerySummary extends Figures {
  /** Rowids matched as written or through a variant. */
  matchCount: number;
  /** Rows of the remembered pages that matched only through a declared variant. */
  variantRows: Set<number>;
  /** Pages already shown, by `offset:perPage`. */
  pages: Map<string, KnownPage>;
}

/** A paragraph row as the page shows it: position, kind, text, article id, title, outlet, year, date, language. */
/** hitRow's columns; the last is the copy group's first paragraph id, null when it is this one. */
export type HitRow = [number, ParagraphKind, string, string, string, string, number | null, string | null, string, string | null];

/** A hit as read and matched for one expression: its row and its match ranges. */
export interface ShownHit {
  row: HitRow;
  matches: MatchRange[];
}

/** Summaries are a few KB each (facet counts and a few pages). */
const SUMMARIES = 2_048;
/** Pages remembered per summary: the first few a reader pages through. */
const PAGES_PER_SUMMARY = 8;
/** Bytes a highlighted hit is counted as (its paragraph's text and row, its ranges): about a kilobyte. */
const SHOWN_HIT_BYTES = 1_024;
/** Highlighted hits kept: a few pages of many queries, ~4,000 hits. */
const SHOWN_HITS_BYTES = 4_096 * SHOWN_HIT_BYTES;
/**
 * Bytes of collapsed match sets kept: each at most a bitmap of the index (125 KB at a million
 * paragraphs), so at least a hundred queries' worth.
 */
const COLLAPSED_BYTES = 16 * 2 ** 20;

export class Answers {
  private readonly summaries: GuardedCache<QuerySummary>;
  /** Sized by hits held: an expression's map is put back (and re-sized) after its page is read. */
  private readonly hitsByExpr: GuardedCache<Map<number, ShownHit>>;
  /**
   * One row per copy group among a query's matches (count.ts `collapse`), by the match key of
   * search.ts: a collapsed search's facets count these, and a word met again with another
   * filter (a year, an outlet) or page need not collapse its every match again.
   */
  private readonly collapsedSets: GuardedCache<CompactSet>;

  constructor(guard: CacheGuard) {
    this.summaries = new GuardedCache({ guard, max: SUMMARIES });
    this.hitsByExpr = new GuardedCache({ guard, maxSize: SHOWN_HITS_BYTES, sizeOf: (hits) => hits.size * SHOWN_HIT_BYTES });
    this.collapsedSets = new GuardedCache({ guard, maxSize: COLLAPSED_BYTES, sizeOf: (set) => set.byteLength });
  }

  /** What each cache holds, in its main LRU and on probation: entries (summaries), bytes (shown hits, collapsed sets). */
  held(): Record<'summaries' | 'shownHits' | 'collapsedSets', { main: number; probation: number }> {
    return { summaries: this.summaries.held, shownHits: this.hitsByExpr.held, collapsedSets: this.collapsedSets.held };
  }

  /** The collapsed matches kept under `key`, else `make()`'s, kept. Callers must not modify the array. */
  collapsedMatches(key: string, make: () => Uint32Array): Uint32Array {
    const kept = this.collapsedSets.get(key);
    if (kept !== undefined) return expand(kept);
    const rows = make();
    this.collapsedSets.set(key, compact(rows));
    return rows;
  }

  summary(key: string): QuerySummary | undefined {
    return this.summaries.get(key);
  }

  /** Remember a page of `key`'s query, and its figures the first time. */
  rememberPage(key: string, figures: Omit<QuerySummary, 'pages'>, pageKey: string, page: KnownPage): void {
    let kept = this.summaries.get(key);
    if (kept === undefined)
      this.summaries.set(
        key,
        (kept = { ...copyFigures(figures), matchCount: figures.matchCount, variantRows: new Set(), pages: new Map() }),
      );
    for (const r of figures.variantRows) kept.variantRows.add(r);
    if (kept.pages.size >= PAGES_PER_SUMMARY) kept.pages.delete(kept.pages.keys().next().value!);
    kept.pages.set(pageKey, page);
  }

  /** Hits already read and highlighted for one highlight expression, by rowid. */
  shownHits(expr: string): Map<number, ShownHit> {
    return this.hitsByExpr.get(expr) ?? new Map();
  }

  /** Add hits read elsewhere (a prepared answer's first page): `hits[i]` is row `rowids[i]`'s. */
  addShownHits(expr: string, rowids: ArrayLike<number>, hits: readonly ShownHit[]): void {
    const kept = this.shownHits(expr);
    for (let i = 0; i < hits.length; i++) if (!kept.has(rowids[i]!)) kept.set(rowids[i]!, hits[i]!);
    this.keepShownHits(expr, kept);
  }

  /** Keep what `shownHits(expr)` holds now, new hits included. */
  keepShownHits(expr: string, hits: Map<number, ShownHit>): void {
    this.hitsByExpr.set(expr, hits);
  }
}

/** Figures with their own facet objects: whoever receives them may keep or change them. */
export function copyFigures(figures: Figures): Figures {
  const { year, outlet, language } = figures.facets;
  const facets = { year: { ...year }, outlet: { ...outlet }, language: { ...language } };
  const copied: Figures = { total: figures.total, articleTotal: figures.articleTotal, facets };
  if (figures.distinctTotal !== undefined) copied.distinctTotal = figures.distinctTotal;
  return copied;
}
