/**
 * `npx tsx bench/cache-spike.ts --dir <stress folder>`: what a spike of distinct searches does to a
 * search worker's caches (engine/sqlite/segmented-cache.ts), in this process, CPU time only, so a
 * loaded machine changes the figures little. One `Generation` plays one worker that meets every
 * query (the server's two split them by query text).
 *
 * 1. The bench's query kinds (bench/scale/queries.ts): a pass of each query, then the interleaved
 *    mix three times (warm).
 * 2. `--spike` searches drawn as `bench/stress.ts --overload` draws them, in thousands.
 * 3. The warm mix again: what the spike left of the warm entries.
 * After each step: CPU ms, and per cache its hit rate and what each segment holds (MB, or entries
 * for summaries and shown hits).
 */
import path from 'node:path';
import { parseSearchParams, toSearchRequest } from '../server/search-params.ts';
import { readCurrent, sqliteDir } from '../engine/sqlite/generation-files.ts';
import { Generation } from '../engine/sqlite/open-generation.ts';
import { search } from '../engine/sqlite/search.ts';
import type { CacheReport } from '../engine/sqlite/segmented-cache.ts';
import { commandLine, wholeNumber } from './scale/args.ts';
import { apiPath, QUERY_KINDS } from './scale/queries.ts';
import { distinctSearches, readBbc } from './scale/spike-searches.ts';

const USAGE = `Usage: npx tsx bench/cache-spike.ts --dir <folder> [options]

  --dir <folder>   a stress folder (its data/ holds the index), e.g. one bench/stress.ts --dir made
  --spike <n>      distinct searches in the spike (default 4000)
  --dedupe         collapse copies when a URL does not say (as the server does on a corpus with copies)
  -h, --help       show this help`;

const args = commandLine(USAGE, {
  dir: { type: 'string' },
  spike: { type: 'string', default: '4000' },
  dedupe: { type: 'boolean', default: false },
});
if (args.dir === undefined) throw new Error(USAGE);
const spikeCount = wholeNumber('spike', args.spike, 0, 200_000, USAGE);
const dir = sqliteDir(path.join(args.dir, 'data'));
const generation = new Generation(dir, readCurrent(dir)!);
generation.readyForSearches();

function requestOf(url: string) {
  const query: Record<string, string | string[]> = {};
  for (const [k, v] of new URL(url, 'http://x').searchParams) query[k] = k in query ? [query[k]!].flat().concat(v) : v;
  const parsed = parseSearchParams(query, { dedupe: args.dedupe === true });
  if (!parsed.ok) throw new Error(`${url}: ${parsed.errors.join('; ')}`);
  return toSearchRequest(parsed.params);
}

function cpuMs(urls: string[]): number {
  const started = process.cpuUsage();
  for (const url of urls) search(generation, requestOf(url));
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

const BY_ENTRIES = new Set(['summaries', 'shownHits']);
function report(step: string, ms: number, searches: number): void {
  const caches: Record<string, CacheReport> = { ...generation.postings.report(), ...generation.answers.report() };
  const held = (name: string, n: number) => (BY_ENTRIES.has(name) ? String(n) : (n / 2 ** 20).toFixed(1));
  const cells = Object.entries(caches).map(([name, c]) => {
    const asked = c.hits + c.misses;
    const rate = asked === 0 ? '–' : `${Math.round((100 * c.hits) / asked)} %`;
    return `${name} ${rate} ${held(name, c.probation)}+${held(name, c.kept)}`;
  });
  console.log(`${step.padEnd(18)} ${ms.toFixed(0).padStart(6)} ms CPU, ${searches} searches | ${cells.join(' | ')}`);
}

const longest = Math.max(...QUERY_KINDS.map((k) => k.queries.length));
const mix: string[] = [];
for (let i = 0; i < longest; i++) for (const k of QUERY_KINDS) mix.push(apiPath(k.queries[i % k.queries.length]!));
const once = [...new Set(mix)];
console.log('caches: hit rate, then probation+kept (MB; entries for summaries and shown hits)');
report('cold pass', cpuMs(once), once.length);
for (let pass = 1; pass <= 3; pass++) report(`warm mix ${pass}`, cpuMs(mix), mix.length);
const spike = distinctSearches(readBbc(), spikeCount).map((s) => s.path);
for (let from = 0; from < spike.length; from += 1_000) {
  const part = spike.slice(from, from + 1_000);
  report(`spike ${from + part.length}`, cpuMs(part), part.length);
}
report('warm mix after', cpuMs(mix), mix.length);
generation.close();
