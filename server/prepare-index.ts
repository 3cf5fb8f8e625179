/**
 * Start-up indexing, run by `npm start` (server/start.ts) as a child process before it serves: check
 * the index (rebuild it when damaged), and index the corpus when the index is missing or older than
 * the corpus. A separate process so the server never carries the indexer's memory (the language
 * detector, parse buffers) while it serves. Exit status: 0 ready, 1 failed (the server still starts).
 */
import path from 'node:path';
import { engineConfigFromEnv, IndexCorruptError, openEngine } from '../engine/contract/open-engine.ts';
import { progressReporter } from '../indexer/progress.ts';
import { indexCorpus, newestCorpusMtime } from '../indexer/run.ts';
import { serverConfigFromEnv, type ServerConfig } from './config.ts';

/** A word for a POSIX shell: as it is when that is safe, else in single quotes. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The indexer's report command for this corpus and index, to copy and run from the project folder:
 * `CORPUS_DIR=… DATA_DIR=… npm run index -- --report`, naming each folder that is not the default
 * (`npm start` may have been given them for this run only).
 */
function reportCommand(config: Pick<ServerConfig, 'corpusDir' | 'dataDir'>): string {
  const vars = [
    config.corpusDir !== path.resolve('corpus') ? `CORPUS_DIR=${shellWord(config.corpusDir)}` : '',
    config.dataDir !== path.resolve('data') ? `DATA_DIR=${shellWord(config.dataDir)}` : '',
  ];
  return [...vars.filter((v) => v !== ''), 'npm run index -- --report'].join(' ');
}

async function indexIfStale(config: ServerConfig): Promise<void> {
  // verify: the embedded index is checked page by page once here, so a damaged file is found now
  // rather than by the first unlucky query.
  const engine = await openEngine({ ...engineConfigFromEnv(process.env, 'indexer'), dataDir: config.dataDir, verify: true });
  try {
    const stats = await engine.stats().catch(async (error: unknown) => {
      if (!(error instanceof IndexCorruptError)) throw error;
      console.log(`The index cannot be used (${error.message}): rebuilding it from ${config.corpusDir} …`);
      // An empty generation replaces the damaged one first, so the full build below starts clean.
      await engine.replaceAll([]);
      const progress = progressReporter(process.stdout);
      const report = await indexCorpus({
        corpusDir: config.corpusDir,
        engine,
        mode: 'full',
        stateFile: path.join(config.dataDir, 'indexer-state.json'),
        perArticle: false,
        onProgress: progress.onProgress,
      }).finally(() => progress.stop());
      console.log(`Rebuilt the index: ${report.articles} articles, ${report.paragraphs} paragraphs.`);
      return null;
    });
    if (stats === null) return;
    const corpusMtime = await newestCorpusMtime(config.corpusDir);
    const builtAt = stats.builtAt ? Date.parse(stats.builtAt) : null;
    if (builtAt !== null && builtAt >= corpusMtime) {
      console.log(`Index is current: ${stats.articles} articles, ${stats.paragraphs} paragraphs (built ${stats.builtAt}).`);
      return;
    }
    console.log(
      builtAt === null ? `No index yet: indexing ${config.corpusDir} …` : `Corpus changed since ${stats.builtAt}: updating the index …`,
    );
    // Incremental: only new, changed and removed articles are touched (a full build when empty).
    // Progress goes where the other messages go: a bar on a terminal, a line every few seconds in a log.
    const progress = progressReporter(process.stdout);
    const report = await indexCorpus({
      corpusDir: config.corpusDir,
      engine,
      stateFile: path.join(config.dataDir, 'indexer-state.json'),
      perArticle: false,
      onProgress: progress.onProgress,
    }).finally(() => progress.stop());
    const { added, changed, removed } = report.changes;
    console.log(
      `Indexed ${report.articles} articles, ${report.paragraphs} paragraphs (${added.length} added, ${changed.length} changed, ${removed.length} removed)${report.skipped.length ? `; skipped ${report.skipped.length} file(s): run \`${reportCommand(config)}\` for details` : ''}.`,
    );
  } finally {
    await engine.close();
  }
}

indexIfStale(serverConfigFromEnv(process.env)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Indexing at start-up failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
