/**
 * The corpus furniture and the folders' outlets (infer/outlet-folder.ts), learned within a full
 * build's one read (full-build.ts), put in after it:
 * the build cleans each article before the whole corpus is seen, so the articles holding a line it
 * learned are built again with the furniture and sent with `reviseArticles`: each keeps its place
 * in index order (an upsert would move it to the end, after its own copies, and its copies would
 * lead its groups), and an article whose paragraphs did not change has its metadata and dropped lines
 * rewritten alone. An article that the furniture cannot change (its page rules had dropped every
 * learned line already, and its date reader met no learned visit date: the common case, known from
 * what the build kept of its first version, `unchangedByFurniture`) is not built again at all: it
 * is sent with its new content hash alone (`rehashArticles`), the stored article byte for byte what
 * building it again and revising it would have left. Only
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
import type { CheckedDocument, CheckOutcome } from './build-file.ts';
import { type BuildPool, checkFiles, type PoolUnit } from './build-pool.ts';
import { type CorpusPlan, jobFor } from './corpus-plan.ts';
import type { FolderOutlet } from './infer/outlet-folder.ts';
import { UpsertBatch } from './incremental.ts';
import { visitDatesIn } from './infer/date-visit.ts';
import { loadLanguageDetector, type PendingArticle } from './pipeline.ts';
import { readFileDocuments } from './read/read-file.ts';
import type { FirstCounts, ReportBuilder } from './report.ts';

/**
 * Rebuilds and sends the articles of `sources`, and of the folders given an outlet, whose content
 * changes with `furniture` and `folderOutlets`; how many. The files are read again through the
 * build pool (`checkFiles`: each document's new hash and learned lines), with the build's workers
 * (`pool`, still warm) besides this thread; what is sent, and in what order, is the same however
 * many threads read.
 */
export async function takeOutFurniture(
  plan: CorpusPlan,
  report: ReportBuilder,
  engine: SearchEngine,
  furniture: ReadonlySet<string>,
  sources: Iterable<string>,
  folderOutlets: ReadonlyMap<string, FolderOutlet> = new Map(),
  pool: BuildPool | null = null,
  started?: FurnitureCheck | null,
): Promise<number> {
  // Begun already (`checkFurniture`, null when nothing was learned), or now.
  const check = started === undefined ? checkFurniture(plan, furniture, sources, folderOutlets, pool, 0) : started;
  if (check === null) return 0;
  const batch = new UpsertBatch(engine, true);
  const rehashes = new RehashBatch(engine);
  const gone: string[] = [];
  const visitDates = visitDatesIn(furniture);
  let revised = 0;
  // The documents of the file being checked, read again in this thread when one must be built again.
  let read = null as { source: string; documents: PendingArticle[] } | null;
  for await (const { job, outcome } of check) {
    if (!outcome.ok) continue;
    const source = job.source;
    const outletFolder = folderOutlets.has(path.posix.dirname(source));
    for (const doc of outcome.documents) {
      // The hash the build gave it: none of its lines is furniture (the hash holds the furniture an article has).
      if (!doc.learned) continue;
      // The first version's counts, kept by the report when the build accepted it (none: it had no body text then).
      const counts = report.firstCountsOf(doc.id);
      if (counts === undefined) continue;
      if (!outletFolder && unchangedByFurniture(doc.learnedLines, counts, visitDates)) {
        report.rehash(counts, doc);
        await rehashes.add(doc);
        revised++;
        continue;
      }
      if (read?.source !== source) {
        const again = await readFileDocuments(job, furniture, folderOutlets);
        read = { source, documents: again.ok ? again.documents : [] };
      }
      const pending = sameDocument(read.documents[doc.index], doc);
      if (pending.needsLanguageDetector) await loadLanguageDetector();
      const article = report.revise(source, counts, pending, pending.build());
      revised++;
      if (article) await batch.add(article);
      else gone.push(doc.id);
    }
  }
  await batch.flush();
  await rehashes.flush();
  if (gone.length > 0) await engine.deleteArticles(gone);
  return revised;
}

/** The fix-up's reading of the files (`checkFiles`), begun by `checkFurniture`. */
export type FurnitureCheck = AsyncIterable<PoolUnit<CheckOutcome>>;

