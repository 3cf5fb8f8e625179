/**
 * What an indexing run did, and the one object that writes it down. A full build and an
 * incremental update (full-build.ts, incremental.ts) both tell a `ReportBuilder` what they met, in
 * corpus order: a file skipped, an article built (added or changed, compared with the index found
 * at the start), an article left unchanged. The builder also keeps the ids seen, so it can name an
 * id produced twice and, at the end, the articles that are gone.
 */
import { NEAR_COMPLETE_SHARE } from '../engine/text/copies.ts';
import type { ArticleInput, ArticleSummary, CopyStats, JunkReason, Provenance, SearchEngine } from '../engine/contract/types.ts';
import { UNDETERMINED } from './infer/language.ts';
import { UNKNOWN_OUTLET } from './infer/index.ts';
import { visitDatesIn } from './infer/date-visit.ts';
import type { ArticleResult } from './pipeline.ts';
import type { SkippedFile } from './types.ts';

/** The index's copies, as the report gives them. */
export interface CopyReport extends CopyStats {
  /** Articles that mostly copy an earlier one (null when `perArticle: false`: not listed). */
  copiedArticles: number | null;
  /** Articles with at least NEAR_COMPLETE_SHARE of their paragraphs copied from one earlier article. */
  nearComplete: Array<{ id: string; copyOf: string; shared: number; paragraphs: number }>;
}

/** What this run did to an article, compared with the index it found. */
export type ArticleStatus = 'added' | 'changed' | 'unchanged';

export interface ArticleReport {
  source: string;
  id: string;
  status: ArticleStatus;
  title: string;
  outlet: string;
  year: number | null;
  date: string | null;
  language: string;
  paragraphs: number;
  /** Lines not indexed; null for an unchanged article (not re-read in an incremental run). */
  droppedLines: number | null;
  provenance: Provenance;
  hints: string[];
}

export interface IndexReport {
  corpusDir: string;
  mode: 'full' | 'incremental';
  /** The manifest file used, or null when the corpus has none. */
  manifest: string | null;
  /** Articles in the index after this run, and their paragraphs. */
  articles: number;
  paragraphs: number;
  /** Subheadings in the articles built by this run (unchanged articles are not re-read). */
  headings: number;
  /** Compared with the index before this run. `removed` lists article ids. */
  changes: { added: string[]; changed: string[]; removed: string[]; unchanged: number };
  /**
   * The furniture learned from the whole corpus (line keys), and what learning it took; and the
   * outlet learned for each folder whose pages agree on one (infer/outlet-folder.ts), by folder;
   * and the dates several sites print in their head, the day of the visit (infer/date-visit.ts).
   */
  furniture: { lines: number; tookMs: number; folderOutlets: Record<string, string>; visitDates: string[] };
  /** Lines not indexed, by reason, over the articles built in this run. */
  droppedLines: Partial<Record<JunkReason, number>>;
  /**
   * How much of the index the facets describe: of `articles`, how many have a known outlet, year
   * and language (the rest fall under "Unknown" / no year / "und"), and how many a known page
   * address (from `urls.tsv`, the manifest or a record), which titles and outlets are read from too.
   */
  facetCoverage: { outlet: number; year: number; language: number; address: number };
  /** The corpus's synonym list and what this run did with it. */
  synonyms: { groups: number; oneWay: number; action: 'rebuilt with the index' | 'updated' | 'unchanged' };
  /** Files (or records of a record file) not indexed, each with why. */
  skipped: SkippedFile[];
  warnings: string[];
  /** One row per article; empty when `perArticle: false` was asked for. */
  perArticle: ArticleReport[];
  /** Copies in the index after this run (engine/text/copies.ts). */
  copies: CopyReport;
  startedAt: string;
  tookMs: number;
}

/** What the report says before any article is built. */
export type ReportHead = Pick<IndexReport, 'corpusDir' | 'mode' | 'manifest' | 'synonyms' | 'skipped' | 'warnings' | 'startedAt'>;

/** What the report says of an article, built (`ArticleInput`) or found in the index (`ArticleSummary`). */
type ArticleFacts = Pick<
  ArticleSummary,
  'source' | 'id' | 'title' | 'outlet' | 'year' | 'date' | 'language' | 'url' | 'provenance' | 'hints'
>;

/** A document as the report needs it: which article, which version, which record of its file. */
type DocumentKey = { id: string; contentHash: string; record: string | null };

/** A row taken out of `perArticle` until the report is finished. */
const GONE = null as unknown as ArticleReport;

/**
 * What `revise` takes out of the report for an article's first version: its counts, without its
 * text. Kept from `accept` when the caller will revise (`keepFirstCounts`), so the furniture fix-up
 * need not build each article's first version a second time only to count it out.
 */
