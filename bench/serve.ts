/**
 * `npx tsx bench/serve.ts --data DIR --corpus DIR [--root TREE]`: the serving half of bench.ts
 * against an index that already exists (e.g. one kept with `npm run bench -- --keep`), so query
 * work can be measured again and again without reindexing; `--root` serves from another checkout
 * of the project, for before/after comparisons in the same minute.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { badUsage, commandLine, seconds, wholeNumber } from './scale/args.ts';
import { startServer } from './scale/children.ts';
import { load } from './scale/load.ts';
import { memoryOf, percentiles } from './scale/proc.ts';
import { apiPath, QUERY_KINDS } from './scale/queries.ts';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const USAGE = `Usage: npx tsx bench/serve.ts --data <dir> --corpus <dir> [options]

  --data <dir>          DATA_DIR of an existing index (e.g. one kept by npm run bench -- --keep)
  --corpus <dir>        its CORPUS_DIR
  --root <tree>         serve from this checkout of the project (default this one)
  --seconds <s>         seconds per query kind, one connection (default 3)
  --mixed-seconds <s>   seconds of the whole mix (default 10)
  --connections <c>     connections for the mix (default 32)
  --no-kinds            only the mix
  -h, --help            show this help`;
const args = commandLine(
  USAGE,
  {
    data: { type: 'string' },
    corpus: { type: 'string' },
    root: { type: 'string', default: ROOT },
    seconds: { type: 'string', default: '3' },
    'mixed-seconds': { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    kinds: { type: 'boolean', default: true },
  },
  true,
);
if (!args.data || !args.corpus) badUsage('--data and --corpus are required', USAGE);
const perKindSeconds = seconds('seconds', args.seconds, 600, USAGE);
const mixedSeconds = seconds('mixed-seconds', args['mixed-seconds'], 3600, USAGE);
const connections = wholeNumber('connections', args.connections, 1, 1000, USAGE);

const server = await startServer(path.resolve(args.root), { DATA_DIR: path.resolve(args.data), CORPUS_DIR: path.resolve(args.corpus) });
const f = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
try {
  const rows: string[] = [];
  for (const { kind, queries } of QUERY_KINDS) {
    const times: number[] = [];
    for (const q of queries) {
      const t = performance.now();
      const response = await fetch(server.url + apiPath(q));
      if (!response.ok) throw new Error(`${apiPath(q)}: HTTP ${response.status}`);
      await response.json();
      times.push(performance.now() - t);
    }
    const cold = percentiles(times);
    let warm = '';
    if (args.kinds) {
      const http = await load(server.url, queries.map(apiPath), 1, perKindSeconds);
      warm = `p50 ${f(http.p50)} p95 ${f(http.p95)} p99 ${f(http.p99)} ${f(http.requestsPerSecond)}/s`;
    }
    rows.push(`${kind.padEnd(12)} cold p50 ${f(cold.p50)} max ${f(cold.max)} | ${warm}`);
  }
  console.log(rows.join('\n'));
  const longest = Math.max(...QUERY_KINDS.map((k) => k.queries.length));
  const mix: string[] = [];
  for (let i = 0; i < longest; i++) for (const k of QUERY_KINDS) mix.push(apiPath(k.queries[i % k.queries.length]!));
  const mixed = await load(server.url, mix, connections, mixedSeconds);
  const memory = memoryOf(server.pid);
  console.log(
    `mix ${connections} conn: ${f(mixed.requestsPerSecond)} req/s p50 ${f(mixed.p50)} p95 ${f(mixed.p95)} p99 ${f(mixed.p99)} errors ${mixed.errors + mixed.non2xx + mixed.timeouts}; RSS ${((memory?.rss ?? 0) / 2 ** 20).toFixed(0)} MB, peak ${((memory?.hwm ?? 0) / 2 ** 20).toFixed(0)} MB`,
  );
} finally {
  await server.stop();
}