/**
 * Begins the fix-up's reading of the files (`checkFiles`) of `sources` and of the folders given an
 * outlet, taking up to `readAhead` units before anyone asks for them: a full build starts it as its
 * last article leaves for the engine (run.ts), so the files are read while the engine's writer
 * finishes the index (its merge and sync, when both reading threads sat idle). Null when the corpus
 * taught nothing.
 */
export function checkFurniture(
  plan: CorpusPlan,
  furniture: ReadonlySet<string>,
  sources: Iterable<string>,
  folderOutlets: ReadonlyMap<string, FolderOutlet>,
  pool: BuildPool | null,
  readAhead: number,
): FurnitureCheck | null {
  if (furniture.size === 0 && folderOutlets.size === 0) return null;
  const all = new Set(sources);
  if (folderOutlets.size > 0)
    for (const source of plan.discovered.articles) if (folderOutlets.has(path.posix.dirname(source))) all.add(source);
  const jobs = [...all].sort().map((source) => jobFor(plan, source));
  const units = checkFiles(jobs, { workers: 0, pool, furniture, folderOutlets });
  return readAhead > 0 ? takenAhead(units, readAhead) : units;
}

/**
 * `source`'s items, up to `limit` of them taken before they are asked for, from now on. A failure
 * is thrown where its item would have come; one nobody asks for is dropped.
 */
function takenAhead<T>(source: AsyncGenerator<T>, limit: number): AsyncIterable<T> {
  const queue: Array<IteratorResult<T>> = [];
  let failure: { error: unknown } | null = null;
  let pulling: Promise<void> | null = null;
  const pull = (): Promise<void> =>
    (pulling ??= (async () => {
      try {
        while (queue.length < limit && !queue.at(-1)?.done) queue.push(await source.next());
      } catch (error) {
        failure = { error };
      } finally {
        pulling = null;
      }
    })());
  void pull();
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for (;;) {
          while (queue.length === 0 && failure === null) await pull();
          const next = queue.shift();
          if (next === undefined) throw (failure as { error: unknown } | null)?.error;
          if (next.done) return;
          void pull();
          yield next.value;
        }
      } finally {
        await pulling;
        await source.return(undefined);
      }
    },
  };
}

/** The file's document read again in this thread, which must be the one checked (a file changed meanwhile is an error). */
function sameDocument(pending: PendingArticle | undefined, checked: CheckedDocument): PendingArticle {
  if (pending?.id !== checked.id || pending.contentHash !== checked.contentHash)
    throw new Error(`${checked.id}: its file changed while the furniture was taken out`);
  return pending;
}

/**
 * Whether building the document again with the furniture would give its first version under the
 * new hash: none of the lines holding learned furniture (`learnedLines`, in line order: the
 * document's `PendingArticle.learnedLines()`) was kept by its page rules (the furniture drops only
 * kept lines, `dropFurniture`, and the rest of the build reads the cleaning's result), and the date
 * reader asked about no learned visit date (the one other thing the furniture feeds). A folder's
 * learned outlet is the caller's to rule out. Without the first build's record (`keptLines`
 * absent), no.
 */
export function unchangedByFurniture(learnedLines: readonly number[], first: FirstCounts, visitDates: ReadonlySet<string>): boolean {
  const kept = first.keptLines;
  if (kept === undefined) return false;
  if (first.datesAsked?.some((iso) => visitDates.has(iso))) return false;
  // Both in line order: one walk.
  let k = 0;
  for (const line of learnedLines) {
    while (k < kept.length && kept[k]! < line) k++;
    if (k < kept.length && kept[k] === line) return false;
  }
  return true;
}

/** New content hashes sent in `rehashArticles` calls of `REHASH_BATCH` articles. */
class RehashBatch {
  private hashes: Array<{ id: string; contentHash: string }> = [];

  constructor(private readonly engine: SearchEngine) {}

  async add(doc: { id: string; contentHash: string }): Promise<void> {
    this.hashes.push({ id: doc.id, contentHash: doc.contentHash });
    if (this.hashes.length >= REHASH_BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.hashes.length > 0) await this.engine.rehashArticles(this.hashes);
    this.hashes = [];
  }
}

/** Articles per `rehashArticles` call: an UPDATE of one column each, so memory, not the engine, sets it. */
const REHASH_BATCH = 10_000;