export interface FirstCounts {
  paragraphs: number;
  headings: number;
  /** Bits: 1 outlet known, 2 year known, 4 language known (the facets it fills), 8 page address known. */
  facets: number;
  /** Its dropped lines' reasons, in order (arrays shared between articles with the same list). */
  dropped: readonly JunkReason[];
  /**
   * What learned furniture could change in it (`ArticleResult`'s `keptLines`, `datesAsked`): the
   * fix-up sends an article none of whose learned lines its page rules kept with its new hash alone.
   */
  keptLines?: Uint32Array | undefined;
  datesAsked?: readonly string[] | undefined;
  /** What that first version was to the index found at the start (`statusOf`). */
  status: ArticleStatus;
}

export class ReportBuilder {
  private readonly report: IndexReport;
  /**
   * Article ids produced so far, by their lower-case form (Meilisearch's filters ignore case): the
   * first id met in that form. Ids met later in another case are the rare rest, in `otherCases`.
   * One map instead of two sets of every id: at a million paragraphs they were ~2% of the main thread.
   */
  private readonly seenIgnoringCase = new Map<string, string>();
  private readonly otherCases = new Set<string>();
  /** Each accepted article's `FirstCounts` by id, when asked for (`keepFirstCounts`). */
  private firstCounts: Map<string, FirstCounts> | null = null;
  /** The dropped reasons lists met, by their joined text: most articles share one of a few. */
  private readonly droppedLists = new Map<string, readonly JunkReason[]>();
  /** Where each id's last row is in `report.perArticle`: a revised article's row replaces it. */
  private readonly rowAt = new Map<string, number>();

  /**
   * @param existing the index's articles before this run, by id
   * @param keepPerArticle whether to keep one row per article (`IndexOptions.perArticle`)
   */
  constructor(
    head: ReportHead,
    private readonly existing: ReadonlyMap<string, ArticleSummary>,
    private readonly keepPerArticle: boolean,
  ) {
    // In the order the JSON report has always listed them.
    this.report = {
      corpusDir: head.corpusDir,
      mode: head.mode,
      manifest: head.manifest,
      articles: 0,
      paragraphs: 0,
      headings: 0,
      changes: { added: [], changed: [], removed: [], unchanged: 0 },
      synonyms: head.synonyms,
      furniture: { lines: 0, tookMs: 0, folderOutlets: {}, visitDates: [] },
      droppedLines: {},
      facetCoverage: { outlet: 0, year: 0, language: 0, address: 0 },
      skipped: head.skipped,
      warnings: head.warnings,
      perArticle: [],
      copies: { groups: 0, paragraphs: 0, largest: null, copiedArticles: null, nearComplete: [] },
      startedAt: head.startedAt,
      tookMs: 0,
    };
  }

  /** @param furniture the learned keys: lines, and the visit's dates among them (infer/date-visit.ts) */
  furnitureLearned(
    furniture: ReadonlySet<string>,
    tookMs: number,
    folderOutlets: ReadonlyMap<string, { value: string }> = new Map(),
  ): void {
    const visitDates = [...visitDatesIn(furniture)].sort();
    this.report.furniture = {
      lines: furniture.size - visitDates.length,
      tookMs,
      folderOutlets: Object.fromEntries([...folderOutlets].map(([f, o]) => [f, o.value])),
      visitDates,
    };
  }

  synonymsAction(action: IndexReport['synonyms']['action']): void {
    this.report.synonyms.action = action;
  }

  skip(entry: SkippedFile): void {
    this.report.skipped.push(entry);
  }

  /** The records of a record file that could not be read; its other records are indexed. */
  malformedRecords(source: string, problems: ReadonlyArray<{ where: string; reason: string }>): void {
    for (const p of problems) this.skip({ source, record: p.where, kind: 'malformed-record', reason: p.reason });
  }

  /** Whether the index already holds this version of the document (and this run has not produced its id). */
  isUnchanged(doc: DocumentKey): boolean {
    return this.existing.get(doc.id)?.contentHash === doc.contentHash && !this.seen(doc.id);
  }

  /** From now on, keep each accepted article's `FirstCounts` for `firstCountsOf`. */
  keepFirstCounts(): void {
    this.firstCounts ??= new Map();
  }

  /** The counts `accept` kept for the article with this id (once: they are forgotten when read). */
  firstCountsOf(id: string): FirstCounts | undefined {
    const counts = this.firstCounts?.get(id);
    if (counts !== undefined) this.firstCounts!.delete(id);
    return counts;
  }

