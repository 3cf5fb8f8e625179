/**
 * Index a corpus folder: discover the files, build each article, push them to the engine, and
 * report what happened. Two ways, over one file-reading path (read-file.ts) and one report
 * (report.ts):
 * - full (full-build.ts): stream every article into the engine's atomic `replaceAll` (first run,
 *   `--full`);
 * - incremental (incremental.ts; the default when an index exists): compare each article's content
 *   hash with what the engine holds, rebuild and `upsertArticles` only new and changed ones (in
 *   batches), and `deleteArticles` those whose file or record is gone or no longer indexable.
 * Articles are produced one at a time, so memory does not grow with the corpus.
 */
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SearchEngine } from '../engine/contract/types.ts';
import { type CorpusPlan, learnCorpus, manifestWarnings, planCorpus } from './corpus-plan.ts';
import { CorpusNotFoundError } from './read/discover.ts';
import { MAX_FILE_BYTES } from './read/decode.ts';
import { FurnitureLearner } from './clean/furniture.ts';
import { autoWorkers } from './auto-workers.ts';
import { BuildPool } from './build-pool.ts';
import { fullBuild } from './full-build.ts';
import { checkFurniture, takeOutFurniture } from './furniture-fixup.ts';
import { incrementalUpdate } from './incremental.ts';
import { copyReport, type IndexReport, ReportBuilder, type ReportHead } from './report.ts';

export { CorpusNotFoundError } from './read/discover.ts';
export { ManifestError } from './read/manifest.ts';
export { SynonymsError } from './read/synonyms.ts';
export { OutletListError } from './infer/outlet-list.ts';
export type { ArticleReport, ArticleStatus, CopyReport, IndexReport } from './report.ts';

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
   * index (default: auto-workers.ts — one on a machine with a second core for a corpus of 32 MB or
   * more, else none). Measured at 200,000 paragraphs: 2 workers took the
   * build from ~18 s to ~14.7 s on an otherwise idle 2-core machine, but cost ~8 s more CPU
   * (worker start-up, copying articles between threads) and ~190 MB more peak RSS (two more
   * heaps), and were slower than none when another process used the second core. Re-measured
   * once cleaning was ~40% cheaper (200,000 paragraphs, the other core busy with another process):
   * 0 workers 15.8 / 16.0 s, 300 MB; 1 worker 16.0 / 16.4 s, 380-403 MB. Since then the engine
   * writes and indexes a big build in a thread of its own (engine/sqlite/build.ts), which keeps
   * the second core busy: on 2 cores no cleaning worker is left a core to run on. Measured again
   * on the bench's scraped records at 200,000 paragraphs (issue-18cleancpu, five alternated pairs,
   * load 4-20): 1 worker took the main thread from ~49 to ~38 s of CPU but the process from ~63 to
   * ~74 s, and wall time was never clearly shorter (at load 4-6: 62.9 -> 96.0 s, 109.3 -> 113.6 s).
   * Since issue-18perf9 the workers stream their documents as buffers, this thread takes back units
   * they have not started, and they stay alive into the furniture fix-up: at 200,000 paragraphs
   * (load 19-31) 1 worker's process CPU 44.8-46.5 -> 38.6-42.4 s, wall level with 0 workers or a
   * little ahead (27.9-33.1 against 30.2-34.1 s); quiet, three alternated pairs: 0 workers
   * 28.7-29.7 s, 1 worker 24.6-24.9 s, hence the automatic default.
   */
  workers?: number;
  /**
   * Learn the corpus's furniture (default true; `--no-learn-furniture` turns it off): lines found
   * in many different articles are dropped as 'boilerplate' (indexer/clean/furniture.ts). A full
   * build learns within its one read and then rebuilds only the articles holding a learned line
   * (furniture-fixup.ts); a pre-pass that read every file a second time took the bench's
   * 1M-paragraph JSONL build from 30.4 to 39.6 s. An incremental run learns first, in that pre-pass
   * (it must know the furniture to tell which articles changed), so a line learned from the whole
   * corpus is furniture in a file added later too. The same samples teach each folder's outlet
   * (infer/outlet-folder.ts): the name most of a folder's pages write where a site writes its own.
   */
  learnFurniture?: boolean;
}

