/**
 * Per-paragraph facts held in memory as compact typed arrays indexed by paragraph rowid, so a search
 * can filter, count facets and sort over every match without touching SQL: FTS5 hands back matching
 * rowids (cheap), and everything else is array lookups. Loaded once per generation and again after
 * any write; building it is O(paragraphs + articles · log articles).
 */
import type { SynonymTable } from '../synonyms.ts';
import type { Vocabulary } from '../vocabulary.ts';
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
  /** Scratch space reused by searches (searches run one at a time: better-sqlite3 is synchronous). */
  readonly rowidMarks: Uint8Array;
  readonly articleHits: Uint32Array;
  /** Scratch by article rowid: the distinct articles of a search's matches, in order met. */
  readonly articleList: Uint32Array;
  /** Scratch by article rowid: a grouped search's best bucket key + 1 per article, and the articles shown. */
  readonly articleBest: Uint32Array;
  readonly articleSeen: Uint8Array;

  /** Per rowid: how many leading query units matched, and how many of them only through a variant (scratch, as above). */
  readonly matchedUnits: Uint8Array;
  readonly costs: Uint8Array;
  /** Scratch: the rowids a search wrote into `matchedUnits`/`costs`, to reset them after. */
  readonly touched: Uint32Array;
  /** Scratch: paragraphs whose query words sit close together (plan.near), set and reset by one search. */
  readonly nearMarks: Uint8Array;
  /**
   * 1 for a brief paragraph (engine/brief.ts: a heading, a fixture, a caption): ranked below body
   * paragraphs that match the same way (schema.ts stores the flag).
   */
  readonly brief: Uint8Array;
  /** Each paragraph's copy group: the rowid of the group's first paragraph (its own when it leads). */
  readonly copyGroupOf: Uint32Array;
  /** Sortable day of each article's date, -1 when undated: a collapsed group shows its earliest copy. */
  readonly articleDay: Float64Array;
  /** Scratch for collapsing: a group's chosen row, set and reset by one search. */
  readonly groupBest: Uint32Array;

  constructor(db: Db) {
    // Articles are streamed into typed arrays rather than read as one array of rows: at 211,620
    // articles those rows were 76 MB of heap, and the process kept most of it as RSS after.
    const maxArticle = (db.prepare('SELECT max(rowid) FROM articles').pluck().get() as number | null) ?? 0;
    const articleYear = new Uint16Array(maxArticle + 1);
    const articleOutlet = new Uint32Array(maxArticle + 1);
    /** Sortable day of each article's date (dayNumber), NO_DAY when undated or not an article. */
    const articleDay = new Float64Array(maxArticle + 1).fill(NO_DAY);
    const articleRowids: number[] = [];
    this.years = [null];
    this.yearCodes = new Map();
    this.outlets = [];
    this.outletCodes = new Map();
    this.articleLanguage = new Uint8Array(maxArticle + 1);
    this.languages = [];
    this.languageCodes = new Map();
    for (const [rowid, outlet, year, date, language] of db
      .prepare('SELECT rowid, outlet, year, date, language FROM articles')
      .raw()
      .iterate() as IterableIterator<[number, string, number | null, string | null, string]>) {
      articleRowids.push(rowid);
      articleDay[rowid] = dayNumber(date) ?? NO_DAY;
      let languageCode = this.languageCodes.get(language);
      if (languageCode === undefined) {
        // More than 255 languages in one corpus would be news to linguists; share the last code.
        languageCode = Math.min(this.languages.length, 255);
        if (languageCode === this.languages.length) this.languages.push(language);
        this.languageCodes.set(language, languageCode);
      }
      this.articleLanguage[rowid] = languageCode;
      if (year !== null) {
        let code = this.yearCodes.get(year);
        if (code === undefined) {
          code = this.years.length;
          this.years.push(year);
          this.yearCodes.set(year, code);
        }
        articleYear[rowid] = code;
      }
      let outletCode = this.outletCodes.get(outlet);
      if (outletCode === undefined) {
        outletCode = this.outlets.length;
        this.outlets.push(outlet);
        this.outletCodes.set(outlet, outletCode);
      }
      articleOutlet[rowid] = outletCode;
    }
    // Ties in date order go by article id: its place in id order, read off the id index.
    const idRank = new Uint32Array(maxArticle + 1);
    let place = 0;
    for (const rowid of db.prepare('SELECT rowid FROM articles ORDER BY id').pluck().iterate() as IterableIterator<number>) idRank[rowid] = place++;

    const maxRowid = (db.prepare('SELECT max(rowid) FROM paragraphs').pluck().get() as number | null) ?? 0;
    this.size = maxRowid + 1;
    this.articleOf = new Uint32Array(this.size);
    this.yearCode = new Uint16Array(this.size);
    this.outletCode = new Uint32Array(this.size);
    // Grouped by article and in reading order, thanks to the (article_rowid, position) index.
    const grouped = new Uint32Array(this.size);
    const articleStart = new Uint32Array(maxArticle + 2);
    let count = 0;
    let previousArticle = -1;
    for (const [rowid, article] of db
      .prepare('SELECT rowid, article_rowid FROM paragraphs ORDER BY article_rowid, position')
      .raw()
      .iterate() as IterableIterator<[number, number]>) {
      if (article !== previousArticle) {
        for (let a = previousArticle + 1; a <= article; a++) articleStart[a] = count;
        previousArticle = article;
      }
      grouped[count++] = rowid;
      this.articleOf[rowid] = article;
      this.yearCode[rowid] = articleYear[article]!;
      this.outletCode[rowid] = articleOutlet[article]!;
    }
    for (let a = previousArticle + 1; a <= maxArticle + 1; a++) articleStart[a] = count;
    this.paragraphCount = count;
    this.articleCount = articleRowids.length;

    // Kept to build the date orders on demand: 4 bytes per paragraph and ~20 per article, where
    // the two orders with their ranks are 16 bytes per paragraph.
    const articles = Uint32Array.from(articleRowids);
    this.layDateOrder = (oldest: boolean): DateOrder => {
      const undatedLast = (a: number, b: number) => (articleDay[a] === NO_DAY ? (articleDay[b] === NO_DAY ? 0 : 1) : articleDay[b] === NO_DAY ? -1 : 0);
      const sorted = articles.slice().sort((a, b) => undatedLast(a, b) || (oldest ? articleDay[a]! - articleDay[b]! : articleDay[b]! - articleDay[a]!) || idRank[a]! - idRank[b]!);
      const order = new Uint32Array(count);
      const rank = new Uint32Array(this.size);
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

    this.articleParagraphs = new Uint32Array(maxArticle + 1);
    for (let a = 0; a <= maxArticle; a++) this.articleParagraphs[a] = articleStart[a + 1]! - articleStart[a]!;
    this.vocabulary = loadVocabulary(db);
    this.synonyms = loadSynonyms(db);

    this.rowidMarks = new Uint8Array(this.size);
    this.articleHits = new Uint32Array(maxArticle + 1);
    this.articleList = new Uint32Array(maxArticle + 1);
    this.articleBest = new Uint32Array(maxArticle + 1);
    this.articleSeen = new Uint8Array(maxArticle + 1);

    this.matchedUnits = new Uint8Array(this.size);
    this.costs = new Uint8Array(this.size);
    this.touched = new Uint32Array(this.size);
    this.nearMarks = new Uint8Array(this.size);
    // Read off a partial index of the brief rows: the table's text is never read.
    this.brief = new Uint8Array(this.size);
    for (const rowid of db.prepare('SELECT rowid FROM paragraphs WHERE brief = 1').pluck().iterate() as IterableIterator<number>) {
      if (rowid < this.size) this.brief[rowid] = 1;
    }
    // Read off the partial index of the rows that have a copy group other than their own.
    this.copyGroupOf = new Uint32Array(this.size);
    for (let r = 0; r < this.size; r++) this.copyGroupOf[r] = r;
    for (const [rowid, group] of db.prepare('SELECT rowid, copy_group FROM paragraphs WHERE copy_group IS NOT NULL').raw().iterate() as IterableIterator<[number, number]>) {
      if (rowid < this.size && group < this.size) this.copyGroupOf[rowid] = group;
    }
    this.articleDay = articleDay;
    this.groupBest = new Uint32Array(this.size);
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

  /** Paragraph rowids newest (or oldest) first, undated last, then by article id, then position. */
  dateOrder(oldest: boolean): DateOrder {
    const key = oldest ? 'oldest' : 'newest';
    return (this.dateOrders[key] ??= this.layDateOrder(oldest));
  }
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