  /** Reports a built document: its article, or null (and a skip entry) when it has no body text. */
  accept(source: string, doc: DocumentKey, result: ArticleResult): ArticleInput | null {
    this.report.warnings.push(...result.warnings.map((w) => `${source}: ${w}`));
    if (!result.ok) {
      this.skip({ source, ...(doc.record ? { record: doc.record } : {}), ...result.skip });
      return null;
    }
    const { article } = result;
    this.checkId(source, article.id);
    const status = this.statusOf(doc);
    this.count(status, article, article.paragraphs.length);
    this.tallyBuilt(article);
    this.row(article, status, article.paragraphs.length, article.dropped.length);
    if (this.firstCounts !== null) this.firstCounts.set(article.id, this.countsOf(article, result, status));
    return article;
  }

  private countsOf(article: ArticleInput, built: Extract<ArticleResult, { ok: true }>, status: ArticleStatus): FirstCounts {
    const reasons = article.dropped.map((d) => d.reason);
    const key = reasons.join('\n');
    let dropped = this.droppedLists.get(key);
    if (dropped === undefined) this.droppedLists.set(key, (dropped = reasons));
    const facets =
      (article.outlet !== UNKNOWN_OUTLET ? 1 : 0) |
      (article.year !== null ? 2 : 0) |
      (article.language !== UNDETERMINED ? 4 : 0) |
      (article.url ? 8 : 0);
    const counts: FirstCounts = { paragraphs: article.paragraphs.length, headings: headingsOf(article), facets, dropped, status };
    if (built.keptLines !== undefined) counts.keptLines = built.keptLines;
    if (built.datesAsked !== undefined) counts.datesAsked = built.datesAsked;
    return counts;
  }

  /**
   * An article built again after the full build, with the furniture that build learned
   * (furniture-fixup.ts): the first version's counts out, the new one's in. Null (and a skip
   * entry) when it has no body text left: the caller deletes it from the index.
   */
  revise(source: string, before: FirstCounts, after: DocumentKey, result: ArticleResult): ArticleInput | null {
    const was = before.status;
    this.uncount(before);
    if (!result.ok) {
      this.unlist(was, after.id);
      this.skip({ source, ...(after.record ? { record: after.record } : {}), ...result.skip });
      return null;
    }
    const { article } = result;
    const status = this.statusOf(after);
    if (status !== was) this.unlist(was, article.id);
    this.count(status, article, article.paragraphs.length, 1, status !== was);
    this.tallyBuilt(article);
    this.row(article, status, article.paragraphs.length, article.dropped.length, true);
    return article;
  }

  /**
   * An article the fix-up did not build again, the furniture changing nothing in it but its content
   * hash (furniture-fixup.ts): its counts and row stand as `accept` wrote them; only its change can
   * be another now (an index that held this version already), and then its row is listed again
   * last, as `revise` lists it.
   */
  rehash(before: FirstCounts, after: DocumentKey): void {
    const was = before.status;
    const status = this.statusOf(after);
    if (status === was) return;
    const at = this.rowAt.get(after.id);
    const row = at === undefined ? undefined : this.report.perArticle[at];
    this.unlist(was, after.id);
    const { changes } = this.report;
    if (status === 'unchanged') changes.unchanged++;
    else changes[status].push(after.id);
    if (row !== undefined && row !== GONE) this.rowAt.set(after.id, this.report.perArticle.push({ ...row, status }) - 1);
  }

  /** Reports an article the index holds already, not re-read. */
  unchanged(summary: ArticleSummary): void {
    this.see(summary.id);
    this.count('unchanged', summary, summary.paragraphs);
    this.row(summary, 'unchanged', summary.paragraphs, null);
  }

  /** The index's articles this run did not produce: gone from the corpus, or no longer indexable. */
  removed(): string[] {
    this.report.changes.removed = [...this.existing.keys()].filter((id) => !this.seen(id));
    return this.report.changes.removed;
  }

  /** The report, with the skipped files in path order and the time taken since `started`. */
  finish(copies: CopyReport, started: number): IndexReport {
    this.report.copies = copies;
    // Rows of revised articles that had no body text left were emptied (see `unlist`).
    if (this.report.perArticle.includes(GONE)) this.report.perArticle = this.report.perArticle.filter((row) => row !== GONE);
    this.report.skipped.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
    this.report.tookMs = Math.round(performance.now() - started);
    return this.report;
  }

  private checkId(source: string, id: string): void {
    const lower = id.toLowerCase();
    const first = this.seenIgnoringCase.get(lower);
    if (first === undefined) {
      this.seenIgnoringCase.set(lower, id);
    } else if (first === id || this.otherCases.has(id)) {
      this.report.warnings.push(`${source}: article id "${id}" is produced twice; the later one wins`);
    } else {
      // Paths are made unique ignoring case (article-id.ts), but a record's id joined to its file's
      // can still meet another file's id in another case; Meilisearch's filters would mix them.
      this.report.warnings.push(
        `${source}: article id "${id}" differs only in case from "${first}"; give one of them another record id or file name`,
      );
      this.otherCases.add(id);
    }
  }

