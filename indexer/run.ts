/**
 * Index a corpus folder: discover the files, build each article, stream them into the engine's
 * atomic `replaceAll`, and report what happened. Articles are produced one at a time by an async
 * generator, so memory does not grow with the corpus.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleInput, JunkReason, Provenance, SearchEngine } from '../engine/types.ts';
import { assignArticleIds } from './article-id.ts';
import { CorpusNotFoundError, discoverArticles } from './discover.ts';
import { MAX_FILE_BYTES } from './decode.ts';
import { loadManifest } from './manifest.ts';
import { articleFromFile } from './pipeline.ts';
import type { SkippedFile } from './types.ts';

export { CorpusNotFoundError } from './discover.ts';
export { ManifestError } from './manifest.ts';

export interface IndexOptions {
  corpusDir: string;
  engine: SearchEngine;
  /** Called after each file, indexed or skipped. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Per-file size limit in bytes (default `MAX_FILE_BYTES`, 10 MB). */
  maxFileBytes?: number;
}

export interface ArticleReport {
  source: string;
  id: string;
  title: string;
  outlet: string;
  year: number | null;
  date: string | null;
  language: string;
  paragraphs: number;
  droppedLines: number;
  provenance: Provenance;
  hints: string[];
}

export interface IndexReport {
  corpusDir: string;
  /** The manifest file used, or null when the corpus has none. */
  manifest: string | null;
  articles: number;
  paragraphs: number;
  headings: number;
  /** Lines not indexed, by reason (the headline line of each article is counted as `headline`). */
  droppedLines: Partial<Record<JunkReason, number>>;
  skipped: SkippedFile[];
  warnings: string[];
  perArticle: ArticleReport[];
  startedAt: string;
  tookMs: number;
}

export async function indexCorpus(options: IndexOptions): Promise<IndexReport> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const { corpusDir, engine, onProgress } = options;
  const maxBytes = options.maxFileBytes ?? MAX_FILE_BYTES;

  const discovered = await discoverArticles(corpusDir);
  const manifest = await loadManifest(corpusDir);
  const ids = assignArticleIds(discovered.articles);

  const report: IndexReport = {
    corpusDir,
    manifest: manifest.file,
    articles: 0,
    paragraphs: 0,
    headings: 0,
    droppedLines: {},
    skipped: [...discovered.skipped],
    warnings: [],
    perArticle: [],
    startedAt,
    tookMs: 0,
  };

  const present = new Set([...discovered.articles, ...discovered.skipped.map((s) => s.source)]);
  for (const source of manifest.entries.keys()) {
    if (!present.has(source)) report.warnings.push(`manifest names "${source}", which is not in the corpus folder`);
  }

  const total = discovered.articles.length;
  async function* articles(): AsyncGenerator<ArticleInput> {
    let done = 0;
    for (const source of discovered.articles) {
      const article = await buildArticle(source);
      onProgress?.(++done, total, source);
      if (article) yield article;
    }
  }

  async function buildArticle(source: string): Promise<ArticleInput | null> {
    const file = path.join(corpusDir, ...source.split('/'));
    let bytes: Buffer;
    try {
      // Checked before reading, so a stray multi-gigabyte dump is never loaded into memory.
      const { size } = await stat(file);
      if (size > maxBytes) {
        report.skipped.push({ source, kind: 'too-large', reason: `file is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit` });
        return null;
      }
      bytes = await readFile(file);
    } catch (error) {
      report.skipped.push({ source, kind: 'unreadable', reason: `cannot be read: ${(error as Error).message}` });
      return null;
    }
    const result = articleFromFile({ bytes, source, manifestEntry: manifest.entries.get(source), id: ids.get(source)!, maxBytes });
    report.warnings.push(...result.warnings.map((w) => `${source}: ${w}`));
    if (!result.ok) {
      report.skipped.push({ source, ...result.skip });
      return null;
    }
    record(result.article);
    return result.article;
  }

  function record(article: ArticleInput): void {
    report.articles++;
    report.paragraphs += article.paragraphs.length;
    report.headings += article.paragraphs.filter((p) => p.kind === 'heading').length;
    for (const d of article.dropped) report.droppedLines[d.reason] = (report.droppedLines[d.reason] ?? 0) + 1;
    report.perArticle.push({
      source: article.source,
      id: article.id,
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

  await engine.replaceAll(articles());
  report.skipped.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  report.tookMs = Math.round(performance.now() - started);
  return report;
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
