/**
 * The corpus furniture and the folders' outlets (infer/outlet-folder.ts), learned within a full
 * build's one read (full-build.ts), put in after it:
 * the build cleans each article before the whole corpus is seen, so the articles holding a line it
 * learned are built again with the furniture and sent with `reviseArticles`: each keeps its place
 * in index order (an upsert would move it to the end, after its own copies, and its copies would
 * lead its groups), and an article whose paragraphs did not change (its page rules had dropped the
 * learned lines already: the common case) has its metadata and dropped lines rewritten alone. Only
 * the files the learner saw those lines in are read again: a corpus that teaches nothing (the BBC's)
 * costs no second read at all.
 *
 * Between the build's swap and these revisions the new index holds the furniture lines for a
 * moment; the result is the index a pre-pass would have built (the same furniture, the same content
 * hashes, the same copy groups), so the next incremental run (which learns before it updates,
 * run.ts) rebuilds nothing.
 */
import path from 'node:path';
import type { SearchEngine } from '../engine/contract/types.ts';
import { type CorpusPlan, jobFor } from './corpus-plan.ts';
import type { FolderOutlet } from './infer/outlet-folder.ts';
import { UpsertBatch } from './incremental.ts';
import { loadLanguageDetector } from './pipeline.ts';
import { readFileDocuments } from './read/read-file.ts';
import type { ReportBuilder } from './report.ts';

/**
 * Rebuilds and sends the articles of `sources`, and of the folders given an outlet, whose content
 * changes with `furniture` and `folderOutlets`; how many.
 */
export async function takeOutFurniture(
  plan: CorpusPlan,
  report: ReportBuilder,
  engine: SearchEngine,
  furniture: ReadonlySet<string>,
  sources: Iterable<string>,
  folderOutlets: ReadonlyMap<string, FolderOutlet> = new Map(),
): Promise<number> {
  if (furniture.size === 0 && folderOutlets.size === 0) return 0;
  const all = new Set(sources);
  if (folderOutlets.size > 0)
    for (const source of plan.discovered.articles) if (folderOutlets.has(path.posix.dirname(source))) all.add(source);
  const batch = new UpsertBatch(engine, true);
  const gone: string[] = [];
  let revised = 0;
  for (const source of [...all].sort()) {
    const job = jobFor(plan, source);
    // As the build read it (no furniture), to take its counts out of the report, and with the furniture.
    const built = await readFileDocuments(job);
    const now = await readFileDocuments(job, furniture, folderOutlets);
    if (!built.ok || !now.ok) continue;
    const first = new Map(built.documents.map((doc) => [doc.id, doc]));
    for (const doc of now.documents) {
      const was = first.get(doc.id);
      // The same hash: none of its lines is furniture (the hash holds the furniture an article has).
      if (!was || was.contentHash === doc.contentHash) continue;
      // The first version's counts, kept by the report when the build accepted it (none: it had no body text then).
      const counts = report.firstCountsOf(doc.id);
      if (counts === undefined) continue;
      if (doc.needsLanguageDetector) await loadLanguageDetector();
      const article = report.revise(source, { doc: was, counts }, doc, doc.build());
      revised++;
      if (article) await batch.add(article);
      else gone.push(doc.id);
    }
  }
  await batch.flush();
  if (gone.length > 0) await engine.deleteArticles(gone);
  return revised;
}
