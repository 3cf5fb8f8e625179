/**
 * The incremental update: compare each article's content hash with what the engine holds, build
 * and `upsertArticles` only new and changed ones (in batches, so memory stays flat on big changes),
 * and `deleteArticles` those whose file or record is gone or no longer indexable. An unchanged
 * article is not cleaned again: its file is read for the hashes only (read-file.ts).
 */
import type { ArticleInput, SearchEngine } from '../engine/contract/types.ts';
import { type CorpusPlan, jobFor } from './corpus-plan.ts';
import type { FolderOutlet } from './infer/outlet-folder.ts';
import { loadLanguageDetector, type PendingArticle } from './pipeline.ts';
import { readFileDocuments } from './read/read-file.ts';
import type { ReportBuilder } from './report.ts';

export interface IncrementalOptions {
  engine: SearchEngine;
  furniture: ReadonlySet<string>;
  /** The outlet each folder's pages agree on (infer/outlet-folder.ts), learned with the furniture. */
  folderOutlets?: ReadonlyMap<string, FolderOutlet>;
  /** Whether the synonym list differs from the one the engine was last given. */
  synonymsChanged: boolean;
  onProgress?: ((done: number, total: number, file: string) => void) | undefined;
}

/** Upserts are sent in batches of this many paragraphs, so memory stays flat on big changes. */
const UPSERT_BATCH_PARAGRAPHS = 5000;

export async function incrementalUpdate(plan: CorpusPlan, report: ReportBuilder, options: IncrementalOptions): Promise<void> {
  const { engine } = options;
  if (options.synonymsChanged) await engine.setSynonyms(plan.synonyms);
  report.synonymsAction(options.synonymsChanged ? 'updated' : 'unchanged');
  const batch = new UpsertBatch(engine);
  for await (const article of changedArticles(plan, report, options)) await batch.add(article);
  await batch.flush();
  const removed = report.removed();
  if (removed.length > 0) await engine.deleteArticles(removed);
}

/** The new and changed articles, built, in path order; unchanged ones go to the report only. */
async function* changedArticles(plan: CorpusPlan, report: ReportBuilder, options: IncrementalOptions): AsyncGenerator<ArticleInput> {
  const sources = plan.discovered.articles;
  let done = 0;
  for (const source of sources) {
    const read = await readFileDocuments(jobFor(plan, source), options.furniture, options.folderOutlets);
    if (!read.ok) report.skip({ source, ...read.skip });
    else report.malformedRecords(source, read.problems);
    for (const doc of read.ok ? read.documents : []) {
      if (report.isUnchanged(doc)) {
        report.unchanged(plan.existing.get(doc.id)!);
        continue;
      }
      const article = await build(source, doc, report);
      if (article) yield article;
    }
    options.onProgress?.(++done, sources.length, source);
  }
}

/** Builds one document; null (and a skip entry) when it has no body text. */
async function build(source: string, doc: PendingArticle, report: ReportBuilder): Promise<ArticleInput | null> {
  if (doc.needsLanguageDetector) await loadLanguageDetector();
  return report.accept(source, doc, doc.build());
}

/**
 * Articles gathered into `upsertArticles` calls of about UPSERT_BATCH_PARAGRAPHS paragraphs, or
 * into `reviseArticles` calls (`revise`: new versions of stored articles that keep their place in
 * index order, furniture-fixup.ts).
 */
export class UpsertBatch {
  private articles: ArticleInput[] = [];
  private paragraphs = 0;

  constructor(
    private readonly engine: SearchEngine,
    private readonly revise = false,
  ) {}

  async add(article: ArticleInput): Promise<void> {
    this.articles.push(article);
    this.paragraphs += article.paragraphs.length;
    if (this.paragraphs >= UPSERT_BATCH_PARAGRAPHS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.articles.length > 0)
      await (this.revise ? this.engine.reviseArticles(this.articles) : this.engine.upsertArticles(this.articles));
    this.articles = [];
    this.paragraphs = 0;
  }
}
