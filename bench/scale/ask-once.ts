/**
 * Ask a list of queries over HTTP one after another, one connection, each once: the first-seen
 * pass. Each time covers the request, the engine's work and reading the JSON answer.
 */
import { apiPath, type BenchQuery } from './queries.ts';

export interface Answered {
  ms: number;
  /** The answer's `total`: what the query matched. */
  total: number;
}

export async function askEach(url: string, queries: readonly BenchQuery[]): Promise<Answered[]> {
  const out: Answered[] = [];
  for (const query of queries) {
    const started = performance.now();
    const response = await fetch(url + apiPath(query));
    if (!response.ok) throw new Error(`${apiPath(query)}: HTTP ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { total: number };
    out.push({ ms: performance.now() - started, total: body.total });
  }
  return out;
}
