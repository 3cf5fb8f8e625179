/**
 * Index a corpus folder: discover the files, build each article, push them to the engine, and
 * report what happened. Two ways:
 * - full: stream every article into the engine's atomic `replaceAll` (first run, `--full`);
 * - incremental (default when an index exists): compare each article's content hash with what the
 *   engine holds, rebuild and `upsertArticles` only new and changed ones (in batches), and
 *   `deleteArticles` those whose file or record is gone or no longer indexable.
 * Articles are produced one at a time, so memory does not grow with the corpus.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NEAR_COMPLETE_SHARE } from '../engine/copies.ts';
import { IndexCorruptError } from '../engine/errors.ts';
import type { ArticleInput, ArticleSummary, CopyStats, JunkReason, Provenance, SearchEngine, SynonymRules } from '../engine/types.ts';
import { assignArticleIds } from './article-id.ts';
import { CorpusNotFoundError, discoverArticles } from './discover.ts';
import { formatBytes, MAX_FILE_BYTES } from './decode.ts';
import { UNDETERMINED } from './language.ts';
import { folderEntryFor, loadManifest } from './manifest.ts';
import { UNKNOWN_OUTLET } from './metadata/index.ts';
import type { FileJob } from './build-file.ts';
import { buildFiles } from './build-pool.ts';
import { GarbageCollector } from './collect-garbage.ts';
import { FurnitureLearner } from './furniture.ts';
import { documentTexts, documentsFromFile, loadLanguageDetector, type ArticleResult, type PendingArticle } from './pipeline.ts';
import { loadSynonyms } from './synonyms.ts';
import type { SkippedFile } from './types.ts';

export { CorpusNotFoundError } from './discover.ts';
export { ManifestError } from './manifest.ts';
export { SynonymsError } from './synonyms.ts';

export interface IndexOptions {
  corpusDir: string;
  engine: SearchEngine;
  /** "auto" (default): incremental when the engine already holds articles, else full. "full": rebuild. */
  mode?: 'auto' | 'full';
  /** Called after each file, indexed or skipped. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Per-file size limit in bytes (default `MAX_FILE_BYTES`, 10 MB). */
  maxFileBytes?: number;
  /**
   * Where the indexer remembers what it last gave the engine besides articles (the synonym list's
   * hash), so an incremental run updates the synonyms only when they changed. Without it, an
   * incremental run always sends them.
   */
  stateFile?: string;
  /**
   * Keep one `ArticleReport` per article in `report.perArticle` (default true). A caller that only
   * needs the totals passes false, so a big corpus's report stays a few counters: at 200,000
   * paragraphs the per-article rows (whose strings keep slices of the source text alive) were
   * most of the indexer's heap.
   */
  perArticle?: boolean;
  /**
   * Worker threads that read and clean files during a full build while this thread writes the
   * index (default 0: all in this thread). Measured at 200,000 paragraphs: 2 workers took the
   * build from ~18 s to ~14.7 s on an otherwise idle 2-core machine, but cost ~8 s more CPU
   * (worker start-up, copying articles between threads) and ~190 MB more peak RSS (two more
   * heaps), and were slower than none when another process used the second core. Re-measured
   * once cleaning was ~40% cheaper (200,000 paragraphs, the other core busy with another process):
   * 0 workers 15.8 / 16.0 s, 300 MB; 1 worker 16.0 / 16.4 s, 380-403 MB. Since then the engine
   * writes and indexes a big build in a thread of its own (engine/sqlite/build.ts), which keeps
   * the second core busy: on 2 cores no cleaning worker is left a core to run on.
   */
  workers?: number;
  /**
   * Learn the corpus's furniture first: one more read of every file, then lines found in many
   * different articles are dropped as 'boilerplate' (indexer/furniture.ts). Off by default
   * (`--learn-furniture` turns it on): the pre-pass decodes and reads every document a second
   * time, before the build starts; on the bench's 1M-paragraph JSONL corpus the full build went
   * from 30.4 to 39.6 s. Learning inside the build would avoid the second read.
   */
  learnFurniture?: boolean;
}

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
  /** The furniture learned from the whole corpus (line keys), and what learning it took. */
  furniture: { lines: number; tookMs: number };
  /** Lines not indexed, by reason, over the articles built in this run. */
  droppedLines: Partial<Record<JunkReason, number>>;
  /**
   * How much of the index the facets describe: of `articles`, how many have a known outlet, year
   * and language (the rest fall under "Unknown" / no year / "und").
   */
  facetCoverage: { outlet: number; year: number; language: number };
  /** The corpus's synonym list and what this run did with it. */
  synonyms: { groups: number; oneWay: number; action: 'rebuilt with the index' | 'updated' | 'unchanged' };
  /** Files (or records of a record file) not indexed, each with why. */
  skipped: SkippedFile[];
  warnings: string[];
  /** One row per article; empty when `perArticle: false` was asked for. */
  perArticle: ArticleReport[];
  /** Copies in the index after this run (engine/copies.ts). */
  copies: CopyReport;
  startedAt: string;
  tookMs: number;
}

