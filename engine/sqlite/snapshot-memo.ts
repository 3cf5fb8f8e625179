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

/**
 * Heap bytes of summaries kept. Each is counted by what it holds (`summaryBytes`): ~3 KB on the 1M
 * stress index, most of it a collapsed page's copies. Counted by entries until the twenty-second
 * session (2,048 of them: ~6.4 MB of heap when full, a figure no budget named).
 */
const SUMMARIES_BYTES = 4 * 2 ** 20;
/** Pages remembered per summary: the first few a reader pages through. */
const PAGES_PER_SUMMARY = 8;
/**
 * Highlighted hits kept, in heap bytes as `shownHitBytes` counts them. Until the twenty-second
 * session every hit counted 1 KB whatever its text: measured, a hit of the 1M stress index takes
 * 1.2 KB (628 characters), so 4 MB so counted was ~6.4 MB of heap, and a two-byte text (one curly
 * quote makes V8 store the whole paragraph at two bytes a character) twice its length.
 */
const SHOWN_HITS_BYTES = 4 * 2 ** 20;
/**
 * Bytes of collapsed match sets kept: each at most a bitmap of the index (125 KB at a million
 * paragraphs), so at least a hundred queries' worth.
 */
const COLLAPSED_BYTES = 16 * 2 ** 20;

/**
 * A shown hit's heap beyond its strings' characters: its row array and ShownHit object, each
 * string's header, the match ranges' array and the map's slot. Measured in-process on the 1M stress
 * index (1,062 hits of 1,500 spike searches, heap after full collections before and after dropping
 * them): 1,196 bytes a hit, of which 628 characters and 0.76 ranges; so ~520 bytes and 64 a range.
 * Checked on another run (3,000 spike searches): 1,457 KB of heap, 1,463 KB counted.
 */
const SHOWN_HIT_OBJECTS = 512;
const RANGE_BYTES = 64;
/** Any character past Latin-1: V8 then keeps the whole string at two bytes a character. */
const WIDE = /[^\u0000-\u00ff]/;

/** Heap bytes V8 takes for a string's characters. */
export function stringBytes(text: string): number {
  return WIDE.test(text) ? 2 * text.length : text.length;
}

/** Heap bytes one shown hit takes (its row's strings, its objects, its ranges). */
export function shownHitBytes(hit: ShownHit): number {
  let bytes = SHOWN_HIT_OBJECTS + RANGE_BYTES * hit.matches.length;
  for (const field of hit.row) if (typeof field === 'string') bytes += stringBytes(field);
  return bytes;
}

/** One expression's shown hits by rowid, with what they take counted as they are added. */
export class ShownHits extends Map<number, ShownHit> {
  bytes = 0;

  /** Keep `hit` for `rowid` unless one is kept already. */
  keep(rowid: number, hit: ShownHit): void {
    if (this.has(rowid)) return;
    this.set(rowid, hit);
    this.bytes += shownHitBytes(hit);
  }
}

/**
 * A summary's heap beyond its pages: the object, its figures and facet objects, the variant set
 * and the pages map (`SUMMARY_OBJECTS`), each facet value (a dictionary slot and its key), each
 * page (`PAGE_BYTES`: object and array headers) and each row of it (8 bytes), and each row's
 * copies when collapsed (an object and an array of outlet names shared with the snapshot, 8 bytes
 * each). Calibrated on the 1M stress index (in-process, 3,000 spike searches, heap after full
 * collections before and after dropping them): 167 summaries took 519 KB, this counts 587 KB; a
 * test's summaries of eight collapsed pages each (tests/unit/sqlite-cache-cost.test.ts) 4.20 MB
 * against 4.17 counted.
 */
const SUMMARY_OBJECTS = 640;
const FACET_VALUE_BYTES = 64;
const PAGE_BYTES = 128;
const COPIES_BYTES = 104;

/** Heap bytes a summary takes, as kept: its figures, facets, variant rows and remembered pages. */
export function summaryBytes(summary: QuerySummary): number {
  const { year, outlet, language } = summary.facets;
  let bytes = SUMMARY_OBJECTS + 8 * summary.variantRows.size;
  bytes += FACET_VALUE_BYTES * (Object.keys(year).length + Object.keys(outlet).length + Object.keys(language).length);
  for (const page of summary.pages.values()) {
    bytes += PAGE_BYTES + 8 * page.rows.length;
    if (page.copies !== null) for (const copies of page.copies) if (copies !== undefined) bytes += COPIES_BYTES + 8 * copies.outlets.length;
  }
  return bytes;
}

export class Answers {
  private readonly summaries: GuardedCache<QuerySummary>;
  /** Sized by hits held: an expression's map is put back (and re-sized) after its page is read. */
  private readonly hitsByExpr: GuardedCache<ShownHits>;
  /**
   * One row per copy group among a query's matches (count.ts `collapse`), by the match key of
   * search.ts: a collapsed search's facets count these, and a word met again with another
   * filter (a year, an outlet) or page need not collapse its every match again.
   */
  private readonly collapsedSets: GuardedCache<CompactSet>;

  constructor(guard: CacheGuard) {
    this.summaries = new GuardedCache({ guard, maxSize: SUMMARIES_BYTES, sizeOf: summaryBytes });
    this.hitsByExpr = new GuardedCache({ guard, maxSize: SHOWN_HITS_BYTES, sizeOf: (hits) => hits.bytes });
    this.collapsedSets = new GuardedCache({ guard, maxSize: COLLAPSED_BYTES, sizeOf: (set) => set.byteLength });
  }

  /** What each cache holds, in its main LRU and on probation: bytes (summaries, shown hits, collapsed sets). */
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
    // Stored again, so that the cache counts the page it now holds as well.
    this.summaries.set(key, kept);
  }

  /** Hits already read and highlighted for one highlight expression, by rowid. */
  shownHits(expr: string): ShownHits {
    return this.hitsByExpr.get(expr) ?? new ShownHits();
  }

  /** Add hits read elsewhere (a prepared answer's first page): `hits[i]` is row `rowids[i]`'s. */
  addShownHits(expr: string, rowids: ArrayLike<number>, hits: readonly ShownHit[]): void {
    const kept = this.shownHits(expr);
    for (let i = 0; i < hits.length; i++) kept.keep(rowids[i]!, hits[i]!);
    this.keepShownHits(expr, kept);
  }

  /** Keep what `shownHits(expr)` holds now, new hits included. */
  keepShownHits(expr: string, hits: ShownHits): void {
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
