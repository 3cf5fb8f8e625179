/**
 * Per-paragraph facts held in memory as compact typed arrays indexed by paragraph rowid, so a search
 * can filter, count facets and sort over every match without touching SQL: FTS5 hands back matching
 * rowids (cheap), and everything else is array lookups. Loaded once per generation and again after
 * any write; building it is O(paragraphs + articles · log articles).
 */
import type { SynonymTable } from '../query/synonyms.ts';
import type { Vocabulary } from '../query/vocabulary.ts';
import type { Db } from './schema.ts';
import { loadSynonyms, loadVocabulary } from './vocabulary.ts';

/** The day of an undated article (dates are ≥ 0 as day numbers). */
const NO_DAY = -1;

/** Year code 0 is reserved for "unknown year". */
export const UNKNOWN_YEAR_CODE = 0;

export interface DateOrder {
  /** Paragraph rowids in date order. */
  order: Uint32Array;
  /** Index of each rowid in `order`. */
  rank: Uint32Array;
}

export class Snapshot {
  /** One past the largest paragraph rowid: the length of every per-rowid array. */
  readonly size: number;
  /** Article rowid of each paragraph; 0 where there is no paragraph. */
  readonly articleOf: Uint32Array;
  readonly yearCode: Uint16Array;
  readonly outletCode: Uint32Array;
  /** Year of each year code (index 0: unknown). */
  readonly years: Array<number | null>;
  readonly yearCodes: Map<number, number>;
  readonly outlets: string[];
  readonly outletCodes: Map<string, number>;
  /** Language code of each article, by article rowid (languages are few: kept per article, not per paragraph). */
  readonly articleLanguage: Uint8Array;
  readonly languages: string[];
  readonly languageCodes: Map<string, number>;
  private everyRowid: Uint32Array | null = null;
  /** Built on the first date sort (most searches sort by relevance): 8 MB each at 1M paragraphs. */
  private readonly dateOrders: { newest?: DateOrder; oldest?: DateOrder } = {};
  private readonly layDateOrder: (oldest: boolean) => DateOrder;
  readonly articleCount: number;
  readonly paragraphCount: number;
  /** Paragraphs of each article, by article rowid. */
  readonly articleParagraphs: Uint32Array;
  readonly vocabulary: Vocabulary;
  readonly synonyms: SynonymTable;
  /**
   * 1 for a brief paragraph (engine/text/brief.ts: a heading, a fixture, a caption): ranked below body
   * paragraphs that match the same way (schema.ts stores the flag).
   */
  readonly brief: Uint8Array;
  /** Each paragraph's copy group: the rowid of the group's first paragraph (its own when it leads). */
  readonly copyGroupOf: Uint32Array;
  /** Sortable day of each article's date, -1 when undated: a collapsed group shows its earliest copy. */
  readonly articleDay: Float64Array;

  constructor(db: Db) {
    const a = readArticles(db);
    this.years = a.years;
    this.yearCodes = a.yearCodes;
    this.outlets = a.outlets;
    this.outletCodes = a.outletCodes;
    this.articleLanguage = a.articleLanguage;
    this.languages = a.languages;
    this.languageCodes = a.languageCodes;
    this.articleDay = a.articleDay;
    const p = readParagraphs(db, a);
    this.size = p.size;
    this.articleOf = p.articleOf;
    this.yearCode = p.yearCode;
    this.outletCode = p.outletCode;
    this.paragraphCount = p.count;
    this.articleCount = a.rowids.length;
    this.articleParagraphs = new Uint32Array(a.maxArticle + 1);
    for (let r = 0; r <= a.maxArticle; r++) this.articleParagraphs[r] = p.articleStart[r + 1]! - p.articleStart[r]!;
    this.layDateOrder = dateOrderLayer(db, a, p);
    this.vocabulary = loadVocabulary(db);
    this.synonyms = loadSynonyms(db);
    // Read off a partial index of the brief rows: the table's text is never read.
    this.brief = new Uint8Array(this.size);
    for (const rowid of db.prepare('SELECT rowid FROM paragraphs WHERE brief = 1').pluck().iterate() as IterableIterator<number>) {
      if (rowid < this.size) this.brief[rowid] = 1;
    }
    // Read off the partial index of the rows that have a copy group other than their own.
    this.copyGroupOf = new Uint32Array(this.size);
    for (let r = 0; r < this.size; r++) this.copyGroupOf[r] = r;
    for (const [rowid, group] of db
      .prepare('SELECT rowid, copy_group FROM paragraphs WHERE copy_group IS NOT NULL')
      .raw()
      .iterate() as IterableIterator<[number, number]>) {
      if (rowid < this.size && group < this.size) this.copyGroupOf[rowid] = group;
    }
  }

