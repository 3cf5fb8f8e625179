/**
 * `npm start`: make sure the index is current (index the corpus when the index is missing or older
 * than the corpus), then serve. The one place allowed to call the indexer from the server side.
 */
import type { Server } from 'node:http';
import path from 'node:path';
import { engineConfigFromEnv, IndexCorruptError, openEngine } from '../engine/index.ts';
import type { SearchEngine } from '../engine/types.ts';
import { indexCorpus, newestCorpusMtime } from '../indexer/run.ts';
import { createApp } from './app.ts';
import { serverConfigFromEnv, type ServerConfig } from './config.ts';

/** Server-side limits on slow or stuck clients (README "Operations"). */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;
const KEEP_ALIVE_TIMEOUT_MS = 5_000;
/** How long SIGTERM waits for in-flight requests before cutting the connections that remain. */
const SHUTDOWN_GRACE_MS = 10_000;

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
      const report = await indexCorpus({ corpusDir: config.corpusDir, engine, mode: 'full', stateFile: path.join(config.dataDir, 'indexer-state.json') });
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
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.on('error', (error) => {
    console.error(`Could not listen on port ${config.port}: ${error.message}`);
    process.exit(1);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight requests …`);
    // close() stops accepting at once; open keep-alive connections end after their current response.
    server.close(async () => {
      await engine.close();
      console.log('Stopped: all requests finished, search engine closed.');
      process.exit(0);
    });
    server.closeIdleConnections();
    // Clients that hold a response open (a stalled download) must not hold the process forever.
    setTimeout(() => {
      console.log(`${signal}: requests still open after ${SHUTDOWN_GRACE_MS / 1000} s; closing their connections.`);
      server.closeAllConnections();
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
