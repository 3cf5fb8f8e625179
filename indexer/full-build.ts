/**
 * The full build: every article of the corpus streamed into the engine's atomic `replaceAll`
 * (first run, `--full`, or an index that could not be read). Files are read and cleaned through the
 * build pool (build-pool.ts: in worker threads, or lazily in this one), in path order. With a
 * learner, every document's furniture sample goes to it on the way (no second read of the corpus).
 */
import path from 'node:path';
import type { ArticleInput, SearchEngine } from '../engine/contract/types.ts';
import { type BuildPool, buildFiles } from './build-pool.ts';
import type { FurnitureLearner } from './clean/furniture.ts';
import { GarbageCollector } from './collect-garbage.ts';
import { type CorpusPlan, jobFor } from './corpus-plan.ts';
import type { ReportBuilder } from './report.ts';

export interface FullBuildOptions {
  engine: SearchEngine;
  furniture: ReadonlySet<string>;
  /** Learns the corpus's furniture from every document as it is built (furniture-fixup.ts takes it out after). */
  learner?: FurnitureLearner | null | undefined;
  /** Cleaning worker threads (`IndexOptions.workers`). */
  workers: number;
  /** Those workers, started by the caller to be used again after the build (the furniture fix-up). */
  pool?: BuildPool | null | undefined;
  onProgress?: ((done: number, total: number, file: string) => void) | undefined;
  /** Called once the last article has gone to the engine, while it finishes the index (run.ts begins the fix-up's reading then). */
  onRead?: (() => void) | undefined;
}

export async function fullBuild(plan: CorpusPlan, report: ReportBuilder, options: FullBuildOptions): Promise<void> {
  await options.engine.replaceAll(builtArticles(plan, report, options), { synonyms: plan.synonyms });
  report.removed();
}

/** Every article with body text, in path order; skipped files and records go to the report. */
async function* builtArticles(plan: CorpusPlan, report: ReportBuilder, options: FullBuildOptions): AsyncGenerator<ArticleInput> {
  const sources = plan.discovered.articles;
  const jobs = sources.map((source) => jobFor(plan, source));
  let done = 0;
  const garbage = new GarbageCollector();
  for await (const { job, outcome, part } of buildFiles(jobs, {
    workers: options.workers,
    pool: options.pool,
    furniture: options.furniture,
  })) {
    // A file built in parts (build-pool.ts) is one file: skipped once, read once, done after its last part.
    const last = part.index === part.of - 1;
    if (!outcome.ok) {
      if (part.index === 0) report.skip({ source: job.source, ...outcome.skip });
    } else {
      report.malformedRecords(job.source, outcome.problems);
      const folder = path.posix.dirname(job.source);
      for (const doc of outcome.documents) {
        options.learner?.addSample(doc.sample, folder, job.source);
        const article = report.accept(job.source, doc, doc.result);
        if (article) yield article;
      }
      if (last) garbage.read(outcome.bytes);
    }
    if (last) options.onProgress?.(++done, sources.length, job.source);
  }
  options.onRead?.();
}
