/**
 * `npx tsx bench/serve.ts --data DIR --corpus DIR [--root TREE]`: the serving half of bench.ts
 * against an index that already exists (e.g. one kept with `npm run bench -- --keep`), so query
 * work can be measured again and again without reindexing; `--root` serves from another checkout
 * of the project, for before/after comparisons in the same minute.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { badUsage, commandLine, seconds, wholeNumber } from './scale/args.ts';
import { askEach, untilSearching } from './scale/ask-once.ts';
import { startServer } from './scale/children.ts';
import { readSource } from './scale/corpus.ts';
import { drawFirstSeen, FIRST_SEEN_KINDS } from './scale/first-seen.ts';
import { load } from './scale/load.ts';
import { memoryOf, percentiles } from './scale/proc.ts';
import { apiPath, QUERY_KINDS } from './scale/queries.ts';
import { sourceWords } from './scale/word-bands.ts';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const USAGE = `Usage: npx tsx bench/serve.ts --data <dir> --corpus <dir> [options]

  --data <dir>          DATA_DIR of an existing index (e.g. one kept by npm run bench -- --keep)
  --corpus <dir>        its CORPUS_DIR
  --root <tree>         serve from this checkout of the project (default this one)
  --seconds <s>         seconds per query kind, one connection (default 3)
  --mixed-seconds <s>   seconds of the whole mix (default 10)
  --connections <c>     connections for the mix (default 32)
  --no-kinds            only the mix
  --first-seen <n>      first ask n distinct first-seen queries once each (default 0: none)
  --seed <n>            which draw of them (default 1), as in npm run bench
  --source <dir>        the BBC news folder they are drawn from (default ../shared/corpora/bbc-news/news)
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
    'first-seen': { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
    source: { type: 'string', default: path.resolve(ROOT, '..', 'shared', 'corpora', 'bbc-news', 'news') },
  },
  true,
);
if (!args.data || !args.corpus) badUsage('--data and --corpus are required', USAGE);
const perKindSeconds = seconds('seconds', args.seconds, 600, USAGE);
const mixedSeconds = seconds('mixed-seconds', args['mixed-seconds'], 3600, USAGE);
const connections = wholeNumber('connections', args.connections, 1, 1000, USAGE);
const firstSeenCount = wholeNumber('first-seen', args['first-seen'], 0, 100_000, USAGE);
const seed = wholeNumber('seed', args.seed, 0, 2 ** 32 - 1, USAGE);
const firstSeen = firstSeenCount === 0 ? [] : drawFirstSeen(sourceWords(readSource(args.source)), { seed, total: firstSeenCount });

const server = await startServer(path.resolve(args.root), { DATA_DIR: path.resolve(args.data), CORPUS_DIR: path.resolve(args.corpus) });
const f = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
try {
  await untilSearching(server.url);
  if (firstSeen.length > 0) {
    // First, while every query is new to the server, as in npm run bench.
    const answered = await askEach(server.url, firstSeen);
    const line = (kind: string, times: number[]) => {
      const p = percentiles(times);
      return `${kind.padEnd(12)} n ${String(p.n).padStart(4)} p50 ${f(p.p50)} p95 ${f(p.p95)} p99 ${f(p.p99)} max ${f(p.max)}`;
    };
    const rows = FIRST_SEEN_KINDS.map(({ kind }) =>
      line(
        kind,
        answered.filter((_, i) => firstSeen[i]!.kind === kind).map((a) => a.ms),
      ),
    );
    console.log(
      [
        `first seen (--seed ${seed}), ms:`,
        ...rows,
        line(
          'ALL',
          answered.map((a) => a.ms),
        ),
      ].join('\n'),
    );
  }
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
