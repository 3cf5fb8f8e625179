/**
 * Ask a list of queries over HTTP one after another, one connection, each once: the first-seen
 * pass. Each time covers the request, the engine's work and reading the JSON answer.
 */
import { apiPath, type BenchQuery } from './queries.ts';

export interface Answered {
  ms: number;
  /** The answer's `total`: what the query matched. */
  total: number;
  /**
   * The engine's own time for it (the answer's `tookMs`): a query whose `ms` is far above it was
   * held outside the search (a collection in the serving thread or between searches in the worker).
   * Absent for the in-process baseline, where there is nothing outside the search.
   */
  tookMs?: number;
}

/** `dedupe`: collapse copies (issue 24) on or off explicitly; the server's default otherwise. */
export async function askEach(url: string, queries: readonly BenchQuery[], dedupe?: boolean): Promise<Answered[]> {
  const out: Answered[] = [];
  for (const query of queries) out.push(await askOnce(url, query, dedupe));
  return out;
}

async function askOnce(url: string, query: BenchQuery, dedupe?: boolean): Promise<Answered> {
  const mode = dedupe === undefined ? '' : `&dedupe=${dedupe ? 1 : 0}`;
  const started = performance.now();
  const response = await fetch(url + apiPath(query) + mode);
  if (!response.ok) throw new Error(`${apiPath(query)}${mode}: HTTP ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { total: number; tookMs: number };
  return { ms: performance.now() - started, total: body.total, tookMs: body.tookMs };
}

/**
 * The list asked plain (`dedupe=0`) on one server and collapsed (`dedupe=1`) on another, query by
 * query, each side first every other query: both servers meet every query for the first time, and
 * whatever holds the machine or a server for a while (another process, a collection) falls on the
 * two sides alike instead of on whichever pass was running then.
 */
export async function askPaired(
  plainUrl: string,
  collapsedUrl: string,
  queries: readonly BenchQuery[],
): Promise<{ plain: Answered[]; collapsed: Answered[] }> {
  const plain: Answered[] = [];
  const collapsed: Answered[] = [];
  for (const [i, query] of queries.entries()) {
    if (i % 2 === 0) {
      plain.push(await askOnce(plainUrl, query, false));
      collapsed.push(await askOnce(collapsedUrl, query, true));
    } else {
      collapsed.push(await askOnce(collapsedUrl, query, true));
      plain.push(await askOnce(plainUrl, query, false));
    }
  }
  return { plain, collapsed };
}

/**
 * Wait until the server's search workers answer: the server listens before they have loaded the
 * index's snapshot (seconds at 1M paragraphs, more on a loaded machine), and the first query
 * would otherwise carry that load, or time out. The probe is a word no corpus has, so it leaves
 * nothing behind that a query of the workload could reuse.
 */
export async function untilSearching(url: string, seconds = 300): Promise<void> {
  const deadline = performance.now() + seconds * 1000;
  for (;;) {
    const response = await fetch(`${url}/api/search?q=qqxzjvkw`);
    await response.arrayBuffer();
    if (response.ok) return;
    if (performance.now() > deadline) throw new Error(`the server did not answer a search within ${seconds} s (HTTP ${response.status})`);
    // A refused probe must not queue more behind the one the worker is still loading for.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}