  /** Every paragraph rowid, ascending: the match set of an empty query (made on first use). */
  get allRowids(): Uint32Array {
    if (this.everyRowid === null) {
      const rowids = new Uint32Array(this.paragraphCount);
      let n = 0;
      for (let r = 1; r < this.size; r++) if (this.articleOf[r] !== 0) rowids[n++] = r;
      this.everyRowid = rowids;
    }
    return this.everyRowid;
  }

  /**
   * The arrays made on first use made now (every rowid, both date orders: 4 + 8 + 8 bytes per
   * paragraph): a worker does this when it opens the snapshot, so a spike of searches does not
   * grow its memory (docs/journal/operations.md, "where a spike's memory goes").
   */
  reserve(): void {
    void this.allRowids;
    this.dateOrder(false);
    this.dateOrder(true);
  }

  /** Paragraph rowids newest (or oldest) first, undated last, then by article id, then position. */
  dateOrder(oldest: boolean): DateOrder {
    const key = oldest ? 'oldest' : 'newest';
    return (this.dateOrders[key] ??= this.layDateOrder(oldest));
  }
}

/** Article facts by article rowid, and the codes of their years, outlets and languages. */
interface ArticleFacts {
  maxArticle: number;
  rowids: number[];
  /** Year code, outlet code and language code of each article. */
  year: Uint16Array;
  outlet: Uint32Array;
  articleLanguage: Uint8Array;
  /** Sortable day of each article's date (dayNumber), NO_DAY when undated or not an article. */
  articleDay: Float64Array;
  years: Array<number | null>;
  yearCodes: Map<number, number>;
  outlets: string[];
  outletCodes: Map<string, number>;
  languages: string[];
  languageCodes: Map<string, number>;
}

/** The code of `value` in `codes`, given the next free one when new (at most `max`: the last is shared past it). */
function codeOf<T>(value: T, codes: Map<T, number>, values: T[], max = Infinity): number {
  let code = codes.get(value);
  if (code === undefined) {
    code = Math.min(values.length, max);
    if (code === values.length) values.push(value);
    codes.set(value, code);
  }
  return code;
}

/**
 * Articles are streamed into typed arrays rather than read as one array of rows: at 211,620
 * articles those rows were 76 MB of heap, and the process kept most of it as RSS after.
 */
function readArticles(db: Db): ArticleFacts {
  const maxArticle = (db.prepare('SELECT max(rowid) FROM articles').pluck().get() as number | null) ?? 0;
  const a: ArticleFacts = {
    maxArticle,
    rowids: [],
    year: new Uint16Array(maxArticle + 1),
    outlet: new Uint32Array(maxArticle + 1),
    articleLanguage: new Uint8Array(maxArticle + 1),
    articleDay: new Float64Array(maxArticle + 1).fill(NO_DAY),
    // Year code 0: unknown.
    years: [null],
    yearCodes: new Map(),
    outlets: [],
    outletCodes: new Map(),
    languages: [],
    languageCodes: new Map(),
  };
  for (const [rowid, outlet, year, date, language] of db
    .prepare('SELECT rowid, outlet, year, date, language FROM articles')
    .raw()
    .iterate() as IterableIterator<[number, string, number | null, string | null, string]>) {
    a.rowids.push(rowid);
    a.articleDay[rowid] = dayNumber(date) ?? NO_DAY;
    // More than 255 languages in one corpus would be news to linguists; share the last code.
    a.articleLanguage[rowid] = codeOf(language, a.languageCodes, a.languages, 255);
    if (year !== null) a.year[rowid] = codeOf<number | null>(year, a.yearCodes as Map<number | null, number>, a.years);
    a.outlet[rowid] = codeOf(outlet, a.outletCodes, a.outlets);
  }
  return a;
}

