/**
 * Start-up indexing, run by `npm start` (server/start.ts) as a child process before it serves: check
 * the index (rebuild it when damaged), and index the corpus when the index is missing or older than
 * the corpus. A separate process so the server never carries the indexer's memory (the language
 * detector, parse buffers) while it serves. Exit status: 0 ready, 1 failed (the server still starts).
 */
import path from 'node:path';
import { engineConfigFromEnv, IndexCorruptError, openEngine } from '../engine/index.ts';
import { indexCorpus, newestCorpusMtime } from '../indexer/run.ts';
import { serverConfigFromEnv, type ServerConfig } from './config.ts';

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
      const report = await indexCorpus({ corpusDir: config.corpusDir, engine, mode: 'full', stateFile: path.join(config.dataDir, 'indexer-state.json'), perArticle: false });
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
    console.log(builtAt === null ? `No index yet: indexing ${config.corpusDir} …` : `Corpus changed since ${stats.builtAt}: updating the index …`);
    // Incremental: only new, changed and removed articles are touched (a full build when empty).
    const report = await indexCorpus({ corpusDir: config.corpusDir, engine, stateFile: path.join(config.dataDir, 'indexer-state.json'), perArticle: false });
    const { added, changed, removed } = report.changes;
    console.log(`Indexed ${report.articles} articles, ${report.paragraphs} paragraphs (${added.length} added, ${changed.length} changed, ${removed.length} removed)${report.skipped.length ? `; skipped ${report.skipped.length} file(s): run \`npm run index -- --report\` for details` : ''}.`);
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
