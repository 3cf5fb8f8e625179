/**
 * `npm start`: make sure the index is current (index the corpus when the index is missing or older
 * than the corpus), then serve. The one place allowed to call the indexer from the server side.
 */
import type { Server } from 'node:http';
import path from 'node:path';
import { engineConfigFromEnv, openEngine } from '../engine/index.ts';
import type { SearchEngine } from '../engine/types.ts';
import { indexCorpus, newestCorpusMtime } from '../indexer/run.ts';
import { createApp } from './app.ts';
import { serverConfigFromEnv, type ServerConfig } from './config.ts';

async function indexIfStale(config: ServerConfig): Promise<void> {
  const engine = await openEngine({ ...engineConfigFromEnv(process.env, 'indexer'), dataDir: config.dataDir });
  try {
    const [stats, corpusMtime] = await Promise.all([engine.stats(), newestCorpusMtime(config.corpusDir)]);
    const builtAt = stats.builtAt ? Date.parse(stats.builtAt) : null;
    if (builtAt !== null && builtAt >= corpusMtime) {
      console.log(`Index is current: ${stats.articles} articles, ${stats.paragraphs} paragraphs (built ${stats.builtAt}).`);
      return;
    }
    console.log(builtAt === null ? `No index yet: indexing ${config.corpusDir} …` : `Corpus changed since ${stats.builtAt}: updating the index …`);
    // Incremental: only new, changed and removed articles are touched (a full build when empty).
    const report = await indexCorpus({ corpusDir: config.corpusDir, engine, stateFile: path.join(config.dataDir, 'indexer-state.json') });
    const { added, changed, removed } = report.changes;
    console.log(`Indexed ${report.articles} articles, ${report.paragraphs} paragraphs (${added.length} added, ${changed.length} changed, ${removed.length} removed)${report.skipped.length ? `; skipped ${report.skipped.length} file(s): run \`npm run index -- --report\` for details` : ''}.`);
  } finally {
    await engine.close();
  }
}

async function main(): Promise<void> {
  const config = serverConfigFromEnv(process.env);
  try {
    await indexIfStale(config);
  } catch (error) {
    // Serve anyway: the pages say the index is unavailable, and /healthz reports it.
    console.error(`Indexing at start-up failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const engine: SearchEngine = await openEngine({ ...engineConfigFromEnv(process.env, 'server'), dataDir: config.dataDir });
  const app = createApp({ engine, watchViews: process.env.NODE_ENV === 'development' });
  const server: Server = app.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(`Nutgraf (${engine.name} engine, pid ${process.pid}) is serving at http://localhost:${port}/`);
  });
  server.on('error', (error) => {
    console.error(`Could not listen on port ${config.port}: ${error.message}`);
    process.exit(1);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight requests …`);
    server.close(async () => {
      await engine.close();
      process.exit(0);
    });
    server.closeIdleConnections();
    // Keep-alive clients that never go idle must not hold the process forever.
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