/** Paragraph facts by rowid, and the paragraphs grouped by article in reading order. */
interface ParagraphFacts {
  size: number;
  count: number;
  articleOf: Uint32Array;
  yearCode: Uint16Array;
  outletCode: Uint32Array;
  /** Rowids grouped by article, in reading order; article `a`'s run starts at `articleStart[a]`. */
  grouped: Uint32Array;
  articleStart: Uint32Array;
}

function readParagraphs(db: Db, a: ArticleFacts): ParagraphFacts {
  const maxRowid = (db.prepare('SELECT max(rowid) FROM paragraphs').pluck().get() as number | null) ?? 0;
  const size = maxRowid + 1;
  const p: ParagraphFacts = {
    size,
    count: 0,
    articleOf: new Uint32Array(size),
    yearCode: new Uint16Array(size),
    outletCode: new Uint32Array(size),
    grouped: new Uint32Array(size),
    articleStart: new Uint32Array(a.maxArticle + 2),
  };
  // Grouped by article and in reading order, thanks to the (article_rowid, position) index.
  let previousArticle = -1;
  for (const [rowid, article] of db
    .prepare('SELECT rowid, article_rowid FROM paragraphs ORDER BY article_rowid, position')
    .raw()
    .iterate() as IterableIterator<[number, number]>) {
    if (article !== previousArticle) {
      for (let r = previousArticle + 1; r <= article; r++) p.articleStart[r] = p.count;
      previousArticle = article;
    }
    p.grouped[p.count++] = rowid;
    p.articleOf[rowid] = article;
    p.yearCode[rowid] = a.year[article]!;
    p.outletCode[rowid] = a.outlet[article]!;
  }
  for (let r = previousArticle + 1; r <= a.maxArticle + 1; r++) p.articleStart[r] = p.count;
  return p;
}

/**
 * Builds a date order on demand from what it keeps: 4 bytes per paragraph and ~20 per article,
 * where the two orders with their ranks are 16 bytes per paragraph.
 */
function dateOrderLayer(db: Db, a: ArticleFacts, p: ParagraphFacts): (oldest: boolean) => DateOrder {
  // Ties in date order go by article id: its place in id order, read off the id index.
  const idRank = new Uint32Array(a.maxArticle + 1);
  let place = 0;
  for (const rowid of db.prepare('SELECT rowid FROM articles ORDER BY id').pluck().iterate() as IterableIterator<number>)
    idRank[rowid] = place++;
  const articles = Uint32Array.from(a.rowids);
  const { articleDay } = a;
  const { grouped, articleStart, count, size } = p;
  return (oldest: boolean): DateOrder => {
    const undatedLast = (x: number, y: number) =>
      articleDay[x] === NO_DAY ? (articleDay[y] === NO_DAY ? 0 : 1) : articleDay[y] === NO_DAY ? -1 : 0;
    const sorted = articles
      .slice()
      .sort(
        (x, y) =>
          undatedLast(x, y) || (oldest ? articleDay[x]! - articleDay[y]! : articleDay[y]! - articleDay[x]!) || idRank[x]! - idRank[y]!,
      );
    const order = new Uint32Array(count);
    const rank = new Uint32Array(size);
    let i = 0;
    for (const rowid of sorted) {
      for (let j = articleStart[rowid]!; j < articleStart[rowid + 1]!; j++) {
        const paragraph = grouped[j]!;
        rank[paragraph] = i;
        order[i++] = paragraph;
      }
    }
    return { order, rank };
  };
}

/**
 * A sortable number for an ISO date, possibly partial: "2012" sorts as 2012-00-00, before any
 * full 2012 date, so a vaguer date never jumps ahead of a precise one when sorting newest first.
 */
export function dayNumber(date: string | null): number | null {
  if (date === null) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return null;
  return Number(m[1]) * 10_000 + Number(m[2] ?? 0) * 100 + Number(m[3] ?? 0);
}
