/**
 * A search worker thread: its own read-only view of the index (connection, prepared statements,
 * snapshot, caches), so searches run off the serving thread and on every core. It also reads whole
 * articles for their pages: marking an article's matches plans the query with the vocabulary, which
 * the serving thread would otherwise load for itself (seconds and tens of MB at a million
 * paragraphs, holding every request meanwhile), while here the snapshot already holds it. The main thread
 * (`worker-pool.ts`) names the generation to read with each request, having checked `CURRENT`
 * and the index's health itself; writes by any connection show up here through `data_version`.
 */
import v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { SearchRequest } from '../contract/types.ts';
import { getArticle } from './articles.ts';
import { Generation } from './open-generation.ts';
import { BackgroundSteps, QUIET_MS, SpikeClock } from './background-steps.ts';
import { prefillSteps } from './prefill.ts';
import { search } from './search.ts';
import { yieldToServingThread } from './thread-priority.ts';

/**
 * What a worker is asked to do: run a search (`spike`: admitted while the server refuses searches,
 * see `SearchOptions.spike`), or read one article with its matches for `q`.
 */
export type WorkerTask = { request: SearchRequest; spike: boolean } | { article: { id: string; q: string | undefined } };

export type WorkerRequest = { id: number; generation: string } & WorkerTask;

/** A worker's V8 heap as it reports it (`{ heap: true }`): what its searches keep is visible from nowhere else. */
export interface WorkerHeap {
  statistics: v8.HeapInfo;
  spaces: v8.HeapSpaceInfo[];
  /** What its caches hold (Generation.cachesHeld), or null before it has opened a generation. */
  caches: Record<string, { main: number; probation: number }> | null;
}

export type WorkerReply =
  | { warmed: string }
  | { prefilled: string }
  | { heap: WorkerHeap }
  | { id: number; result: unknown }
  | { id: number; error: { name: string; message: string; code?: unknown } };

const { dir, cacheKib, stopFlag, refusals } = workerData as { dir: string; cacheKib: number; stopFlag: Int32Array; refusals: Int32Array };
// Searches must never slow down the thread that answers and refuses requests (thread-priority.ts).
yieldToServingThread();
/** The pool sets the flag when the running search's caller has given up (worker-pool.ts). */
const stopped = (): boolean => Atomics.load(stopFlag, 0) !== 0;
let generation: Generation | null = null;

function open(name: string): Generation {
  if (generation?.name === name) return generation;
  generation?.close();
  generation = null;
  generation = new Generation(dir, name);
  generation.db.pragma(`cache_size = -${cacheKib}`);
  return generation;
}

/** When this worker last ran a search admitted during a spike, or saw the server refuse one: optional work waits for quiet. */
const spikes = new SpikeClock(QUIET_MS, undefined, refusals);
/** The prefill of the generation last warmed. */
let prefill: BackgroundSteps | null = null;

/**
 * Fetch the most frequent words' match sets (prefill.ts) one word a turn of the event loop, so a
 * search sent meanwhile runs after one word's fetch, not after all of them, and none while the
 * server is refusing searches (background-steps.ts); stops when this generation is no longer the
 * one searched.
 */
function prefillInTurns(g: Generation): BackgroundSteps {
  const steps = prefillSteps(g);
  const background = new BackgroundSteps(
    () => {
      if (generation !== g) return false;
      try {
        return steps.next().done !== true;
      } catch {
        // Not reported from here: the prefill only spares first searches some doclist walks, so a
        // failure just stops it (the words left are fetched by the searches needing them), and what
        // failed is met and reported by the next search reading those pages (worker-pool.ts rejects
        // it; index.ts's inPool marks a damaged index). The vocabulary, loaded before the first step,
        // has already read every word's entries: little but I/O or memory can fail here.
        return false;
      }
    },
    spikes,
    // The pool's readiness (SearchEngine.ready) waits for this.
    () => parentPort!.postMessage({ prefilled: g.name } satisfies WorkerReply),
  );
  background.start();
  return background;
}

parentPort!.on('message', (message: WorkerRequest | { close: true } | { warm: string } | { heap: true }) => {
  if ('heap' in message) {
    const caches = generation?.cachesHeld() ?? null;
    parentPort!.postMessage({
      heap: { statistics: v8.getHeapStatistics(), spaces: v8.getHeapSpaceStatistics(), caches },
    } satisfies WorkerReply);
    return;
  }
  if ('warm' in message) {
    // Load the snapshot, and make the arrays searches use, before the first query needs them; a
    // failure here is reported by that query.
    prefill?.stop();
    prefill = null;
    try {
      prefill = prefillInTurns(open(message.warm));
    } catch {}
    // Searches are sent only once this is heard (worker-pool.ts): loading a big index's snapshot can
    // take longer than a search's time limit, and a search waiting behind it here could not be
    // dropped, only the thread terminated, whose replacement would then start loading again.
    parentPort!.postMessage({ warmed: message.warm } satisfies WorkerReply);
    // No prefill to wait for: the pool's readiness must not wait for ever.
    if (prefill === null) parentPort!.postMessage({ prefilled: message.warm } satisfies WorkerReply);
    return;
  }
  if ('close' in message) {
    prefill?.stop();
    generation?.close();
    generation = null;
    parentPort!.close();
    return;
  }
  let reply: WorkerReply;
  try {
    const g = open(message.generation);
    const spike = 'request' in message && message.spike;
    if (spike) spikes.spike();
    g.beginSearch(spike);
    // The article's marks use the snapshot's vocabulary (loaded once for searches anyway), never a second copy.
    const result =
      'article' in message ? (g.current(), getArticle(g, message.article.id, message.article.q)) : search(g, message.request, stopped);
    reply = { id: message.id, result };
  } catch (error) {
    const e = error as Error & { code?: unknown };
    reply = { id: message.id, error: { name: e.name ?? 'Error', message: e.message ?? String(error), code: e.code } };
  }
  parentPort!.postMessage(reply);
});
