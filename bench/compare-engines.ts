/**
 * `npx tsx bench/compare-engines.ts --data DIR [--old-root TREE]`: the first-seen workload
 * (bench/scale/first-seen.ts, `--seed`) asked in-process of two embedded engines over the same
 * index, this checkout's and another's (default the main checkout), listing every query whose
 * answer differs: total, loose total, article total, facets and every hit (ids, order, highlight,
 * match facts), page 1 and one deeper page each. Each engine meets every query once, so the new
 * engine's shortcuts (prepared answers) are compared with the old engine's full path; the times
 * are printed per kind beside each other, in-process (no HTTP).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { badUsage, commandLine, wholeNumber } from './scale/args.ts';
import { readSource } from './scale/corpus.ts';
import { drawFirstSeen, FIRST_SEEN_KINDS, type FirstSeenQuery } from './scale/first-seen.ts';
import { percentiles } from './scale/proc.ts';
import { sourceWords } from './scale/word-bands.ts';
import type { SearchRequest, SearchResult } from '../engine/contract/types.ts';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const USAGE = `Usage: npx tsx bench/compare-engines.ts --data <dir> [options]

  --data <dir>          DATA_DIR of an existing index (its sqlite/CURRENT is read)
  --old-root <tree>     the checkout whose engine is the reference (default ../main)
  --old-data <dir>      the reference engine's DATA_DIR, when it cannot read this one's prepared
                        answers (a copy of --data with that engine's own; default --data)
  --first-seen <n>      distinct queries (default 1200)
  --seed <n>            which draw (default 1), as in npm run bench
  --deep-page <n>       the second page asked of each query (default 3; 0: page 1 only)
  --dedupe              ask with copies collapsed (dedupe, issue 24)
  --source <dir>        the BBC news folder the queries are drawn from
  -h, --help            show this help`;
const args = commandLine(USAGE, {
  data: { type: 'string' },
  'old-root': { type: 'string', default: path.resolve(ROOT, '..', 'main') },
  'old-data': { type: 'string' },
  'first-seen': { type: 'string', default: '1200' },
  seed: { type: 'string', default: '1' },
  'deep-page': { type: 'string', default: '3' },
  dedupe: { type: 'boolean', default: false },
  source: { type: 'string', default: path.resolve(ROOT, '..', 'shared', 'corpora', 'bbc-news', 'news') },
});
if (!args.data) badUsage('--data is required', USAGE);
const count = wholeNumber('first-seen', args['first-seen'], 1, 100_000, USAGE);
const seed = wholeNumber('seed', args.seed, 0, 2 ** 32 - 1, USAGE);
const deepPage = wholeNumber('deep-page', args['deep-page'], 0, 1000, USAGE);

type SearchFn = (generation: unknown, request: SearchRequest) => SearchResult;
interface EngineUnderTest {
  name: string;
  generation: { close(): void };
  search: SearchFn;
}

async function engineOf(root: string, name: string, data: string): Promise<EngineUnderTest> {
  const dir = path.join(path.resolve(data), 'sqlite');
  const generations = await import(path.join(root, 'engine/sqlite/generation-files.ts'));
  const { Generation } = await import(path.join(root, 'engine/sqlite/open-generation.ts'));
  const { search } = await import(path.join(root, 'engine/sqlite/search.ts'));
  const current = generations.readCurrent(dir) as string | null;
  if (current === null) throw new Error(`no index in ${dir}`);
  return { name, generation: new Generation(dir, current), search };
}

const requestOf = (query: FirstSeenQuery, page: number): SearchRequest => ({
  q: query.q,
  page,
  filters: query.year === undefined ? undefined : { year: [query.year] },
  dedupe: args.dedupe,
});

/** Everything a client sees, but the time taken. */
const comparable = (result: SearchResult): string => JSON.stringify({ ...result, tookMs: 0 });

const queries = drawFirstSeen(sourceWords(readSource(args.source)), { seed, total: count });
const pages = deepPage > 1 ? [1, deepPage] : [1];
const engines = [
  await engineOf(path.resolve(args['old-root']), 'old', args['old-data'] ?? args.data!),
  await engineOf(ROOT, 'new', args.data!),
];
const answers: string[][] = engines.map(() => []);
const times: number[][] = engines.map(() => []);
// Each engine meets every query once, old first, then new: neither warms the other's caches.
engines.forEach((engine, e) => {
  for (const query of queries) {
    const started = performance.now();
    for (const page of pages) answers[e]!.push(comparable(engine.search(engine.generation, requestOf(query, page))));
    times[e]!.push(performance.now() - started);
  }
  engine.generation.close();
});

let differing = 0;
queries.forEach((query, i) => {
  pages.forEach((page, p) => {
    const [a, b] = [answers[0]![i * pages.length + p]!, answers[1]![i * pages.length + p]!];
    if (a === b) return;
    differing++;
    const [ra, rb] = [JSON.parse(a) as SearchResult, JSON.parse(b) as SearchResult];
    console.log(
      `DIFF ${query.kind} ${JSON.stringify(query.q)} page ${page}: total ${ra.total}/${rb.total}, hits ${ra.hits.map((h) => h.id).join(',')} / ${rb.hits.map((h) => h.id).join(',')}`,
    );
  });
});
const f = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const line = (kind: string, keep: (q: FirstSeenQuery) => boolean) => {
  const cells = times.map((list) => percentiles(list.filter((_, i) => keep(queries[i]!))));
  return `${kind.padEnd(12)} n ${String(cells[0]!.n).padStart(4)} | old p50 ${f(cells[0]!.p50)} p95 ${f(cells[0]!.p95)} p99 ${f(cells[0]!.p99)} max ${f(cells[0]!.max)} | new p50 ${f(cells[1]!.p50)} p95 ${f(cells[1]!.p95)} p99 ${f(cells[1]!.p99)} max ${f(cells[1]!.max)}`;
};
console.log(`ms per query (pages ${pages.join(' and ')}), in-process:`);
for (const { kind } of FIRST_SEEN_KINDS) console.log(line(kind, (q) => q.kind === kind));
console.log(line('ALL', () => true));
const slowest = queries
  .map((q, i) => ({ q, old: times[0]![i]!, now: times[1]![i]! }))
  .sort((a, b) => b.now - a.now)
  .slice(0, 8);
console.log(
  `slowest on the new engine: ${slowest.map((s) => `${s.q.kind} ${JSON.stringify(s.q.q)} ${f(s.now)} (old ${f(s.old)})`).join('; ')}`,
);
console.log(`${queries.length} queries, ${queries.length * pages.length} answers compared: ${differing} differ`);
process.exitCode = differing === 0 ? 0 : 1;