  /** Whether this run has produced the id (or reported it unchanged). */
  private seen(id: string): boolean {
    const first = this.seenIgnoringCase.get(id.toLowerCase());
    return first !== undefined && (first === id || this.otherCases.has(id));
  }

  /** Notes an id as produced, as `checkId` does, without its warnings. */
  private see(id: string): void {
    const lower = id.toLowerCase();
    const first = this.seenIgnoringCase.get(lower);
    if (first === undefined) this.seenIgnoringCase.set(lower, id);
    else if (first !== id) this.otherCases.add(id);
  }

  /** What this version of a document is to the index found at the start. */
  private statusOf(doc: DocumentKey): ArticleStatus {
    const before = this.existing.get(doc.id);
    return !before ? 'added' : before.contentHash === doc.contentHash ? 'unchanged' : 'changed';
  }

  /**
   * Counts an article in the totals and the facets it fills (`sign` -1 takes it out again), and
   * lists its change unless `list` is false.
   */
  private count(status: ArticleStatus, article: ArticleFacts, paragraphs: number, sign = 1, list = sign > 0): void {
    const { report } = this;
    if (list) {
      if (status === 'unchanged') report.changes.unchanged++;
      else report.changes[status].push(article.id);
    }
    if (article.outlet !== UNKNOWN_OUTLET) report.facetCoverage.outlet += sign;
    if (article.year !== null) report.facetCoverage.year += sign;
    if (article.language !== UNDETERMINED) report.facetCoverage.language += sign;
    if (article.url) report.facetCoverage.address += sign;
    report.articles += sign;
    report.paragraphs += paragraphs;
  }

  /** The subheadings and dropped lines of an article built by this run. */
  private tallyBuilt(article: ArticleInput): void {
    this.report.headings += headingsOf(article);
    const dropped = this.report.droppedLines;
    for (const d of article.dropped) dropped[d.reason] = (dropped[d.reason] ?? 0) + 1;
  }

  /** Takes an article's first version out of the totals, facets, subheadings and dropped lines (`count` and `tallyBuilt` with -1). */
  private uncount(counts: FirstCounts): void {
    const { report } = this;
    if (counts.facets & 1) report.facetCoverage.outlet--;
    if (counts.facets & 2) report.facetCoverage.year--;
    if (counts.facets & 4) report.facetCoverage.language--;
    if (counts.facets & 8) report.facetCoverage.address--;
    report.articles--;
    report.paragraphs -= counts.paragraphs;
    report.headings -= counts.headings;
    const dropped = report.droppedLines;
    for (const reason of counts.dropped) dropped[reason] = (dropped[reason] ?? 0) - 1;
  }

  /** Takes an article's change out of the lists (a revised article whose change is another now: rare). */
  private unlist(status: ArticleStatus, id: string): void {
    const { changes } = this.report;
    if (status === 'unchanged') changes.unchanged--;
    else changes[status].splice(changes[status].indexOf(id), 1);
    const at = this.rowAt.get(id);
    if (at !== undefined) this.report.perArticle[at] = GONE;
    this.rowAt.delete(id);
  }

  /** The article's row; a revised article's (`replace`) takes the place of its first version's. */
  private row(article: ArticleFacts, status: ArticleStatus, paragraphs: number, droppedLines: number | null, replace = false): void {
    if (!this.keepPerArticle) return;
    const { source, id, title, outlet, year, date, language, provenance, hints } = article;
    const row = { source, id, status, title, outlet, year, date, language, paragraphs, droppedLines, provenance, hints };
    const at = replace ? this.rowAt.get(id) : undefined;
    if (at !== undefined) this.report.perArticle[at] = row;
    else this.rowAt.set(id, this.report.perArticle.push(row) - 1);
  }
}

/**
 * The copy groups, and (when articles are listed) the articles that copy an earlier one: listing
 * every article at a million paragraphs costs what `perArticle: false` callers avoid.
 */
export async function copyReport(engine: SearchEngine, listArticles: boolean): Promise<CopyReport> {
  const stats = await engine.copyStats();
  if (!listArticles) return { ...stats, copiedArticles: null, nearComplete: [] };
  const copies = (await engine.listArticles()).filter((a) => (a.copyOf ?? null) !== null);
  const nearComplete = copies
    .filter((a) => a.copyOf!.shared >= NEAR_COMPLETE_SHARE * a.paragraphs)
    .map((a) => ({ id: a.id, copyOf: a.copyOf!.id, shared: a.copyOf!.shared, paragraphs: a.paragraphs }));
  return { ...stats, copiedArticles: copies.length, nearComplete };
}

function headingsOf(article: ArticleInput): number {
  let n = 0;
  for (const p of article.paragraphs) if (p.kind === 'heading') n++;
  return n;
}
