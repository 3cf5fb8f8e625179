/**
 * `npm start`: make sure the index is current (server/prepare-index.ts, in a child process), then
 * serve. The start-up entry is the one place allowed to run the indexer from the server side.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { Server as NetServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { engineConfigFromEnv, openEngine } from '../engine/contract/open-engine.ts';
import { siblingModule } from '../lib/module-worker.ts';
import type { SearchEngine } from '../engine/contract/types.ts';
import { acceptOnCopies, closeWithCopies } from './accept-copies.ts';
import { createApp, createViews } from './app.ts';
import { serverFor } from './http-server.ts';
import { serverConfigFromEnv } from './config.ts';
import { newcomersFirst } from './newcomers-first.ts';
import { warmDistinctSearches, warmRefusals, warmSearches } from './warm-up.ts';

/** Server-side limits on slow or stuck clients (docs/operations.md). */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;
const KEEP_ALIVE_TIMEOUT_MS = 5_000;
/** How long SIGTERM waits for in-flight requests before cutting the connections that remain. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Index first, in a child process (server/prepare-index.ts), so this process stays lean: everything
 * the indexer allocated is gone when it exits. Its output goes straight to ours.
 */
async function prepareIndex(): Promise<void> {
  const script = fileURLToPath(siblingModule(import.meta.url, 'prepare-index'));
  // The flags this process was started with (under tsx, its loader), but not the serving heap's
  // small young generation nor its heap limit (which lowers V8's growing factor): indexing makes
  // garbage fast and would spend its time collecting it. Nor the serving thread's collector without
  // helper threads (indexing alone on the machine gains from collecting in parallel), nor its heap
  // sized for memory (a young generation of 1 MB and full collections every 2 MB of growth).
  const servingOnly = ['--max-semi-space-size', '--max-old-space-size', '--single-threaded-gc', '--optimize-for-size'];
  const flags = process.execArgv.filter((flag) => !servingOnly.some((name) => flag.startsWith(name)));
  // Nor the serving allocator's pinned mmap threshold (docs/architecture.md): indexing frees big
  // blocks constantly, and mapping each afresh made a 1M-paragraph --full rebuild ~15% slower
  // (29.7-30.7 s against 25.6-26.6 s) for ~15 MB less peak memory.
  const { MALLOC_MMAP_THRESHOLD_: _servingOnly, MALLOC_ARENA_MAX: _servingArenas, ...env } = process.env;
  const child = spawn(process.execPath, [...flags, script], { stdio: 'inherit', env });
  const [code] = (await once(child, 'exit')) as [number | null];
  // Serve anyway: the pages say the index is unavailable, and /healthz reports it.
  if (code !== 0) console.error('Serving the index as it is (start-up indexing did not finish).');
}

/**
 * Says what a warm-up did. A warm-up is no reason not to serve: if it fails, that is logged, and the
 * same searches' failure is reported to whoever asks them.
 */
async function warm<T>(running: Promise<T>, done: (result: T) => string): Promise<void> {
  try {
    console.log(`Warmed up: ${done(await running)}.`);
  } catch (error) {
    console.error(`Search warm-up failed: ${error instanceof Error ? error.message : error}`);
  }
}

async function main(): Promise<void> {
  const config = serverConfigFromEnv(process.env);
  await prepareIndex();
  const engine: SearchEngine = await openEngine({ ...engineConfigFromEnv(process.env, 'server'), dataDir: config.dataDir });
  const views = createViews({ watchViews: process.env.NODE_ENV === 'development', compileViews: process.env.NODE_ENV !== 'development' });
  // A connection the door refuses waits (≤ NEWCOMERS_HOLD_MS) while a burst of new ones is let in (newcomers-first.ts).
  const newcomers = newcomersFirst(config.newcomersHoldMs);
  const app = createApp({ engine, views, limits: config.limits, publicBaseUrl: config.publicBaseUrl, onRefused: newcomers.refused });
  // Before listening, so that being reachable means being ready (docs/operations.md, "Readiness: listening means ready"):
  // the engine loads what its searches need (SearchEngine.ready: at 1M paragraphs the search worker's
  // snapshot and prefill, seconds during which every search would wait and be refused) while this
  // thread warms the refusal path, so that a spike meeting a fresh server is refused by optimised
  // code (warm-up.ts).
  const opened = performance.now();
  const engineReady = engine.ready().then(() => performance.now() - opened);
  const warmed = await warmRefusals(engine);
  console.log(`Warmed up: ${warmed.refusals.toLocaleString('en-US')} searches refused in ${Math.round(warmed.ms)} ms.`);
  console.log(`Search engine ready in ${Math.round(await engineReady).toLocaleString('en-US')} ms.`);
  // Then the admitted path, which needs the engine ready: its first answers are the dear ones (warm-up.ts).
  await warm(warmSearches(engine, views), (w) => `${w.answered.toLocaleString('en-US')} searches answered in ${Math.round(w.ms)} ms`);
  // Then the memory the search path takes on first use, which a spike's distinct searches would otherwise grow.
  await warm(warmDistinctSearches(engine), (w) => `${w.answered.toLocaleString('en-US')} distinct searches in ${Math.round(w.ms)} ms`);
  // Copies of the listening socket, so that a burst of new connections is accepted several a loop turn
  // (accept-copies.ts; docs/operations.md, "Under load"). Made before "serving" is printed: meanwhile the
  // one socket accepts as before.
  let copies: NetServer[] = [];
  const server: Server = serverFor(app).listen(config.port, config.host, async () => {
    copies = await acceptOnCopies(server, config.acceptCopies, (error) => console.error(`Accepting on one socket only: ${error.message}`));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const sockets = copies.length > 0 ? ` (accepting on ${copies.length + 1} descriptors of its socket)` : '';
    console.log(`Nutgraf (${engine.name} engine, pid ${process.pid}) is serving at http://localhost:${port}/${sockets}`);
  });
  newcomers.watch(server);
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
    closeWithCopies(server, copies, async () => {
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