/** The furniture pre-pass lets the event loop run after about this many bytes read (a few ms of work). */
const YIELD_EVERY_BYTES = 1 << 20;

/** Upserts are sent in batches of this many paragraphs, so memory stays flat on big changes. */
const UPSERT_BATCH_PARAGRAPHS = 5000;

export async function indexCorpus(options: IndexOptions): Promise<IndexReport> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const { corpusDir, engine, onProgress } = options;
  const maxBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  const keepPerArticle = options.perArticle ?? true;

  const discovered = await discoverArticles(corpusDir);
  const manifest = await loadManifest(corpusDir);
  const ids = assignArticleIds(discovered.articles);
  const synonyms: SynonymRules = (await loadSynonyms(corpusDir)) ?? { groups: [], oneWay: [] };
  const synonymsHash = createHash('sha256').update(JSON.stringify(synonyms)).digest('hex');
  // An index this version cannot read (another schema version, a damaged file) is rebuilt whole,
  // as start-up does (server/prepare-index.ts): its articles cannot be compared, only replaced.
  const unreadable = await engine.listArticles().then(
    (list) => ({ list, problem: null as string | null }),
    (error: unknown) => {
      if (!(error instanceof IndexCorruptError)) throw error;
      return { list: [] as ArticleSummary[], problem: error.message };
    },
  );
  const existing = new Map<string, ArticleSummary>(unreadable.list.map((a) => [a.id, a]));
  const incremental = options.mode !== 'full' && existing.size > 0;

  const report: IndexReport = {
    corpusDir,
    mode: incremental ? 'incremental' : 'full',
    manifest: manifest.file,
    articles: 0,
    paragraphs: 0,
    headings: 0,
    changes: { added: [], changed: [], removed: [], unchanged: 0 },
    synonyms: { groups: synonyms.groups.length, oneWay: synonyms.oneWay.length, action: 'rebuilt with the index' },
    furniture: { lines: 0, tookMs: 0 },
    droppedLines: {},
    facetCoverage: { outlet: 0, year: 0, language: 0 },
    skipped: [...discovered.skipped],
    warnings: unreadable.problem === null ? [] : [`${unreadable.problem}: rebuilt from the corpus`],
    perArticle: [],
    copies: { groups: 0, paragraphs: 0, largest: null, copiedArticles: null, nearComplete: [] },
    startedAt,
    tookMs: 0,
  };

  const present = new Set([...discovered.articles, ...discovered.skipped.map((s) => s.source)]);
  for (const source of manifest.entries.keys()) {
    if (!present.has(source)) report.warnings.push(`manifest names "${source}", which is not in the corpus folder`);
  }

  const seen = new Set<string>();
  const seenIgnoringCase = new Map<string, string>();
  const total = discovered.articles.length;

  const furnitureStarted = performance.now();
  const furniture = options.learnFurniture === true ? await learnFurniture() : new Set<string>();
  report.furniture = { lines: furniture.size, tookMs: Math.round(performance.now() - furnitureStarted) };

  /**
   * The pre-pass: every document's text into the learner, one file at a time. Files that cannot
   * be read or decoded are passed over silently here; the build reports them. Read synchronously:
   * on the BBC corpus (~2,100 small files) ~40 ms against ~400 ms for the promise API one file at a
   * time (~160 ms with 8 in flight); the event loop is let go every few files, so a server that
   * indexes in its own process still answers meanwhile.
   */
  async function learnFurniture(): Promise<Set<string>> {
    const learner = new FurnitureLearner();
    let sinceYield = 0;
    for (const source of discovered.articles) {
      const file = path.join(corpusDir, ...source.split('/'));
      let bytes: Buffer;
      try {
        if (statSync(file).size > maxBytes) continue;
        bytes = readFileSync(file);
      } catch {
        continue;
      }
      for (const text of documentTexts({ bytes, source, maxBytes })) learner.add(text);
      sinceYield += bytes.length;
      if (sinceYield >= YIELD_EVERY_BYTES) {
        sinceYield = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    return learner.furniture();
  }

  /** Every document of every file, in path order; files that cannot be read are reported. */
  async function* documents(): AsyncGenerator<{ source: string; doc: PendingArticle }> {
    let done = 0;
    for (const source of discovered.articles) {
      const docs = await readDocuments(source);
      for (const doc of docs) yield { source, doc };
      onProgress?.(++done, total, source);
    }
  }

  async function readDocuments(source: string): Promise<PendingArticle[]> {
    const file = path.join(corpusDir, ...source.split('/'));
    let bytes: Buffer;
    try {
      // Checked before reading, so a stray multi-gigabyte dump is never loaded into memory.
      const { size } = await stat(file);
      if (size > maxBytes) {
        report.skipped.push({ source, kind: 'too-large', reason: `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit` });
        return [];
      }
      bytes = await readFile(file);
    } catch (error) {
      report.skipped.push({ source, kind: 'unreadable', reason: `cannot be read: ${(error as Error).message}` });
      return [];
    }
    const found = documentsFromFile({
      bytes,
      source,
      manifestEntry: manifest.entries.get(source),
      folderEntry: folderEntryFor(manifest.folders, source),
      id: ids.get(source)!,
      maxBytes,
      furniture,
    });
    if (!found.ok) {
      report.skipped.push({ source, ...found.skip });
      return [];
    }
    for (const p of found.problems) report.skipped.push({ source, record: p.where, kind: 'malformed-record', reason: p.reason });
    return found.documents;
  }

  /** Builds one document; null (and a skip entry) when it has no body text. */
  async function build(source: string, doc: PendingArticle): Promise<ArticleInput | null> {
    if (doc.needsLanguageDetector) await loadLanguageDetector();
    return accept(source, doc, doc.build());
  }

  /** Reports a built document; its article, or null (and a skip entry) when it has no body text. */
  function accept(source: string, doc: { id: string; contentHash: string; record: string | null }, result: ArticleResult): ArticleInput | null {
    report.warnings.push(...result.warnings.map((w) => `${source}: ${w}`));
    if (!result.ok) {
      report.skipped.push({ source, ...(doc.record ? { record: doc.record } : {}), ...result.skip });
      return null;
    }
    if (seen.has(result.article.id)) {
      report.warnings.push(`${source}: article id "${result.article.id}" is produced twice; the later one wins`);
    } else {
      // Paths are made unique ignoring case (article-id.ts), but a record's id joined to its file's
      // can still meet another file's id in another case; Meilisearch's filters would mix them.
      const other = seenIgnoringCase.get(result.article.id.toLowerCase());
      if (other !== undefined) report.warnings.push(`${source}: article id "${result.article.id}" differs only in case from "${other}"; give one of them another record id or file name`);
      else seenIgnoringCase.set(result.article.id.toLowerCase(), result.article.id);
    }
    seen.add(result.article.id);
    const status: ArticleStatus = !existing.has(doc.id) ? 'added' : existing.get(doc.id)!.contentHash === doc.contentHash ? 'unchanged' : 'changed';
    record(result.article, status);
    return result.article;
  }

  function cover(article: Pick<ArticleInput, 'outlet' | 'year' | 'language'>): void {
    if (article.outlet !== UNKNOWN_OUTLET) report.facetCoverage.outlet++;
    if (article.year !== null) report.facetCoverage.year++;
    if (article.language !== UNDETERMINED) report.facetCoverage.language++;
  }

  function record(article: ArticleInput, status: ArticleStatus): void {
    count(status, article.id);
    cover(article);
    report.articles++;
    report.paragraphs += article.paragraphs.length;
    report.headings += article.paragraphs.filter((p) => p.kind === 'heading').length;
    for (const d of article.dropped) report.droppedLines[d.reason] = (report.droppedLines[d.reason] ?? 0) + 1;
    if (!keepPerArticle) return;
    report.perArticle.push({
      source: article.source,
      id: article.id,
      status,
      title: article.title,
      outlet: article.outlet,
      year: article.year,
      date: article.date,
      language: article.language,
      paragraphs: article.paragraphs.length,
      droppedLines: article.dropped.length,
      provenance: article.provenance,
      hints: article.hints,
    });
  }

  function count(status: ArticleStatus, id: string): void {
    if (status === 'unchanged') report.changes.unchanged++;
    else report.changes[status].push(id);
  }

  function recordUnchanged(summary: ArticleSummary): void {
    seen.add(summary.id);
    if (!seenIgnoringCase.has(summary.id.toLowerCase())) seenIgnoringCase.set(summary.id.toLowerCase(), summary.id);
    count('unchanged', summary.id);
    cover(summary);
    report.articles++;
    report.paragraphs += summary.paragraphs;
    if (!keepPerArticle) return;
    report.perArticle.push({
      source: summary.source,
      id: summary.id,
      status: 'unchanged',
      title: summary.title,
      outlet: summary.outlet,
      year: summary.year,
      date: summary.date,
      language: summary.language,
      paragraphs: summary.paragraphs,
      droppedLines: null,
      provenance: summary.provenance,
      hints: summary.hints,
    });
  }

  if (!incremental) {
    await engine.replaceAll(
      (async function* () {
        const jobs: FileJob[] = discovered.articles.map((source) => ({
          source,
          file: path.join(corpusDir, ...source.split('/')),
          manifestEntry: manifest.entries.get(source),
          folderEntry: folderEntryFor(manifest.folders, source),
          id: ids.get(source)!,
          maxBytes,
        }));
        let done = 0;
        const garbage = new GarbageCollector();
        for await (const { job, outcome } of buildFiles(jobs, { workers: options.workers ?? 0, furniture })) {
          if (!outcome.ok) {
            report.skipped.push({ source: job.source, ...outcome.skip });
          } else {
            for (const p of outcome.problems) report.skipped.push({ source: job.source, record: p.where, kind: 'malformed-record', reason: p.reason });
            for (const doc of outcome.documents) {
              const article = accept(job.source, doc, doc.result);
              if (article) yield article;
            }
            garbage.read(outcome.bytes);
          }
          onProgress?.(++done, total, job.source);
        }
      })(),
      { synonyms },
    );
    report.changes.removed = [...existing.keys()].filter((id) => !seen.has(id));
  } else {
    const state = options.stateFile ? await readState(options.stateFile) : {};
    if (state.synonymsHash !== synonymsHash) {
      await engine.setSynonyms(synonyms);
      report.synonyms.action = 'updated';
    } else {
      report.synonyms.action = 'unchanged';
    }
    let batch: ArticleInput[] = [];
    let batchParagraphs = 0;
    const flush = async () => {
      if (batch.length > 0) await engine.upsertArticles(batch);
      batch = [];
      batchParagraphs = 0;
    };
    for await (const { source, doc } of documents()) {
      const before = existing.get(doc.id);
      if (before && before.contentHash === doc.contentHash && !seen.has(doc.id)) {
        recordUnchanged(before);
        continue;
      }
      const article = await build(source, doc);
      if (!article) continue;
      batch.push(article);
      batchParagraphs += article.paragraphs.length;
      if (batchParagraphs >= UPSERT_BATCH_PARAGRAPHS) await flush();
    }
    await flush();
    report.changes.removed = [...existing.keys()].filter((id) => !seen.has(id));
    if (report.changes.removed.length > 0) await engine.deleteArticles(report.changes.removed);
  }

  report.copies = await copyReport(engine, keepPerArticle);
  if (options.stateFile) await writeState(options.stateFile, { synonymsHash });
  report.skipped.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  report.tookMs = Math.round(performance.now() - started);
  return report;
}

/**
 * The copy groups, and (when articles are listed) the articles that copy an earlier one: listing
 * every article at a million paragraphs costs what `perArticle: false` callers avoid.
 */
async function copyReport(engine: SearchEngine, listArticles: boolean): Promise<CopyReport> {
  const stats = await engine.copyStats();
  if (!listArticles) return { ...stats, copiedArticles: null, nearComplete: [] };
  const copies = (await engine.listArticles()).filter((a) => (a.copyOf ?? null) !== null);
  const nearComplete = copies
    .filter((a) => a.copyOf!.shared >= NEAR_COMPLETE_SHARE * a.paragraphs)
    .map((a) => ({ id: a.id, copyOf: a.copyOf!.id, shared: a.copyOf!.shared, paragraphs: a.paragraphs }));
  return { ...stats, copiedArticles: copies.length, nearComplete };
}

interface IndexerState {
  synonymsHash?: string;
}

async function readState(file: string): Promise<IndexerState> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as IndexerState;
  } catch {
    // Missing or unreadable: behave as if nothing is known, which only costs one extra update.
    return {};
  }
}

async function writeState(file: string, state: IndexerState): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(state)}\n`);
}

/**
 * The newest modification time (ms since the epoch) of anything in the corpus: files, the
 * manifest, and folders (a deleted file only shows in its folder's mtime). The server compares it
 * with the index's build time to decide whether to reindex. Dot-files and dot-folders are ignored,
 * like in discovery. Rejects with `CorpusNotFoundError` when the folder does not exist.
 */
export async function newestCorpusMtime(corpusDir: string): Promise<number> {
  let newest: number;
  try {
    newest = (await stat(corpusDir)).mtimeMs;
  } catch (error) {
    throw new CorpusNotFoundError(corpusDir, { cause: error });
  }
  const entries = await readdir(corpusDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name);
    if (path.relative(corpusDir, full).split(path.sep).some((part) => part.startsWith('.'))) continue;
    try {
      newest = Math.max(newest, (await stat(full)).mtimeMs);
    } catch {
      // Deleted while walking: its folder's mtime already says something changed.
    }
  }
  return newest;
}