export async function indexCorpus(options: IndexOptions): Promise<IndexReport> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const { engine, onProgress } = options;
  const keepPerArticle = options.perArticle ?? true;
  const plan = await planCorpus(options.corpusDir, engine, options.maxFileBytes ?? MAX_FILE_BYTES);
  const incremental = options.mode !== 'full' && plan.existing.size > 0;
  const report = new ReportBuilder(reportHead(plan, incremental, startedAt), plan.existing, keepPerArticle);

  const learn = options.learnFurniture !== false;

  if (!incremental) {
    const learner = learn ? new FurnitureLearner() : null;
    // What the fix-up counts out of the report for an article it builds again, kept as the build accepts each one.
    if (learner) report.keepFirstCounts();
    // The build's workers stay alive into the fix-up, which reads the files again through them (build-pool.ts).
    const workers = options.workers ?? (await autoWorkers(plan.corpusDir, plan.discovered.articles));
    const pool = workers > 0 ? new BuildPool(workers) : null;
    // What the build taught, known once its last article is read; the fix-up's reading of the
    // files begins then, while the engine finishes the index (furniture-fixup.ts `checkFurniture`).
    const learnedNow = (learner: FurnitureLearner) => {
      const furniture = learner.furniture();
      const folderOutlets = learner.folderOutlets();
      const check = checkFurniture(plan, furniture, learner.sourcesOf(furniture), folderOutlets, pool, FIXUP_READ_AHEAD);
      return { furniture, folderOutlets, check };
    };
    let learned = null as ReturnType<typeof learnedNow> | null;
    const onRead = () => {
      if (learner) learned = learnedNow(learner);
    };
    try {
      await fullBuild(plan, report, { engine, furniture: new Set(), learner, workers, pool, onProgress, onRead });
      if (learner) {
        const fixStarted = performance.now();
        const { furniture, folderOutlets, check } = learned ?? learnedNow(learner);
        await takeOutFurniture(plan, report, engine, furniture, [], folderOutlets, pool, check);
        report.furnitureLearned(furniture, Math.round(performance.now() - fixStarted), folderOutlets);
      }
    } finally {
      await pool?.close();
    }
  } else {
    const furnitureStarted = performance.now();
    const { furniture, folderOutlets } = learn ? await learnCorpus(plan) : { furniture: new Set<string>(), folderOutlets: new Map() };
    report.furnitureLearned(furniture, Math.round(performance.now() - furnitureStarted), folderOutlets);
    const state = options.stateFile ? await readState(options.stateFile) : {};
    await incrementalUpdate(plan, report, {
      engine,
      furniture,
      folderOutlets,
      synonymsChanged: state.synonymsHash !== plan.synonymsHash,
      onProgress,
    });
  }
  const copies = await copyReport(engine, keepPerArticle);
  if (options.stateFile) await writeState(options.stateFile, { synonymsHash: plan.synonymsHash });
  return report.finish(copies, started);
}

/**
 * Units of the fix-up's reading (files, of a few MB each) taken ahead while the engine finishes
 * the index: at 1M bench paragraphs its last batches, merge and sync took ~4-5 s, when both
 * reading threads sat idle, time to read ~20 of its 8 MB record files. A unit's outcome is ids,
 * hashes and line numbers, ~1 MB for an 8 MB record file.
 */
const FIXUP_READ_AHEAD = 24;

/** The report's opening: the run's mode, the corpus's files skipped by discovery, the first warnings. */
function reportHead(plan: CorpusPlan, incremental: boolean, startedAt: string): ReportHead {
  const { synonyms } = plan;
  return {
    corpusDir: plan.corpusDir,
    mode: incremental ? 'incremental' : 'full',
    manifest: plan.manifest.file,
    synonyms: { groups: synonyms.groups.length, oneWay: synonyms.oneWay.length, action: 'rebuilt with the index' },
    skipped: [...plan.discovered.skipped],
    warnings: [...(plan.unreadable === null ? [] : [`${plan.unreadable}: rebuilt from the corpus`]), ...manifestWarnings(plan)],
    startedAt,
  };
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
    if (
      path
        .relative(corpusDir, full)
        .split(path.sep)
        .some((part) => part.startsWith('.'))
    )
      continue;
    try {
      newest = Math.max(newest, (await stat(full)).mtimeMs);
    } catch {
      // Deleted while walking: its folder's mtime already says something changed.
    }
  }
  return newest;
}
